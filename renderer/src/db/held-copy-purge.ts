/**
 * Duplicate-check copies purged from the desk (PDPL's data minimisation, policy 3.6b). Servers before the
 * field worker's view narrowed (shared/accounts/pull-filters.ts) sent a field worker's desk every other desk's
 * files cut down to the duplicate-check fields: names, national IDs, birth dates and mobiles of people the
 * laptop carried into homes has no business with. The server sends none now, and nothing sent them away.
 *
 * A copy is replaced, in the storage itself, by a bare tombstone (its id, deleted): RxDB's document, queries
 * and the search index drop it as they drop any deletion, and the replication's own copy of it (the meta
 * store's assumed server state) becomes that tombstone when the upstream passes over it. It is never pushed
 * (isHeldCopy: the desk's keep-local rule, desk-sync.ts): the file stays on the server and on its own desk.
 * Written below RxDB's document API on purpose: a copy lacks the fields every file must have, so the
 * schema refuses any write that keeps it (development validates), and the pending ledger never counts it.
 *
 * When: once in full per desk (a local mark), while the desk is in step with its server (whileInStep says why),
 * then each copy as it arrives (an older server still running).
 */
import { getChangedDocumentsSince, type RxCollection, type RxDocumentData, type RxStorageInstance } from 'rxdb/plugins/core';
import { createRevision, now } from 'rxdb/plugins/utils';
import { filter, firstValueFrom, type Observable, type Subscription } from 'rxjs';
import type { SyncStatus } from '../sync/sync-status';
import { isHeldCopy } from '@shared/registry/held-copy';
import type { WaslDatabase } from './database';
import { readDeskSettings } from './desk-settings';

type Doc = { id: string } & Record<string, unknown>;
type Collection = RxCollection<Doc>;

/** The full pass is done on this desk (a local document: never synced). */
const PURGED_MARK = 'held-copies-purged';
const SCAN_PAGE = 500;

const isLiveCopy = (doc: Doc & { _deleted?: boolean }) => doc._deleted !== true && isHeldCopy('beneficiaries', doc);

/**
 * Replaces the stored state of each of these documents that is still a live copy by its bare tombstone.
 * A document written in between (a conflict) is left: its write reaches the live path, and an unfinished
 * full pass runs again at the next start.
 * @returns how many were purged
 */
export async function purgeHeldCopies(collection: Collection, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const storage = collection.storageInstance as RxStorageInstance<Doc, unknown, unknown>;
  const stored = await storage.findDocumentsById([...ids], false);
  const token = collection.database.token;
  const rows = stored.filter(isLiveCopy).map((previous) => ({
    previous,
    document: { id: previous.id, _deleted: true, _attachments: {}, _rev: createRevision(token, previous), _meta: { lwt: now() } } as RxDocumentData<Doc>,
  }));
  if (rows.length === 0) return 0;
  const result = await storage.bulkWrite(rows, 'held-copy-purge');
  return rows.length - result.error.length;
}

/**
 * Every live copy the collection holds, 500 files at a time in storage order, each page its own short read
 * (a desk may hold 100,000 files; a query for the copies alone, matched below the at-rest cipher by a clear field
 * no copy had, took 6.4 s instead of 24 s there, but as one read that held every save and pull back meanwhile:
 * RxDB's planner has no index to cut it into pages). Read as the search index's catch-up reads the storage, not
 * by an RxDB query, whose cache would keep the pages in memory. `mayGoOn` is asked before each page: a pass
 * that may not go on stops there (done: false).
 */
async function purgeAll(collection: Collection, mayGoOn: () => Promise<boolean>): Promise<{ done: boolean; failed: number }> {
  let failed = 0;
  let checkpoint: unknown;
  for (;;) {
    if (!(await mayGoOn())) return { done: false, failed };
    const page = await getChangedDocumentsSince(collection.storageInstance, SCAN_PAGE, checkpoint);
    const copies = page.documents.filter(isLiveCopy).map((doc) => doc.id);
    failed += copies.length - (await purgeHeldCopies(collection, copies));
    if (page.documents.length < SCAN_PAGE) return { done: true, failed };
    checkpoint = page.checkpoint;
  }
}

export type HeldCopyPurge = { idle(): Promise<void>; stop(): void };

/**
 * The full pass once per desk, then every copy written later; one step at a time. `mayGoOn` is asked before
 * each step (false: the pass waits for the next start). The desk is marked done only when every copy went.
 */
export function watchHeldCopies(db: WaslDatabase, onError: (error: unknown) => void, mayGoOn: () => Promise<boolean> = async () => true): HeldCopyPurge {
  const collection = db.beneficiaries as unknown as Collection;
  let queue: Promise<unknown> = Promise.resolve();
  const enqueue = (step: () => Promise<unknown>) => {
    // A database closed meanwhile (the desk wiped, the app closing) has nothing left to purge.
    queue = queue.then(() => (db.closed ? undefined : step())).catch(onError);
  };
  enqueue(async () => {
    if (await db.getLocal(PURGED_MARK)) return;
    const pass = await purgeAll(collection, async () => !db.closed && (await mayGoOn()));
    if (pass.done && pass.failed === 0 && !db.closed) await db.upsertLocal(PURGED_MARK, { at: new Date().toISOString() });
  });
  // A copy still arriving from an older server: the bulk's documents are read as written, nothing is fetched.
  const arriving: Subscription = collection.eventBulks$.subscribe((bulk) => {
    const ids = bulk.events.filter((event) => event.operation !== 'DELETE' && isLiveCopy(event.documentData as Doc)).map((event) => event.documentId);
    if (ids.length > 0) enqueue(() => purgeHeldCopies(collection, ids));
  });
  return { idle: () => queue.then(() => undefined), stop: () => arriving.unsubscribe() };
}

/**
 * Whether the full pass may go on: on a desk without a server at once; on a desk with one, while it is in step
 * with it (waiting until it is). A copy purged while the server's newer state of the same file is on its way
 * (a visit planned to it while the laptop was away sends the whole file) makes RxDB take the purge for an
 * unpushed local edit and pass over that state until its replication has noted the purge (it does so at once
 * while running; offline, only once back): the visit's file would not reach the desk. In step, any such file
 * has already replaced its copy, which is then no copy. False once the desk's sync has stopped.
 */
function whileInStep(db: WaslDatabase, status$: Observable<SyncStatus>): () => Promise<boolean> {
  let hasServer: Promise<boolean> | null = null;
  return async () => {
    hasServer ??= readDeskSettings(db).then((settings) => settings?.serverUrl !== undefined);
    if (!(await hasServer)) return true;
    const synced = await firstValueFrom(status$.pipe(filter((status) => status.phase === 'synced')), { defaultValue: null });
    return synced !== null;
  };
}

const running = new WeakMap<WaslDatabase, HeldCopyPurge>();

/** The app's purge: one per database, for the life of the page. */
export function startAppHeldCopyPurge(db: WaslDatabase, status$: Observable<SyncStatus>): HeldCopyPurge {
  let purge = running.get(db);
  if (!purge) {
    purge = watchHeldCopies(db, (error) => console.error('held copies: not purged yet (tried again at the next start)', error), whileInStep(db, status$));
    running.set(db, purge);
  }
  return purge;
}
