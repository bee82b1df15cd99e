/**
 * Benchmark `sync`: the real sync server (server/main.ts, its own process) on
 * PostgreSQL — DATABASE_URL when set (in a schema of its own, dropped after), else a throwaway
 * cluster (postgres.mjs) — and desks in Chromium running the app's database and sync code.
 *  1. initial sync: 100,000 generated beneficiaries on the server, pulled into a fresh desk whose
 *     sensitive fields are encrypted at rest (the registry's password wrapper), through the
 *     desk's sync manager; against raw Dexie bulkPut of the same documents. Where the time goes:
 *     the pages alone (fetch + JSON), and the at-rest cipher's cost per document (AES-GCM).
 *     And, for the breakdown only, the same sync without encryption over a 20k set (third schema),
 *     and where the machine's CPU went during the sync, by process (bench/lib/cpu-by-process.mjs).
 *     sync.ready100k_s: from the start until the app's search index (built as pages arrive) finds
 *     the last file pulled, the search box asked every 100 ms.
 *  2. propagation: desk to desk while online, on a second, empty schema and server.
 *  3. server load: 50 simulated desks (load-desks.ts, a separate Node process) each pushing 10
 *     files a second and pulling, with their live SSE stream, against the phase-1 server (100k
 *     documents in it); p99 of every push and pull round trip over a 60-second steady run.
 * Knobs (env): SYNC_BENCH_COUNT (100000), SYNC_BENCH_LOAD_SECONDS (60), SYNC_BENCH_DESKS (50);
 * SYNC_BENCH_INITIAL_ONLY=1 runs phase 1 alone and prints its figures (no report: a partial run).
 */
import { createServer } from 'node:net';
import { register } from 'tsx/esm/api';
import pg from 'pg';
import { describeCpu, startCpuCount } from '../lib/cpu-by-process.mjs';
import { report } from '../lib/report.mjs';
import { withBrowser } from './browser.mjs';
import { runLoad } from './load.mjs';
import { startPostgres } from './postgres.mjs';
import { measurePropagation } from './propagation.mjs';
import { measureScale } from './scale.mjs';
import { DEV_TOKEN, startServer } from './server-process.mjs';

// seed.ts and docs.ts are TypeScript shared with the page; tsx loads them in Node.
register();
const { seedInitial } = await import('./seed.ts');
const { initialDocs } = await import('./docs.ts');
const { PULL_BATCH } = await import('../../renderer/src/sync/replicate-collection.ts');

const COUNT = Number(process.env.SYNC_BENCH_COUNT ?? 100_000);
const LOAD_SECONDS = Number(process.env.SYNC_BENCH_LOAD_SECONDS ?? 60);
const DESKS = Number(process.env.SYNC_BENCH_DESKS ?? 50);
const PLAIN_COUNT = Math.min(20_000, COUNT);
const PROPAGATION_WRITES = 30;
const INITIAL_ONLY = process.env.SYNC_BENCH_INITIAL_ONLY === '1';

const freePort = () => new Promise((ok) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => ok(port));
  });
});

const database = await startPostgres();
const base = `bench_sync_${process.pid}`;
const schemas = [`${base}_a`, `${base}_b`, `${base}_c`];
const servers = [];
const sql = async (schema, text) => {
  const client = new pg.Client({ connectionString: database.url, options: `-c search_path=${schema}` });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
};

