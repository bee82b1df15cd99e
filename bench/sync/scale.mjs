/**
 * The sync bench's server at scale (`npm run bench -- sync`, last phase): a server holding
 * SYNC_BENCH_SERVER_COUNT documents (1,000,000), 1 % of them registered on one field worker's desk.
 *  - sync.fieldworker.initial_s: that desk (Chromium, the app's sync manager, the field worker's own
 *    signed-in token) pulls its view in full. The pull reads only that view (server/sync/narrowed-pull.ts).
 *  - sync.server.p99.200desks: the 50-desk load run (load-desks.ts) at SYNC_BENCH_SCALE_DESKS desks.
 *  - printed: the server process's RSS, and PostgreSQL's table and index sizes.
 * Seeding is SQL: the first 1,000 files through the push endpoint (the server's schema check proves
 * their shape), the rest copies of them with ids, national IDs and desks of their own, inserted with
 * the secondary indexes dropped and built afterwards (minutes become seconds at 1M).
 */
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { describeCpu } from '../lib/cpu-by-process.mjs';
import { withBrowser } from './browser.mjs';
import { runLoad } from './load.mjs';
import { DEV_TOKEN, startServer } from './server-process.mjs';

const COUNT = Number(process.env.SYNC_BENCH_SERVER_COUNT ?? 1_000_000);
const DESKS = Number(process.env.SYNC_BENCH_SCALE_DESKS ?? 200);
const LOAD_SECONDS = Number(process.env.SYNC_BENCH_LOAD_SECONDS ?? 60);
/** Every VIEW_EVERY-th document is the field worker's desk's: 10,000 of 1,000,000. */
const VIEW_EVERY = 100;
const TEMPLATES = 1000;
const PASSWORD = 'Bench-Field-Worker-1';

