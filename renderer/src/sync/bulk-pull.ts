/**
 * A pull of whole pages (a fresh desk's first sync, a long catch-up) written in bulk. RxDB's
 * downstream (replication-protocol/downstream.ts, persistFromMaster) reads every pulled document
 * from the desk's collection and from the replication's meta store before writing both, so each
 * document costs four IndexedDB reads and two writes, most of a first sync's time. A document
 * the desk does not hold yet needs none of those reads: it is written as RxDB would write it —
 * the collection's storage (sealed at rest by its wrappers, the downstream's write flag so the
 * upstream does not push it back) and beside it its meta copy (the assumed master state a later
 * local edit is pushed against); the checkpoint only once both are durable for that page and every
 * page before, so a crash leaves nothing the next start skips (it pulls again from there).
 * A document the desk already holds (pulled twice, edited here meanwhile) is refused by the
 * storage (409) and handed to RxDB's own downstream with the last page, whose logic it needs.
 * Pages are fetched while the previous one is written, and up to three pages' writes overlap.
 *
 * RxDB internals relied on (rxdb 17.6.0; test/renderer/sync-bulk-pull.test.ts fails if they change):
 *  - RxReplicationState.internalReplicationState (events.processed.down: received$; input.metaInstance,
 *    downstreamBulkWriteFlag: the write context the upstream skips; events.canceled) and metaInstance;
 *  - getMetaWriteRow and setCheckpoint (replication-protocol, exported by rxdb core);
 *  - the collection's storageInstance.originalStorageInstance (below RxDB's write wrapper, which
 *    would silently re-insert over a deleted document instead of refusing it) and what that
 *    wrapper sets on an insert (_meta.lwt = now(), _rev = "1-" + database token);
 *  - the downstream's resync loop: one pull handler call may write several pages, and a page of
 *    fewer than batchSize documents ends the loop.
 */
import { getMetaWriteRow, now, setCheckpoint, type BulkWriteRow, type RxDocumentData, type RxStorageInstanceReplicationState } from 'rxdb/plugins/core';
import type { RxReplicationState } from 'rxdb/plugins/replication';
import type { StreamEvent, SyncCheckpoint, SyncDocument } from '@shared/sync/protocol';

type Doc = Record<string, unknown>;
export type PulledPage = { documents: SyncDocument[]; checkpoint: SyncCheckpoint };

/** Documents refused because the desk holds them, at most this many before RxDB takes over. */
const DEFER_LIMIT = 5000;
/** Pages whose writes may overlap (IndexedDB commits one while the next is sealed and cloned). */
const WRITES_IN_FLIGHT = 3;

export type BulkPull = {
  /** the replication's pull handler */
  handler(checkpoint: SyncCheckpoint | undefined, batchSize: number): Promise<PulledPage>;
  /** false for a change event while a bulk pull runs: it is fetched again instead (see passes) */
  passes(event: StreamEvent): boolean;
};

type Internal = RxStorageInstanceReplicationState<Doc>;

/** `state` is read at the first call (the replication is created after its handler). */
export function bulkPull(state: () => RxReplicationState<Doc, SyncCheckpoint>, fetchPage: (checkpoint: SyncCheckpoint | undefined) => Promise<PulledPage>): BulkPull {
  let running = false;
  // Change events dropped while a bulk pull ran: processed after it, their (older) checkpoint would
  // move RxDB's back. The pull ends only with a short page asked for after the last one dropped.
  let drops = 0;
  // After a bulk pull stopped early (many documents already here), RxDB's own pulls finish this resync.
  let allowed = true;

  async function handler(checkpoint: SyncCheckpoint | undefined, batchSize: number): Promise<PulledPage> {
    const first = await fetchPage(checkpoint);
    if (first.documents.length < batchSize) {
      allowed = true;
      return first;
    }
    const replication = state();
    const internal = replication.internalReplicationState;
    if (!allowed || !internal || replication.isStoppedOrPaused()) return first;
    running = true;
    try {
      const out = await bulkLoop(replication, internal, first, checkpoint, batchSize);
      if (out.documents.length >= batchSize) allowed = false;
      return out;
    } finally {
      running = false;
    }
  }

  /** The next page, asked again until it comes (the backoff gate paces the retries) or the replication stops. */
  async function nextPage(replication: RxReplicationState<Doc, SyncCheckpoint>, asked: Promise<PulledPage>, from: SyncCheckpoint): Promise<PulledPage | null> {
    for (let attempt = asked; ; attempt = fetchPage(from)) {
      try {
        return await attempt;
      } catch {
        if (replication.isStoppedOrPaused()) return null;
      }
    }
  }

  /**
   * Writes each page while the next is fetched, and starts a page's writes while the page before
   * commits (IndexedDB keeps their order); a page's checkpoint follows its documents and meta copies.
   */
  async function bulkLoop(replication: RxReplicationState<Doc, SyncCheckpoint>, internal: Internal, first: PulledPage, from: SyncCheckpoint | undefined, batchSize: number): Promise<PulledPage> {
    const deferred = new Map<string, SyncDocument>();
    let page = first;
    // The checkpoint of the last page written: never one of a page fetched but not written.
    let reached = from;
    let askedAtDrops = drops;
    let previous: Promise<void> = Promise.resolve();
    const inFlight: Promise<void>[] = [];
    for (;;) {
      const full = page.documents.length >= batchSize;
      const next = full ? fetchPage(page.checkpoint) : null;
      next?.catch(() => undefined);
      const nextAskedAtDrops = drops;
      if (replication.isStoppedOrPaused()) break;
      const { checkpoint } = page;
      const written = writePage(replication, internal, page.documents, deferred);
      reached = checkpoint;
      const done = Promise.all([previous, written]).then(() => {
        // Only while nothing waits for RxDB: a deferred document must be written before its checkpoint.
        if (deferred.size === 0 && !internal.events.canceled.getValue()) void setCheckpoint(internal, 'down', checkpoint);
      });
      done.catch(() => undefined);
      // At most WRITES_IN_FLIGHT pages written at once: the next one waits for the oldest.
      inFlight.push(done);
      if (inFlight.length >= WRITES_IN_FLIGHT) await inFlight.shift();
      previous = done;
      const drained = !full && askedAtDrops === drops;
      if (drained || deferred.size >= DEFER_LIMIT) break;
      askedAtDrops = full ? nextAskedAtDrops : drops;
      const fetched = await nextPage(replication, next ?? fetchPage(checkpoint), checkpoint);
      if (!fetched) break;
      page = fetched;
    }
    await previous;
    await internal.checkpointQueue;
    // Stopped or paused: RxDB drops what a handler returns then, and the next start pulls again from the checkpoint.
    return { documents: [...deferred.values()], checkpoint: reached as SyncCheckpoint };
  }

  return {
    handler,
    passes(event) {
      if (event === 'RESYNC' || !running) return true;
      drops += 1;
      return false;
    },
  };
}

