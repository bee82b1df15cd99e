/**
 * The 50-desk load of `sync.server.p99.50desks`, run as its own Node process (load.mjs spawns
 * it) so the desks' JSON work never shares a CPU queue with the server's event loop.
 * Each simulated desk speaks the real protocol (shared/sync/http-client.ts) as a live desk does:
 * its one SSE stream (/sync/stream) brings every other desk's writes, RESYNC makes it pull
 * from its checkpoint until caught up, and once a second it pushes its 10 new files (a second
 * of writes, in one batch as RxDB batches them) and pulls from its checkpoint.
 * Input: one JSON argument; output: one JSON line with every request's round trip.
 */
import { EventSource } from 'eventsource';
import { createSyncClient, openMultiplexedStream, type EventSourceFactory } from '../../shared/sync/http-client';
import type { PullResponse, PushRow, SyncCheckpoint } from '../../shared/sync/protocol';
import { PULL_BATCH, PUSH_BATCH } from '../../renderer/src/sync/replicate-collection';
import { deskDoc, initialDocs } from './docs';

type Config = { serverUrl: string; token: string; desks: number; docsPerSecond: number; warmupSeconds: number; seconds: number; startSeq: number };
type Sample = { kind: 'push' | 'pull'; ms: number; at: number; docs: number };

const cfg = JSON.parse(process.argv[2] ?? '{}') as Config;
const templates = initialDocs(256);
const samples: Sample[] = [];
let failures = 0;
const t0 = performance.now();
// Measured from the end of the warm-up (every desk connected and caught up) to the end.
const steadyFrom = t0 + cfg.warmupSeconds * 1000;
const endAt = steadyFrom + cfg.seconds * 1000;
const sleep = (ms: number) => new Promise((done) => setTimeout(done, Math.max(0, ms)));

async function timed<T>(kind: Sample['kind'], run: () => Promise<T>, docs: (result: T) => number): Promise<T> {
  const start = performance.now();
  const result = await run();
  const end = performance.now();
  if (start >= steadyFrom) samples.push({ kind, ms: end - start, at: start - steadyFrom, docs: docs(result) });
  return result;
}

/** Node 24 has no global EventSource: the `eventsource` package, with the token as a header. */
const nodeEventSource: EventSourceFactory = (url, token) => {
  const source = new EventSource(url, { fetch: (input, init) => fetch(input, { ...init, headers: { ...init.headers, authorization: `Bearer ${token}` } }) });
  const adapter = { onmessage: null, onerror: null, onopen: null, close: () => source.close() } as ReturnType<EventSourceFactory>;
  source.onmessage = (event) => adapter.onmessage?.(event);
  source.onerror = (event) => adapter.onerror?.(event);
  return adapter;
};

async function runDesk(desk: number): Promise<{ written: number; pulled: number; streamed: number }> {
  const client = createSyncClient({ baseUrl: cfg.serverUrl, token: cfg.token, collection: 'beneficiaries', fetch: (input, init) => fetch(input, init) });
  const deskCode = `LD${String(desk).padStart(2, '0')}`;
  // A desk that already holds the initial set: it only pulls what arrives from now on.
  let checkpoint: SyncCheckpoint = { seq: cfg.startSeq };
  let written = 0;
  let pulled = 0;
  let streamed = 0;
  const apply = (page: PullResponse) => {
    // Stream and pulls overlap: a batch at or below the checkpoint is already here.
    if (page.checkpoint.seq > checkpoint.seq) checkpoint = page.checkpoint;
  };
  const pullAll = async () => {
    for (;;) {
      const page = await timed('pull', () => client.pull(checkpoint, PULL_BATCH), (p) => p.documents.length);
      pulled += page.documents.length;
      apply(page);
      if (page.documents.length < PULL_BATCH || performance.now() >= endAt) return;
    }
  };
  let resync: Promise<void> = Promise.resolve();
  const close = openMultiplexedStream({ baseUrl: cfg.serverUrl, token: cfg.token, collections: ['beneficiaries'] }, nodeEventSource, (_, event) => {
    if (event === 'RESYNC') resync = resync.then(pullAll).catch(() => void (failures += 1));
    else {
      streamed += event.documents.length;
      apply(event);
    }
  });
  // Spread the desks over the second, as real desks' clocks are.
  const deskStart = t0 + (desk / cfg.desks) * 1000;
  let next = deskStart;
  while (performance.now() < endAt) {
    await sleep(next - performance.now());
    // A desk behind its ticks does not burst: it pushes what piled up, PUSH_BATCH at most, as
    // RxDB does, so the offered load stays 10 files a second and the run ends on time.
    next = Math.max(next + 1000, performance.now());
    const due = Math.min(cfg.docsPerSecond * Math.floor((performance.now() - deskStart) / 1000 + 1) - written, PUSH_BATCH);
    try {
      const at = new Date().toISOString();
      const rows: PushRow[] = [];
      for (let i = 0; i < due; i++, written++) {
        rows.push({ newDocumentState: { ...deskDoc(templates[written % templates.length]!, desk, written, deskCode, at), _deleted: false } });
      }
      const conflicts = rows.length > 0 ? await timed('push', () => client.push(rows), () => rows.length) : [];
      if (conflicts.length > 0) throw new Error(`desk ${desk}: ${conflicts.length} conflicts on new files`);
      await pullAll();
    } catch (error) {
      failures += 1;
      if (failures <= 5) console.error(`load desk ${desk}:`, error);
    }
  }
  close();
  await resync;
  return { written, pulled, streamed };
}

const desks = await Promise.all(Array.from({ length: cfg.desks }, (_, desk) => runDesk(desk)));
process.stdout.write(`${JSON.stringify({
  samples,
  failures,
  written: desks.reduce((sum, d) => sum + d.written, 0),
  pulled: desks.reduce((sum, d) => sum + d.pulled, 0),
  streamed: desks.reduce((sum, d) => sum + d.streamed, 0),
  steadyMs: performance.now() - steadyFrom,
})}\n`);
