/**
 * The real sync server (`server/main.ts`) in its own Node process, as it runs in production:
 * PostgreSQL through DATABASE_URL, a schema of its own per bench phase, the development token.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '..', '..');
export const DEV_TOKEN = 'bench-sync-dev-token-0123';

/** @returns {Promise<{ url: string, pid: number, stop(): Promise<void> }>} */
export async function startServer({ databaseUrl, schema, port }) {
  // SYNC_BENCH_SERVER_PROF=<folder>: a V8 CPU profile of each server process, to see where its time goes.
  const prof = process.env.SYNC_BENCH_SERVER_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.SYNC_BENCH_SERVER_PROF] : [];
  const child = spawn(process.execPath, [...prof, '--import', 'tsx', 'server/main.ts'], {
    cwd: repo,
    env: { ...process.env, NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: databaseUrl, DATABASE_SCHEMA: schema, DEV_TOKEN },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk.toString()));
  child.stderr.on('data', (chunk) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (await fetch(`${url}/health`).then((r) => r.ok, () => false)) break;
    if (Date.now() > deadline || child.exitCode !== null) {
      child.kill('SIGKILL');
      throw new Error(`bench sync: server did not start:\n${output}`);
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  return {
    url,
    pid: child.pid,
    output: () => output,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