/** The documents the desk does not hold, written as RxDB's downstream writes them; the others deferred. */
async function writePage(replication: RxReplicationState<Doc, SyncCheckpoint>, internal: Internal, docs: readonly SyncDocument[], deferred: Map<string, SyncDocument>): Promise<void> {
  const { collection } = replication;
  const primary = collection.schema.primaryPath as string;
  const byId = new Map<string, SyncDocument>();
  for (const doc of docs) byId.set(String(doc[primary]), { ...doc, _deleted: doc._deleted === true });
  const lwt = now();
  const rev = `1-${collection.database.token}`;
  const rows = [...byId.values()].map((doc): BulkWriteRow<Doc> => ({ document: { ...doc, _attachments: {}, _meta: { lwt }, _rev: rev } as RxDocumentData<Doc> }));
  const fork = collection.storageInstance.originalStorageInstance;
  const flag = await internal.downstreamBulkWriteFlag;
  if (internal.events.canceled.getValue()) return;
  // The meta copies are written beside the documents (another IndexedDB database), not after them.
  const metaRows = await Promise.all([...byId.values()].map((doc) => getMetaWriteRow(internal, doc as never)));
  const [result, metaResult] = await Promise.all([
    collection.database.lockedRun(() => fork.bulkWrite(rows, flag)),
    internal.input.metaInstance.bulkWrite(metaRows, 'replication-down-write-meta'),
  ]);
  const refused = new Set<string>();
  for (const error of result.error) {
    if (error.status !== 409) throw new Error(`sync: pulled document ${error.documentId} not written (${error.status})`);
    refused.add(error.documentId);
    deferred.set(error.documentId, byId.get(error.documentId) as SyncDocument);
  }
  // A document already here goes to RxDB, which decides from its meta copy (a copy written just now
  // is the server's state, true as an assumed master state); a stale copy of a document written is replaced.
  const stale = (metaResult.error as MetaError[]).filter((error) => !refused.has(String(error.documentInDb?.itemId)));
  await replaceStaleMeta(internal, stale, byId);
  for (const row of rows) if (!refused.has(String(row.document[primary]))) internal.events.processed.down.next(row as never);
}

type MetaError = { status: number; documentId: string; documentInDb?: { itemId?: string } };

/** A meta copy left from before (its document gone from the desk) is replaced, not left stale. */
async function replaceStaleMeta(internal: Internal, errors: readonly MetaError[], byId: Map<string, SyncDocument>): Promise<void> {
  if (errors.length === 0) return;
  const retry = await Promise.all(
    errors.map((error) => {
      const master = byId.get(String(error.documentInDb?.itemId));
      if (error.status !== 409 || !master) throw new Error(`sync: meta copy ${error.documentId} not written (${error.status})`);
      return getMetaWriteRow(internal, master as never, error.documentInDb as never);
    }),
  );
  const again = await internal.input.metaInstance.bulkWrite(retry, 'replication-down-write-meta');
  if (again.error.length > 0) throw new Error(`sync: meta copy ${again.error[0]?.documentId ?? ''} not written`);
}