let out;
class InitialOnly extends Error {}
try {
  const [main, prop, plainServer] = await Promise.all(schemas.map(async (schema) => {
    const server = await startServer({ databaseUrl: database.url, schema, port: await freePort() });
    servers.push(server);
    return server;
  }));
  const seeded = await seedInitial({ databaseUrl: database.url, schema: schemas[0], serverUrl: main.url, token: DEV_TOKEN, count: COUNT });
  await seedInitial({ databaseUrl: database.url, schema: schemas[2], serverUrl: plainServer.url, token: DEV_TOKEN, count: PLAIN_COUNT });
  console.log(`PostgreSQL ${database.own ? 'throwaway cluster' : 'from DATABASE_URL'}; seeded ${seeded.count} documents ` +
    `(~${Math.round(seeded.docBytes)} bytes each) in ${(seeded.ms / 1000).toFixed(1)} s`);

  const connect = { serverUrl: main.url, token: DEV_TOKEN };
  // The first and the last file the server holds (seeded in order: the last is pulled last).
  const seededDocs = initialDocs(COUNT);
  const browserRun = await withBrowser(import.meta.dirname, async ({ openDesk }) => {
    const page = await openDesk('desk-a');
    const step = async (label, fn, arg) => {
      const t = performance.now();
      const value = await page.evaluate(fn, arg);
      console.log(`  ${label}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
      return value;
    };
    const fetched = await step('fetch only', (c) => globalThis.syncBench.fetchOnly(c), { ...connect, batch: PULL_BATCH });
    const raw = await step('raw bulkPut', (c) => globalThis.syncBench.rawBulkPut(c), { name: 'bench-raw', count: COUNT });
    const ends = { firstNationalId: seededDocs[0].nationalId, lastNationalId: seededDocs.at(-1).nationalId };
    const cpu = startCpuCount();
    const initial = await step('initial sync', (c) => globalThis.syncBench.initialSync(c), { ...connect, name: 'bench-desk-a', encrypted: true, ...ends });
    console.log(`  initial sync: ${describeCpu(cpu.stop())}`);
    const plain = await step(`initial sync of ${PLAIN_COUNT} unencrypted`, (c) => globalThis.syncBench.initialSync(c), { serverUrl: plainServer.url, token: DEV_TOKEN, name: 'bench-desk-plain', encrypted: false });
    const crypto = await step('cipher cost', (c) => globalThis.syncBench.cipherCost(c), { count: 1000 });
    if (INITIAL_ONLY) return { fetched, raw, initial, plain, crypto, propagation: null };
    const propagation = await measurePropagation(openDesk, { serverUrl: prop.url, token: DEV_TOKEN, writes: PROPAGATION_WRITES, pauseMs: 200 });
    return { fetched, raw, initial, plain, crypto, propagation };
  });
  if (INITIAL_ONLY) {
    out = { ...browserRun, seeded };
    throw new InitialOnly();
  }
  // The load runs on an otherwise quiet server process (these two are idle, but not needed).
  await Promise.all([prop.stop(), plainServer.stop()]);

  const [{ seq }] = await sql(schemas[0], 'SELECT max(seq)::text AS seq FROM documents');
  console.log(`  load: ${DESKS} desks, 5 s warm-up, ${LOAD_SECONDS} s steady`);
  const load = await runLoad({ ...connect, desks: DESKS, docsPerSecond: 10, warmupSeconds: 5, seconds: LOAD_SECONDS, startSeq: Number(seq) });
  // Last: a server holding 1M documents, a field worker's desk and 200 desks against it (scale.mjs).
  const scale = await measureScale({ databaseUrl: database.url, port: await freePort(), root: import.meta.dirname, initialDocs, pullBatch: PULL_BATCH });
  out = { ...browserRun, load, seeded, scale };
} catch (error) {
  if (!(error instanceof InitialOnly)) throw error;
} finally {
  await Promise.all(servers.map((server) => server.stop()));
  if (!database.own) for (const schema of schemas) await sql('public', `DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  database.stop();
}

const { result, problems, userAgent } = out;
const { fetched, raw, initial, plain, crypto, propagation } = result;
const { load } = out;
const expected = initialDocs(COUNT)[54_321];
const sample = initial.sample;
if (initial.count !== COUNT || fetched.count !== COUNT) throw new Error(`bench sync: desk holds ${initial.count}, fetch saw ${fetched.count}, expected ${COUNT}`);
if (COUNT > 54_321 && (sample?.nationalId !== expected.nationalId || sample?.address !== expected.address)) {
  throw new Error(`bench sync: document read back differs: ${JSON.stringify(sample)}`);
}

const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;
const rate = (n, ms) => Math.round((n / ms) * 1000);
console.log(`Chromium ${await userAgent}; ${COUNT} docs; load average at the end ${(await import('node:os')).loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(`initial sync (encrypted, sync manager): ${secs(initial.ms)} = ${rate(initial.count, initial.ms)} docs/s; ` +
  `its ${initial.meter.requests} requests spent ${secs(initial.meter.fetchMs)} in fetch, ${(initial.meter.bytes / 1e6).toFixed(0)} MB, ` +
  `last page in at ${secs(initial.meter.lastAt - initial.meter.firstAt)} after the first`);
console.log(`where the time goes: pages alone (fetch + JSON, ${fetched.pages} x ${PULL_BATCH}) ${secs(fetched.ms)} = ${rate(fetched.count, fetched.ms)} docs/s; ` +
  `raw Dexie bulkPut ${secs(raw.ms)} = ${rate(COUNT, raw.ms)} docs/s`);
console.log(`  AES-GCM per document, per-field form (before): encrypt ${crypto.legacyEncryptMs.toFixed(3)} ms (${crypto.fieldsPerDoc.toFixed(1)} fields + the meta copy whole), ` +
  `decrypt again for the change events ${crypto.legacyDecryptMs.toFixed(3)} ms: ~${secs((crypto.legacyEncryptMs + crypto.legacyDecryptMs) * COUNT)} at ${COUNT}`);
console.log(`  AES-GCM per document, sealed per document (now): encrypt ${crypto.encryptMs.toFixed(3)} ms (the document + its meta copy's fields), ` +
  `nothing opened during a pull (one read opens in ${crypto.openMs.toFixed(3)} ms): ~${secs(crypto.encryptMs * COUNT)} of the sync's ${secs(initial.ms)}; ` +
  `one call over all ${crypto.oneCallMs.toFixed(3)} ms per document (the rest is per-call overhead)`);
console.log(`ready (the app's search finds the last file pulled): ${initial.readyMs === null ? 'never' : secs(initial.readyMs)}, ` +
  `${initial.readyMs === null ? '' : `${secs(initial.readyMs - initial.ms)} after the sync was done; `}first page searchable at ${initial.firstFoundMs === null ? 'never' : secs(initial.firstFoundMs)}`);
const estimates = initial.progress.filter((_, i, all) => i % Math.max(1, Math.floor(all.length / 6)) === 0 || i === all.length - 1);
console.log(`  progress (at: done of total, time left): ${estimates.map((p) => `${secs(p.at)}: ${p.done}/${p.total} ${p.secondsLeft ?? '?'} s`).join('; ')}`);
console.log(`  the same sync unencrypted (${plain.count} docs): ${secs(plain.ms)} = ${rate(plain.count, plain.ms)} docs/s`);
if (INITIAL_ONLY) {
  console.log(JSON.stringify({ docs_per_s: rate(initial.count, initial.ms), fraction_of_raw: raw.ms / initial.ms, ready_s: initial.readyMs === null ? null : initial.readyMs / 1000, problems: problems.length }));
  if (problems.length > 0) console.error(problems.slice(0, 20).join('\n'));
  process.exit(0);
}
console.log(`propagation: ${propagation.count} writes, p50 ${propagation.p50.toFixed(0)} p95 ${propagation.p95.toFixed(0)} max ${propagation.max.toFixed(0)} ms, ${propagation.missed} missed`);
for (const kind of ['push', 'pull', 'all']) {
  const s = load[kind];
  console.log(`load ${kind}: ${s.count} requests, p50 ${s.p50.toFixed(1)} p95 ${s.p95.toFixed(1)} p99 ${s.p99.toFixed(1)} max ${s.max.toFixed(0)} ms, ${s.docs} docs`);
}
console.log(`load: ${load.written} written, ${load.pulled} pulled, ${load.streamed} streamed, ${load.failures} failed requests, steady ${secs(load.steadyMs)}`);
console.log(`load: ${describeCpu(load.cpu)}`);

const metrics = {
  'sync.initial100k.docs_per_s': { value: rate(initial.count, initial.ms), unit: 'docs/s', target: 3000, better: 'higher' },
  'sync.initial100k.fraction_of_raw': { value: raw.ms / initial.ms, unit: 'ratio', target: 0.25, better: 'higher' },
  // From the start of the first sync until the app's search finds the last file pulled (aim: 30 s).
  'sync.ready100k_s': { value: initial.readyMs === null ? Number.MAX_SAFE_INTEGER : initial.readyMs / 1000, unit: 's', target: 60, better: 'lower' },
  'sync.propagation.p95': { value: propagation.p95, unit: 'ms', target: 1000, better: 'lower' },
  // A failed request has no round trip: any failure fails the metric rather than shrink it.
  'sync.server.p99.50desks': { value: load.failures > 0 ? Number.MAX_SAFE_INTEGER : load.all.p99, unit: 'ms', target: 200, better: 'lower' },
  ...out.scale,
};
const ok = report('sync', metrics);
if (problems.length > 0) console.error(`Console warnings/errors in the bench pages:\n  ${problems.slice(0, 20).join('\n  ')}`);
process.exit(ok && problems.length === 0 ? 0 : 1);
