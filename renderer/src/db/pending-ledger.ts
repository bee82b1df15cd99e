/**
 * The desk's own ledger of local writes the server has not acknowledged yet, for the pending
 * count of the sync status. Every write made through a collection (insert, save, remove: RxDB's
 * post hooks, which replication's own writes do not run) adds the document's id to its
 * collection's ledger, a local document of this desk's database (an insert or remove waits for it;
 * RxDB runs an incremental patch's hook without waiting, so its entry may land just after); the
 * push handler (sync/replicate-collection.ts) takes an id out once the server has acknowledged
 * the state the document still has. On disk, so the writes of an earlier session (a desk closed
 * while offline) still count when it opens again.
 */
import type { RxCollection, RxDatabase } from 'rxdb/plugins/core';
import { filter, type Observable } from 'rxjs';
import { jsonEqual } from '@shared/sync/deep-equal';

type Doc = Record<string, unknown>;
type LedgerData = { ids: string[] };
type Collection = RxCollection<Doc>;

const ledgerId = (collection: string) => `sync-pending-${collection}`;

/**
 * Ledger changes of one database, applied one after the other (each a read and a write). `seq`
 * numbers the local writes of this session and `lastWrite` holds, for each document still in the
 * ledger, the number of its latest write: an acknowledgement compares them (acknowledge()).
 */
type Writer = { chain: Promise<void>; adds: Map<string, Set<string>>; flush: Promise<void> | null; seq: number; lastWrite: Map<string, number> };
const writers = new WeakMap<RxDatabase, Writer>();
const writeKey = (collection: string, id: string) => `${collection}/${id}`;

function writerOf(db: RxDatabase): Writer {
  let writer = writers.get(db);
  if (!writer) {
    writer = { chain: Promise.resolve(), adds: new Map(), flush: null, seq: 0, lastWrite: new Map() };
    writers.set(db, writer);
  }
  return writer;
}

function inOrder(writer: Writer, step: () => Promise<void>): Promise<void> {
  const run = writer.chain.then(step);
  writer.chain = run.catch(() => undefined);
  return run;
}

export async function pendingIds(db: RxDatabase, collection: string): Promise<string[]> {
  const doc = await db.getLocal<LedgerData>(ledgerId(collection));
  const data: unknown = doc?.toJSON().data;
  return Array.isArray((data as LedgerData | undefined)?.ids) ? (data as LedgerData).ids : [];
}

async function change(db: RxDatabase, collection: string, next: (ids: Set<string>) => void): Promise<void> {
  // A write that resolved as the desk closed (sign-out wipe, a window shut): its ledger goes with the database.
  if (db.closed) return;
  const ids = new Set(await pendingIds(db, collection));
  const size = ids.size;
  next(ids);
  if (ids.size === size) return;
  try {
    await db.upsertLocal<LedgerData>(ledgerId(collection), { ids: [...ids] });
  } catch (error) {
    // Closing meanwhile: RxDB drops the local-document state first (LD8) and sets `closed` last;
    // this database always has local documents, so LD8 here means it is closing, and the ledger goes with it.
    if (db.closed || (error instanceof Error && 'code' in error && error.code === 'LD8')) return;
    throw error;
  }
}

/** Adds an id; the ids added in the same moment (a bulk insert) go in one ledger write. */
function markWritten(db: RxDatabase, collection: string, id: string): Promise<void> {
  const writer = writerOf(db);
  writer.seq += 1;
  writer.lastWrite.set(writeKey(collection, id), writer.seq);
  const ids = writer.adds.get(collection) ?? new Set<string>();
  writer.adds.set(collection, ids.add(id));
  writer.flush ??= inOrder(writer, async () => {
    const batch = writer.adds;
    writer.adds = new Map();
    writer.flush = null;
    for (const [name, added] of batch) await change(db, name, (all) => added.forEach((one) => all.add(one)));
  });
  return writer.flush;
}

/** Installs the hooks on every collection that replicates; once, when the database opens. */
export function trackLocalWrites(collections: readonly Collection[]): void {
  for (const collection of collections) {
    const primary = collection.schema.primaryPath as string;
    const mark = (data: Doc) => markWritten(collection.database, collection.name, String(data[primary]));
    collection.postInsert(mark, false);
    collection.postSave(mark, false);
    collection.postRemove(mark, false);
  }
}

const content = (doc: Doc) => Object.fromEntries(Object.entries(doc).filter(([key]) => !key.startsWith('_')));

/**
 * The server holds these states now (pushed and accepted, or its own state after a conflict):
 * a document whose local state is still the same is no longer pending. A document written again
 * meanwhile differs, and stays.
 */
export async function acknowledge(target: Collection, states: readonly Doc[]): Promise<void> {
  if (states.length === 0 || target.closed) return;
  const db = target.database;
  const writer = writerOf(db);
  const primary = target.schema.primaryPath as string;
  // Read before queueing: a collection read inside the ledger's queue could wait on a write whose
  // hook waits on that queue (a write resolves only once its ledger entry is written). A write landing
  // between this read and the queued step is therefore looked for by its number: its document stays.
  const readAfter = writer.seq;
  const current = await target.findByIds(states.map((state) => String(state[primary]))).exec();
  const settled = states
    .filter((state) => {
      const local = current.get(String(state[primary]));
      return local ? jsonEqual(content(local.toJSON()), content(state)) : state._deleted === true;
    })
    .map((state) => String(state[primary]));
  if (settled.length === 0) return;
  await inOrder(writer, async () => {
    // A desk closing (sign-out wipe, shutdown) while a push was answered: nothing left to note.
    if (target.closed) return;
    const unchanged = settled.filter((id) => (writer.lastWrite.get(writeKey(target.name, id)) ?? 0) <= readAfter);
    await change(db, target.name, (ids) => unchanged.forEach((id) => ids.delete(id)));
    for (const id of unchanged) writer.lastWrite.delete(writeKey(target.name, id));
  });
}

/**
 * Emits whenever a collection's ledger is written. The pending count is
 * recounted from here: a write's own change event comes before its ledger entry is stored, so a
 * count it triggers may still read the ledger without it.
 */
export function ledgerChanges$(target: Collection): Observable<unknown> {
  const id = ledgerId(target.name);
  // The database's change bulks, filtered synchronously: getLocal$ would run two async steps for every
  // document event of every collection, ~100,000 of them during a first sync, to find this rare write.
  return target.database.eventBulks$.pipe(filter((bulk) => bulk.isLocal && !bulk.collectionName && bulk.events.some((event) => event.documentId === id)));
}

/**
 * How many documents of a collection hold an unacknowledged local write. Documents that never
 * leave the desk (`keepLocal`: unedited seed entries) are taken out of the ledger instead.
 */
export async function countPending(target: Collection, keepLocal: (doc: Doc) => boolean): Promise<number> {
  const db = target.database;
  if (target.closed) return 0;
  const ids = await pendingIds(db, target.name);
  if (ids.length === 0) return 0;
  const current = await target.findByIds(ids).exec();
  const primary = target.schema.primaryPath as string;
  const stays = [...current.values()].map((doc) => doc.toJSON()).filter(keepLocal);
  if (stays.length === 0) return ids.length;
  await inOrder(writerOf(db), () => change(db, target.name, (all) => stays.forEach((doc) => all.delete(String(doc[primary])))));
  return ids.length - stays.length;
}
