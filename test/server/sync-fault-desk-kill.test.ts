import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYNC_CONNECT_SOURCES } from '@shared/sync/server-url';
// @ts-expect-error plain .mjs helper without types
import { buildPage as buildPageUntyped, serve as serveUntyped } from '../../bench/lib/browser-page.mjs';
import { dropSchema, serverDump, TOKEN, until } from './sync-fault-support/cluster';
import { startServerProcess, type ServerProcess } from './sync-fault-support/server-process';
import { PGLITE_SKIP_REASON } from './sync-fault-support/skip-reason';

/**
 * Case 3 of the sync fault matrix (sync-fault-matrix.test.ts): a desk killed mid-write. The
 * desk is the app's database in Chromium on a persistent profile (durable IndexedDB, as on a
 * desk's disk), saving files through the registry one after another; the browser process is
 * SIGKILLed while it writes, started again on the same profile, and every file the page showed
 * as saved is still there and reaches the server, desk and server equal.
 */
const DATABASE_URL = process.env.DATABASE_URL || null;
const SCHEMA = `t_kill_${randomBytes(5).toString('hex')}`;
const PAGE_ROOT = resolve(import.meta.dirname, 'sync-fault-desk-kill');
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking'];

type Doc = Record<string, unknown>;
type DeskKill = { open(cfg: { serverUrl: string; token: string }): Promise<void>; writeForever(): Promise<never>; files(): Promise<Doc[]>; syncOnline(): Promise<void> };
declare const deskKill: DeskKill;
const buildPage = buildPageUntyped as (root: string) => Promise<string>;
const serve = serveUntyped as (dir: string, connectSources: readonly string[]) => Promise<Server>;

let server: ServerProcess;
let site: Server;
let outDir: string;
let profile: string;

/** The browser's own process (not its renderers): the one started with this profile and no --type. */
function browserPid(profileDir: string): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    if (args.includes(`--user-data-dir=${profileDir}`) && !args.some((arg) => arg.startsWith('--type='))) return Number(entry);
  }
  throw new Error(`no browser process on ${profileDir}`);
}

async function openDesk(acked?: string[]): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(profile, { executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ARGS });
  const page = context.pages()[0] ?? (await context.newPage());
  // Called by the page once a save resolved; a binding, so it reaches Node before the next save.
  if (acked) await page.exposeFunction('acked', (id: string) => void acked.push(id));
  await page.goto(`http://127.0.0.1:${(site.address() as { port: number }).port}/`);
  await page.waitForFunction(() => 'deskKill' in globalThis);
  await page.evaluate((cfg) => deskKill.open(cfg), { serverUrl: server.url, token: TOKEN });
  return { context, page };
}

const byId = (docs: Doc[]) => [...docs].sort((a, b) => String(a.id).localeCompare(String(b.id)));

describe.skipIf(!DATABASE_URL)(`sync fault matrix, desk killed mid-write${DATABASE_URL ? '' : ` — SKIPPED: ${PGLITE_SKIP_REASON}`}`, () => {
  beforeAll(async () => {
    outDir = await buildPage(PAGE_ROOT);
    site = await serve(outDir, SYNC_CONNECT_SOURCES);
    server = await startServerProcess({ databaseUrl: DATABASE_URL as string, schema: SCHEMA, token: TOKEN });
    profile = mkdtempSync(join(tmpdir(), 'wasl-kill-profile-'));
  }, 180_000);
  afterAll(async () => {
    await server?.stop();
    site?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
    if (profile) rmSync(profile, { recursive: true, force: true });
    await dropSchema(DATABASE_URL as string, SCHEMA);
  }, 60_000);

  it('3. desk killed mid-write (Chromium, persistent profile, SIGKILL): every saved file survives and syncs', { timeout: 180_000 }, async () => {
    const acked: string[] = [];
    const first = await openDesk(acked);
    // Offline: the saved files exist only on this desk's disk when it dies.
    let stopped: unknown = null;
    // It only ends when the browser dies; an error before that is a failure to report.
    void first.page.evaluate(() => deskKill.writeForever()).catch((error: unknown) => (stopped = error));
    await until(async () => {
      if (stopped) throw new Error(`the desk stopped saving: ${String(stopped)}`);
      return acked.length >= 12;
    }, 'a dozen files saved', 60_000).catch(async (error: unknown) => {
      await first.context.close();
      throw error;
    });
    const closed = new Promise((done) => first.context.once('close', done));
    process.kill(browserPid(profile), 'SIGKILL');
    await closed;
    const saved = [...acked];

    const second = await openDesk();
    try {
      const kept = new Set((await second.page.evaluate(() => deskKill.files())).map((doc) => String(doc.id)));
      expect(saved.filter((id) => !kept.has(id))).toEqual([]);
      await second.page.evaluate(() => deskKill.syncOnline());
      const files = byId(await second.page.evaluate(() => deskKill.files()));
      const held = (await serverDump(DATABASE_URL as string, SCHEMA)).beneficiaries ?? [];
      expect(files).toEqual(held);
      expect(saved.filter((id) => !held.some((doc) => doc.id === id))).toEqual([]);
    } finally {
      await second.context.close();
    }
  });
});
