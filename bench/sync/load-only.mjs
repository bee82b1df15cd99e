/**
 * The server-load phase of `npm run bench -- sync` alone, for iterating on the server (no Chromium):
 * a server process on DATABASE_URL (or a throwaway cluster) holding SYNC_BENCH_COUNT documents, then
 * the same desks as load.mjs. Prints the percentiles and where the machine's CPU went during the load,
 * by process (bench/lib/cpu-by-process.mjs; a shared PostgreSQL counts its other users too).
 * Run: `node bench/sync/load-only.mjs` (knobs: SYNC_BENCH_COUNT 20000, SYNC_BENCH_DESKS 50,
 * SYNC_BENCH_LOAD_SECONDS 20, SYNC_BENCH_SERVER_PROF=<folder> for a V8 CPU profile of the server).
 */
import { createServer } from 'node:net';
import { register } from 'tsx/esm/api';
import pg from 'pg';
import { describeCpu } from '../lib/cpu-by-process.mjs';
import { runLoad } from './load.mjs';
import { startPostgres } from './postgres.mjs';
import { DEV_TOKEN, startServer } from './server-process.mjs';

register();
const { seedInitial } = await import('./seed.ts');

const COUNT = Number(process.env.SYNC_BENCH_COUNT ?? 20_000);
const DESKS = Number(process.env.SYNC_BENCH_DESKS ?? 50);
const SECONDS = Number(process.env.SYNC_BENCH_LOAD_SECONDS ?? 20);
const freePort = () => new Promise((ok) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => ok(port));
  });
});

const database = await startPostgres();
const schema = `bench_load_${process.pid}`;
const server = await startServer({ databaseUrl: database.url, schema, port: await freePort() });
try {
  await seedInitial({ databaseUrl: database.url, schema, serverUrl: server.url, token: DEV_TOKEN, count: COUNT });
  const client = new pg.Client({ connectionString: database.url, options: `-c search_path=${schema}` });
  await client.connect();
  const [{ seq }] = (await client.query('SELECT max(seq)::text AS seq FROM documents')).rows;
  await client.end();
  const load = await runLoad({ serverUrl: server.url, token: DEV_TOKEN, desks: DESKS, docsPerSecond: 10, warmupSeconds: 5, seconds: SECONDS, startSeq: Number(seq) });
  for (const kind of ['push', 'pull', 'all']) {
    const s = load[kind];
    console.log(`load ${kind}: ${s.count} requests, p50 ${s.p50.toFixed(1)} p95 ${s.p95.toFixed(1)} p99 ${s.p99.toFixed(1)} max ${s.max.toFixed(0)} ms, ${s.docs} docs`);
  }
  console.log(`load: ${DESKS} desks over ${COUNT} documents, ${load.written} written, ${load.pulled} pulled, ${load.streamed} streamed, ${load.failures} failed requests`);
  console.log(`p99 per 5 s: ${load.windows.map((ms) => ms.toFixed(0)).join(' ')} ms`);
  console.log(`load (warm-up included): ${describeCpu(load.cpu)}`);
  console.log(JSON.stringify({ p99: load.all.p99, pushP50: load.push.p50, pullP50: load.pull.p50, failures: load.failures }));
} finally {
  await server.stop();
  const drop = new pg.Client({ connectionString: database.url });
  await drop.connect();
  await drop.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).finally(() => drop.end());
  database.stop();
}
