/**
 * Benchmark `complaints`: the public complaint page (server/complaints, policy 3.5a) under a flood.
 * The real sync server (server/main.ts, its own process) on PostgreSQL (DATABASE_URL, in a schema of
 * its own dropped after; else a throwaway cluster). While 20 visitors on 20 addresses each open the
 * form, take the minimum fill time and submit (together 2 submissions a second, every visitor within
 * its per-address limit), one address floods 2,000 submissions at 100 a second over 8 connections (the flooding
 * script runs on the same two cores as the server: unpaced, it measures its own CPU more than the server).
 *   complaints.public.p99         legitimate POST round trips (ms), target <= 200
 *   complaints.legit_lost         legitimate submissions not answered 201 or not stored, target 0
 *   complaints.flood.refused      flood submissions answered 429 (count), target >= 2000 - the limit
 * Knobs (env): COMPLAINTS_BENCH_SECONDS (60), COMPLAINTS_BENCH_VISITORS (20),
 *   COMPLAINTS_BENCH_RATE (legitimate submissions per second, all visitors together: 2),
 *   COMPLAINTS_BENCH_FLOOD (2000), COMPLAINTS_BENCH_FLOOD_RATE (posts a second: 100; Infinity = unpaced).
 */
import { createServer } from 'node:net';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import { register } from 'tsx/esm/api';
import { report } from '../lib/report.mjs';
import { percentile } from '../sync/load.mjs';
import { startPostgres } from '../sync/postgres.mjs';
import { startServer } from '../sync/server-process.mjs';
import { complaintFields, visitor } from './client.mjs';

register();
const { SUBMIT_LIMIT } = await import('../../server/complaints/complaint-routes.ts');
const { FORM_MIN_FILL_MS } = await import('../../server/complaints/form-token.ts');

const SECONDS = Number(process.env.COMPLAINTS_BENCH_SECONDS ?? 60);
const VISITORS = Number(process.env.COMPLAINTS_BENCH_VISITORS ?? 20);
const RATE = Number(process.env.COMPLAINTS_BENCH_RATE ?? 2);
const FLOOD = Number(process.env.COMPLAINTS_BENCH_FLOOD ?? 2000);
const FLOOD_RATE = Number(process.env.COMPLAINTS_BENCH_FLOOD_RATE ?? 100);
const FLOOD_CONNECTIONS = 8;
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

const freePort = () => new Promise((ok) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => ok(port));
  });
});

/** One visitor: every VISITORS / RATE seconds, open the form, fill it for the minimum time, send it. */
async function legitimate(url, address, offsetMs, endAt, samples) {
  const client = visitor(url, address);
  const everyMs = (VISITORS / RATE) * 1000;
  await sleep(offsetMs);
  try {
    for (let n = 0; Date.now() + FORM_MIN_FILL_MS < endAt; n += 1) {
      const next = Date.now() + everyMs;
      const token = await client.openForm();
      await sleep(FORM_MIN_FILL_MS + 200);
      const answer = await client.post(complaintFields(token, samples.length));
      samples.push({ ...answer, at: Date.now() });
      await sleep(Math.max(0, next - Date.now()));
    }
  } finally {
    client.close();
  }
}

/** The flood, in its own worker thread (flood.mjs). */
function flood(url, address) {
  const worker = new Worker(new URL('./flood.mjs', import.meta.url), {
    workerData: { url, address, count: FLOOD, connections: FLOOD_CONNECTIONS, minFillMs: FORM_MIN_FILL_MS, perSecond: FLOOD_RATE },
  });
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

const database = await startPostgres();
const schema = `bench_complaints_${process.pid}`;
let server;
let out;
try {
  server = await startServer({ databaseUrl: database.url, schema, port: await freePort() });
  const endAt = Date.now() + SECONDS * 1000;
  const samples = [];
  const everyMs = (VISITORS / RATE) * 1000;
  const visitors = Array.from({ length: VISITORS }, (_, i) => legitimate(server.url, `127.0.3.${i + 1}`, (i * everyMs) / VISITORS, endAt, samples));
  // The flood starts once the legitimate traffic is running, and overlaps most of it.
  const flooded = await sleep(2_000).then(() => flood(server.url, '127.0.4.1'));
  await Promise.all(visitors);

  const client = new pg.Client({ connectionString: database.url, options: `-c search_path=${schema}` });
  await client.connect();
  const numbers = samples.map((s) => s.caseNumber).filter(Boolean);
  const { rows } = await client.query("SELECT count(*)::int AS n FROM documents WHERE collection = 'cases' AND data ->> 'caseNumber' = ANY($1)", [numbers]);
  const { rows: all } = await client.query("SELECT count(*)::int AS n FROM documents WHERE collection = 'cases'");
  await client.end();
  out = { samples, flooded, storedLegit: rows[0].n, storedAll: all[0].n };
} finally {
  await server?.stop();
  if (!database.own) {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  }
  database.stop();
}

const { samples, flooded, storedLegit, storedAll } = out;
const ms = samples.map((s) => s.ms);
const during = samples.filter((s) => s.at >= flooded.startedAt && s.at <= flooded.endedAt + 1000).map((s) => s.ms);
const lost = samples.filter((s) => s.status !== 201).length + (samples.length - samples.filter((s) => s.status !== 201).length - storedLegit);
const refused = flooded.counts[429] ?? 0;
console.log(`PostgreSQL ${database.own ? 'throwaway cluster' : 'from DATABASE_URL'}; ${VISITORS} visitors at ${RATE}/s together for ${SECONDS} s: ` +
  `${samples.length} legitimate submissions (p50 ${percentile(ms, 50).toFixed(1)} ms, p99 ${percentile(ms, 99).toFixed(1)} ms, max ${Math.max(...ms).toFixed(1)} ms; ` +
  `${during.length} during the flood, p99 ${percentile(during, 99).toFixed(1)} ms)`);
console.log(`flood from one address (at most ${FLOOD_RATE}/s): ${FLOOD} posts in ${((flooded.endedAt - flooded.startedAt) / 1000).toFixed(1)} s, answers ${JSON.stringify(flooded.counts)}; ` +
  `cases stored ${storedAll} (legitimate ${storedLegit})`);

const duringFlood = during.length > 0 ? { 'complaints.public.p99_during_flood': { value: Number(percentile(during, 99).toFixed(1)), unit: 'ms', target: 200, better: 'lower' } } : {};
const slowest = [...samples].sort((a, b) => b.ms - a.ms).slice(0, 3);
console.log(`slowest legitimate posts: ${slowest.map((s) => `${s.ms.toFixed(0)} ms at ${((s.at - flooded.startedAt) / 1000).toFixed(1)} s from the flood's start`).join('; ')}`);
const ok = report('complaints', {
  'complaints.public.p99': { value: Number(percentile(ms, 99).toFixed(1)), unit: 'ms', target: 200, better: 'lower' },
  ...duringFlood,
  'complaints.legit_lost': { value: lost, unit: 'count', target: 0, better: 'lower' },
  'complaints.flood.refused': { value: refused, unit: 'count', target: FLOOD - SUBMIT_LIMIT.limit, better: 'higher' },
  'complaints.flood.accepted': { value: flooded.counts[201] ?? 0, unit: 'count', target: SUBMIT_LIMIT.limit, better: 'lower' },
});
process.exit(ok ? 0 : 1);