async function call(url, path, { token = DEV_TOKEN, desk, body } = {}) {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  if (desk) headers['x-wasl-desk'] = desk;
  const response = await fetch(`${url}${path}`, { method: body === undefined ? 'GET' : 'POST', headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (!response.ok) throw new Error(`bench sync scale: ${path} ${response.status} ${await response.text()}`);
  return response.json();
}

/** A registered desk and a field worker signed in on it, as a real desk does (the development token has every right). */
async function fieldWorker(url) {
  const { code } = await call(url, '/desks/registration-codes', { body: {} });
  const { publicKey } = generateKeyPairSync('ed25519');
  const key = publicKey.export({ format: 'der', type: 'spki' }).subarray(12).toString('base64');
  const desk = await call(url, '/desks/register', { body: { registrationCode: code, deskCode: 'FW01', deskName: 'مكتب ميداني', publicKey: key } });
  await call(url, '/accounts', { body: { username: 'bench.fw', displayName: 'عامل ميداني', roles: ['field-worker'], unitIds: [], password: PASSWORD } });
  const tokens = await call(url, '/auth/sign-in', { desk: desk.credential, body: { username: 'bench.fw', password: PASSWORD } });
  return { deskId: desk.deskId, token: tokens.accessToken };
}

async function seed(client, url, deskId, initialDocs) {
  const t0 = performance.now();
  const rows = initialDocs(TEMPLATES).map((doc, i) => ({ newDocumentState: { ...doc, deskId: i % VIEW_EVERY === 0 ? deskId : doc.deskId, _deleted: false } }));
  await call(url, '/sync/beneficiaries/push', { body: rows });
  const indexes = (await client.query(`SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'documents' AND indexname <> 'documents_pkey'`)).rows;
  for (const { indexname } of indexes) await client.query(`DROP INDEX ${indexname}`);
  // Copies of the templates: g-th document, its own id, national ID and desk (1 in VIEW_EVERY the field worker's).
  await client.query(`CREATE TEMP TABLE templates AS SELECT (row_number() OVER (ORDER BY seq) - 1)::int AS ord, data FROM documents WHERE collection = 'beneficiaries'`);
  for (let from = TEMPLATES; from < COUNT; from += 250_000) {
    await client.query(
      `INSERT INTO documents (collection, id, seq, data, deleted, updated_at)
       SELECT 'beneficiaries', t.data ->> 'id', nextval('document_seq'), t.data, false, now() FROM (
         SELECT g, d.data || jsonb_build_object('id', '00000000-0000-4000-8000-' || lpad(g::text, 12, '0'), 'nationalId', '1' || lpad(g::text, 9, '0'),
             'deskId', CASE WHEN g % $3 = 0 THEN $4 ELSE 'bench-desk-' || (g % 97) END) AS data
         FROM generate_series($1::int, $2::int) AS g JOIN templates d ON d.ord = g % ${TEMPLATES}
         ORDER BY g) t`,
      [from, Math.min(from + 250_000, COUNT) - 1, VIEW_EVERY, deskId],
    );
  }
  for (const { indexdef } of indexes) await client.query(indexdef);
  await client.query('VACUUM ANALYZE documents');
  return performance.now() - t0;
}

async function sizes(client, deskId) {
  const [row] = (await client.query(`SELECT count(*)::int AS docs, count(*) FILTER (WHERE data ->> 'deskId' = $1)::int AS view, pg_relation_size('documents') AS heap, pg_total_relation_size('documents') AS total,
    pg_indexes_size('documents') AS indexes FROM documents`, [deskId])).rows;
  const each = (await client.query(`SELECT indexname AS name, pg_relation_size(format('%I', indexname)::regclass) AS bytes FROM pg_indexes
    WHERE schemaname = current_schema() AND tablename = 'documents' ORDER BY 2 DESC`)).rows;
  return { ...row, each };
}

const rssMb = (pid) => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? Number.NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
};

/**
 * @param {{ databaseUrl: string, port: number, root: string, initialDocs: (n: number) => object[], pullBatch: number }} cfg
 * @returns the metrics to report, having printed the rest
 */
export async function measureScale(cfg) {
  const schema = `bench_sync_${process.pid}_scale`;
  const server = await startServer({ databaseUrl: cfg.databaseUrl, schema, port: cfg.port });
  const client = new pg.Client({ connectionString: cfg.databaseUrl, options: `-c search_path=${schema}` });
  await client.connect();
  try {
    const worker = await fieldWorker(server.url);
    const seedMs = await seed(client, server.url, worker.deskId, cfg.initialDocs);
    const size = await sizes(client, worker.deskId);
    const mb = (bytes) => `${(Number(bytes) / 1e6).toFixed(0)} MB`;
    console.log(`scale: seeded ${size.docs} documents (${size.view} the field worker's desk's) in ${(seedMs / 1000).toFixed(1)} s; ` +
      `documents table ${mb(size.total)} (heap ${mb(size.heap)}, indexes ${mb(size.indexes)}: ${size.each.map((i) => `${i.name} ${mb(i.bytes)}`).join(', ')})`);
    const idle = rssMb(server.pid);
    const connect = { serverUrl: server.url, token: worker.token };
    const { result } = await withBrowser(cfg.root, async ({ openDesk }) => {
      const page = await openDesk('field-worker');
      const fetched = await page.evaluate((c) => globalThis.syncBench.fetchOnly(c), { ...connect, batch: cfg.pullBatch });
      const initial = await page.evaluate((c) => globalThis.syncBench.initialSync(c), { ...connect, name: 'bench-field-worker', encrypted: true });
      return { fetched, initial };
    });
    const { fetched, initial } = result;
    if (initial.count !== size.view) throw new Error(`bench sync scale: the field worker's desk holds ${initial.count}, expected ${size.view}`);
    const afterPull = rssMb(server.pid);
    console.log(`scale: field worker's initial sync (encrypted, sync manager) ${(initial.ms / 1000).toFixed(1)} s for ${initial.count} files; ` +
      `its pages alone (fetch + JSON, ${fetched.pages} pages) ${(fetched.ms / 1000).toFixed(1)} s`);
    const [{ seq }] = (await client.query('SELECT max(seq)::text AS seq FROM documents')).rows;
    console.log(`scale: load ${DESKS} desks, 5 s warm-up, ${LOAD_SECONDS} s steady`);
    const load = await runLoad({ serverUrl: server.url, token: DEV_TOKEN, desks: DESKS, docsPerSecond: 10, warmupSeconds: 5, seconds: LOAD_SECONDS, startSeq: Number(seq) });
    const loaded = rssMb(server.pid);
    for (const kind of ['push', 'pull', 'all']) {
      const s = load[kind];
      console.log(`scale load ${kind}: ${s.count} requests, p50 ${s.p50.toFixed(1)} p95 ${s.p95.toFixed(1)} p99 ${s.p99.toFixed(1)} max ${s.max.toFixed(0)} ms`);
    }
    console.log(`scale load: ${load.written} written, ${load.pulled} pulled, ${load.streamed} streamed, ${load.failures} failed requests`);
    console.log(`scale load: ${describeCpu(load.cpu)}`);
    console.log(`scale: server RSS ${idle.rss.toFixed(0)} MB seeded and idle, ${afterPull.rss.toFixed(0)} MB after the field worker's sync, ` +
      `${loaded.rss.toFixed(0)} MB after the load (peak ${loaded.peak.toFixed(0)} MB)`);
    return {
      'sync.fieldworker.initial_s': { value: initial.ms / 1000, unit: 's', target: 10, better: 'lower' },
      [`sync.server.p99.${DESKS}desks`]: { value: load.failures > 0 ? Number.MAX_SAFE_INTEGER : load.all.p99, unit: 'ms', target: 200, better: 'lower' },
    };
  } finally {
    await client.end();
    await server.stop();
    const drop = new pg.Client({ connectionString: cfg.databaseUrl });
    await drop.connect();
    await drop.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).finally(() => drop.end());
  }
}
