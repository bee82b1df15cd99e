/**
 * Where a fresh desk's first pull spends its time, in one short run (not a bench of its own):
 * a server seeded with SYNC_PROFILE_COUNT (20,000) beneficiaries, then in Chromium raw Dexie
 * bulkPut of the same documents, the initial sync unencrypted and encrypted through the app's
 * sync manager (page-initial.ts), each sync with a V8 CPU profile (CDP Profiler) written to
 * SYNC_PROFILE_DIR (/tmp) as initial-<plain|encrypted>.cpuprofile. Prints the ratios to raw.
 * Run: node bench/sync/profile-initial.mjs (CHROMIUM_PATH, DATABASE_URL as for `bench -- sync`).
 * SYNC_PROFILE_ONLY=plain|encrypted runs one of the two. SYNC_PROFILE_INDEX=1 runs the app's search
 * index during the sync, as `bench -- sync` does (it then also prints when the last file was found).
 * Each sync also prints where the machine's CPU went, by process (bench/lib/cpu-by-process.mjs).
 */
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { register } from 'tsx/esm/api';
import pg from 'pg';
import { describeCpu, startCpuCount } from '../lib/cpu-by-process.mjs';
import { withBrowser } from './browser.mjs';
import { startPostgres } from './postgres.mjs';
import { DEV_TOKEN, startServer } from './server-process.mjs';

register();
const { seedInitial } = await import('./seed.ts');
const { initialDocs } = await import('./docs.ts');

const COUNT = Number(process.env.SYNC_PROFILE_COUNT ?? 20_000);
const DIR = process.env.SYNC_PROFILE_DIR ?? '/tmp';
const ONLY = process.env.SYNC_PROFILE_ONLY;
const INDEX = process.env.SYNC_PROFILE_INDEX === '1';
process.env.SYNC_BENCH_NO_MINIFY ??= '1';
// The first and last file the server holds (the last is pulled last), generated once for both runs.
const seeded = INDEX ? initialDocs(COUNT) : [];
const searchEnds = INDEX ? { firstNationalId: seeded[0].nationalId, lastNationalId: seeded.at(-1).nationalId } : {};

const freePort = () => new Promise((ok) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => ok(port));
  });
});

const database = await startPostgres();
const schema = `bench_profile_${process.pid}`;
let server;
try {
  server = await startServer({ databaseUrl: database.url, schema, port: await freePort() });
  await seedInitial({ databaseUrl: database.url, schema, serverUrl: server.url, token: DEV_TOKEN, count: COUNT });
  const { result, problems } = await withBrowser(import.meta.dirname, async ({ openDesk }) => {
    const page = await openDesk('desk');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    const raw = await page.evaluate((c) => globalThis.syncBench.rawBulkPut(c), { name: 'profile-raw', count: COUNT });
    const out = { rawMs: raw.ms };
    for (const encrypted of [false, true]) {
      const label = encrypted ? 'encrypted' : 'plain';
      if (ONLY && ONLY !== label) continue;
      await cdp.send('Profiler.start');
      const cpu = startCpuCount();
      const run = await page.evaluate((c) => globalThis.syncBench.initialSync(c), { serverUrl: server.url, token: DEV_TOKEN, name: `profile-${label}`, encrypted, ...searchEnds });
      console.log(`  ${label}: ${describeCpu(cpu.stop())}`);
      if (INDEX) console.log(`  ${label}: the last file found at ${(run.readyMs / 1000).toFixed(1)} s`);
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(join(DIR, `initial-${label}.cpuprofile`), JSON.stringify(profile));
      if (run.count !== COUNT) throw new Error(`profile: desk holds ${run.count}, expected ${COUNT}`);
      out[label] = run.ms;
    }
    return out;
  });
  const rate = (ms) => Math.round((COUNT / ms) * 1000);
  console.log(`${COUNT} docs: raw bulkPut ${rate(result.rawMs)} docs/s`);
  for (const label of ['plain', 'encrypted']) {
    if (result[label]) console.log(`  initial sync ${label}: ${rate(result[label])} docs/s, raw/sync ${(result[label] / result.rawMs).toFixed(2)}`);
  }
  if (problems.length > 0) console.error(problems.slice(0, 10).join('\n'));
} finally {
  await server?.stop();
  // A shared DATABASE_URL keeps nothing of this run; a throwaway cluster goes whole.
  if (!database.own) {
    const pool = new pg.Pool({ connectionString: database.url, max: 1 });
    await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).finally(() => pool.end());
  }
  database.stop();
}
