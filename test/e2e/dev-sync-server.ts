/**
 * A worker fixture: the real sync server (`server/main.ts` on PGlite in a temporary folder) with a
 * development token, for specs where a desk syncs by server address and token. Each spec passes
 * its own port (and env override), so specs running side by side never share a server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base } from './fixtures';

/** @param env more of the server's settings (e.g. the outbox's SMTP and SMS gateway) */
export function withDevSyncServer(port: number, devToken: string, env: Record<string, string> = {}) {
  const url = `http://127.0.0.1:${port}`;
  return base.extend<object, { syncServer: string }>({
    syncServer: [
      // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern
      async ({}, use) => {
        const dataDir = mkdtempSync(join(tmpdir(), 'wasl-e2e-sync-'));
        // Node itself with tsx's loader: one process, so the kill below really stops the server.
        const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
          cwd: resolve(import.meta.dirname, '../..'),
          env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DEV_TOKEN: devToken, DATABASE_URL: '', ...env },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let output = '';
        child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
        // PGlite takes a few seconds to start on a busy machine.
        const deadline = Date.now() + 60_000;
        while (!(await fetch(`${url}/health`).then((r) => r.ok, () => false))) {
          if (Date.now() > deadline || child.exitCode !== null) throw new Error(`sync server did not start:\n${output}`);
          await new Promise((done) => setTimeout(done, 250));
        }
        await use(url);
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        await exited;
        rmSync(dataDir, { recursive: true, force: true });
      },
      { scope: 'worker' },
    ],
  });
}
