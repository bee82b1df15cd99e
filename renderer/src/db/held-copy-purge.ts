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
 * When: once in full per desk (a local mark) once the desk is in step with its server (deskInStep says why), then
 * each copy as it arrives (an older server still running).
 */
import { normalizeMangoQuery, prepareQuery, type RxCollection, type RxDocumentData, type RxStorageInstance } from 'rxdb/plugins/core';
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
 * A document written in between (a conflict) is left: a later pass sees it again.
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
 * Every live copy the collection holds, a page at a time in id order (a desk may hold 100,000 files). Asked
 * of the storage below the at-rest cipher by a field every file holds and no copy ever had (`city`, stored in
 * clear): the files are read and matched there, and only the candidates are opened (at 100,000 files,
 * opening every file made the pass 24 s). Not an RxDB query: its cache would keep the pages in memory.
 */
async function purgeAll(collection: Collection): Promise<number> {
  const schema = collection.schema.jsonSchema;
  let purged = 0;
  let after = '';
  for (;;) {
    const selector = { _deleted: { $eq: false }, city: { $exists: false }, id: { $gt: after } };
    const query = prepareQuery(schema, normalizeMangoQuery(schema, { selector, sort: [{ id: 'asc' }], limit: SCAN_PAGE }));
    const page = (await collection.storageInstance.query(query)).documents as Doc[];
    purged += await purgeHeldCopies(collection, page.filter(isLiveCopy).map((doc) => doc.id));
    if (page.length < SCAN_PAGE) return purged;
    after = page[page.length - 1]?.id ?? after;
  }
}

export type HeldCopyPurge = { idle(): Promise<void>; stop(): void };

/**
 * The full pass once per desk (not again once marked), when `ready` resolves true (false: not in this session),
 * then every copy written later; one step at a time.
 */
export function watchHeldCopies(db: WaslDatabase, onError: (error: unknown) => void, ready: Promise<boolean> = Promise.resolve(true)): HeldCopyPurge {
  const collection = db.beneficiaries as unknown as Collection;
  let queue: Promise<unknown> = Promise.resolve();
  const enqueue = (step: () => Promise<unknown>) => {
    queue = queue.then(step).catch(onError);
  };
  enqueue(async () => {
    if (!(await ready) || (await db.getLocal(PURGED_MARK))) return;
    await purgeAll(collection);
    await db.upsertLocal(PURGED_MARK, { at: new Date().toISOString() });
  });
  // A copy still arriving from an older server: the bulk's documents are read as written, nothing is fetched.
  const arriving: Subscription = collection.eventBulks$.subscribe((bulk) => {
    const ids = bulk.events.filter((event) => event.operation !== 'DELETE' && isLiveCopy(event.documentData as Doc)).map((event) => event.documentId);
    if (ids.length > 0) enqueue(() => purgeHeldCopies(collection, ids));
  });
  return {
    idle: async () => {
      for (let seen = queue; ; seen = queue) {
        await seen;
        if (seen === queue) return;
      }
    },
    stop: () => arriving.unsubscribe(),
  };
}

/**
 * When the full pass may run: once the desk is in step with its server (or has none). A copy purged while the
 * server's newer state of the same file is on its way (a visit planned to it while the laptop was away sends
 * the whole file) would make RxDB take the purge for an unpushed local edit and pass over that state, so the
 * visit's file would not reach the desk; in step, the whole file has replaced the copy and is no copy any more.
 */
async function deskInStep(db: WaslDatabase, status$: Observable<SyncStatus>): Promise<boolean> {
  if ((await readDeskSettings(db))?.serverUrl === undefined) return true;
  // The desk's sync stopped first (a revoked desk wiped, the app closing): not in this session.
  const synced = await firstValueFrom(status$.pipe(filter((status) => status.phase === 'synced')), { defaultValue: null });
  return synced !== null;
}

const running = new WeakMap<WaslDatabase, HeldCopyPurge>();

/** The app's purge: one per database, for the life of the page. */
export function startAppHeldCopyPurge(db: WaslDatabase, status$: Observable<SyncStatus>): HeldCopyPurge {
  let purge = running.get(db);
  if (!purge) {
    purge = watchHeldCopies(db, (error) => console.error('held copies: not purged yet (tried again at the next start)', error), deskInStep(db, status$));
    running.set(db, purge);
  }
  return purge;
}
