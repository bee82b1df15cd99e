/**
 * Keeping the search index in step with the `beneficiaries` collection. The index takes the
 * documents from the storage's change stream as they are written (a pulled page, a save): each
 * bulk carries its documents, already plain (the at-rest wrapper decrypted them once for RxDB),
 * and the storage checkpoint after them, stored with the entries. So a first sync is searchable
 * as pages arrive, and nothing is read (nor decrypted) a second time. Only at start does the
 * index catch up from the storage (RxDB's changed-documents-since query) on what was written
 * while it was not following: after a crash, or a write its last bulk did not get to store.
 *
 * The bulks come through `collection.eventBulks$`: RxDB's one subscription to the storage
 * instance's changeStream(), relayed with the same events and checkpoint. A subscription of our
 * own to storageInstance.changeStream() would run the wrapper's decryption of every event again.
 */
import { getChangedDocumentsSince, type RxChangeEventBulk, type RxStorageDefaultCheckpoint } from 'rxdb/plugins/core';
import type { Subscription } from 'rxjs';
import type { BeneficiaryDoc } from '../../../shared/db/schemas/beneficiary.schema';
import type { BlindHasher } from './blind-hash';
import type { WaslDatabase } from './database';
import { entryOf, INDEX_FORMAT, type IndexEntry, type SearchIndexDb } from './search-index-store';

const CHECKPOINT = 'checkpoint';
const KEY_CHECK = 'key-check';
const CATCH_UP_BATCH = 1000;
/** Bulks waiting are written together, up to about this many documents a transaction. */
const WRITE_BATCH = 2000;

type StoredDoc = BeneficiaryDoc & { _deleted?: boolean };
type Checkpoint = RxStorageDefaultCheckpoint;
type Bulk = Pick<RxChangeEventBulk<StoredDoc, Checkpoint>, 'events' | 'checkpoint' | 'isLocal'>;

export type IndexSync = {
  /** Resolves once the bulks received so far are indexed (failed or not): lookups wait for it. */
  settled(): Promise<void>;
  /** Puts (or replaces) the entries of these documents; deleted and merged ones are removed. */
  write(docs: readonly StoredDoc[]): Promise<void>;
  /** Catches up from the stored checkpoint, then follows the collection. Idempotent. */
  start(): Promise<void>;
  /** Stops following and waits for the work in flight. */
  stop(): Promise<void>;
};

/** Storage order of changes (RxDB's changed-documents-since sorts by last write time, then id). */
export function laterCheckpoint(a: Checkpoint | undefined, b: Checkpoint | undefined): Checkpoint | undefined {
  if (!a || !b) return a ?? b;
  if (a.lwt !== b.lwt) return a.lwt > b.lwt ? a : b;
  return a.id >= b.id ? a : b;
}

/** The last state of each document, in arrival order: a document written twice is indexed once. */
function lastStates(docs: readonly StoredDoc[]): StoredDoc[] {
  const byId = new Map<string, StoredDoc>();
  for (const doc of docs) {
    byId.delete(doc.id);
    byId.set(doc.id, doc);
  }
  return [...byId.values()];
}

/** Entries put and removed, and the checkpoint after them, in one transaction: a crash leaves neither. */
async function writeEntries(store: SearchIndexDb, hasher: BlindHasher, docs: readonly StoredDoc[], checkpoint?: Checkpoint): Promise<void> {
  // A file merged into another leaves search and duplicate checks: its survivor stands for it.
  const gone = (doc: StoredDoc): boolean => doc._deleted === true || (doc.mergedInto ?? '') !== '';
  const states = lastStates(docs);
  const removed = states.filter(gone).map((doc) => doc.id);
  const kept: IndexEntry[] = states.filter((doc) => !gone(doc)).map((doc) => entryOf(doc, hasher));
  await store.transaction('rw', store.entries, store.meta, async () => {
    if (removed.length > 0) await store.entries.bulkDelete(removed);
    if (kept.length > 0) await store.entries.bulkPut(kept);
    if (checkpoint) await store.meta.put({ key: CHECKPOINT, value: checkpoint });
  });
}

/** A bulk's documents as the index reads them: a deletion is the document marked deleted. */
function docsOf(bulk: Bulk): StoredDoc[] {
  return bulk.events.map((event) => (event.operation === 'DELETE' ? { ...event.documentData, _deleted: true } : event.documentData));
}

export function createIndexSync(store: SearchIndexDb, collection: WaslDatabase['beneficiaries'], hasher: BlindHasher): IndexSync {
  let subscription: Subscription | null = null;
  let started: Promise<void> | null = null;
  let syncing: Promise<void> = Promise.resolve();
  /** The checkpoint stored last (kept here so a bulk older than a catch-up never moves it back). */
  let stored: Checkpoint | undefined;
  /** A failed write leaves a gap: the next turn catches up from the stored checkpoint instead. */
  let gap = true;
  /** A write failed since the last lookup: the next lookup waits for a catch-up (not before start). */
  let behind = false;
  let waiting: Bulk[] = [];

  const write = (docs: readonly StoredDoc[]) => writeEntries(store, hasher, docs);

  async function catchUp(): Promise<void> {
    stored = (await store.meta.get(CHECKPOINT))?.value as Checkpoint | undefined;
    for (;;) {
      const batch = await getChangedDocumentsSince(collection.storageInstance, CATCH_UP_BATCH, stored);
      if (batch.documents.length === 0) return;
      const checkpoint = laterCheckpoint(stored, batch.checkpoint as Checkpoint);
      await writeEntries(store, hasher, batch.documents, checkpoint);
      stored = checkpoint;
      if (batch.documents.length < CATCH_UP_BATCH) return;
    }
  }

  /** Writes the bulks received so far, a few at a time, each group with its checkpoint. */
  async function drain(): Promise<void> {
    const bulks = waiting;
    waiting = [];
    if (gap) {
      // The catch-up reads everything after the stored checkpoint, these bulks included.
      await catchUp();
      gap = false;
      return;
    }
    for (let i = 0; i < bulks.length; ) {
      const group: StoredDoc[] = [];
      let checkpoint = stored;
      for (; i < bulks.length && group.length < WRITE_BATCH; i++) {
        const bulk = bulks[i] as Bulk;
        group.push(...docsOf(bulk));
        checkpoint = laterCheckpoint(checkpoint, bulk.checkpoint);
      }
      await writeEntries(store, hasher, group, checkpoint);
      stored = checkpoint;
    }
  }

  function turn(): Promise<void> {
    const next = syncing.catch(() => undefined).then(() =>
      drain().catch((error: unknown) => {
        gap = true;
        behind = true;
        throw error;
      }),
    );
    syncing = next;
    return next;
  }

  /** A key (or an entry format) other than the one the index was built with makes lookups miss: rebuild. */
  async function checkKey(): Promise<void> {
    const check = `${INDEX_FORMAT}:${hasher.keyCheck()}`;
    const value = (await store.meta.get(KEY_CHECK))?.value;
    if (value === check) return;
    await store.transaction('rw', store.entries, store.meta, async () => {
      await store.entries.clear();
      await store.meta.clear();
      await store.meta.put({ key: KEY_CHECK, value: check });
    });
  }

  return {
    // After a failed write the index is behind until it catches up: a lookup waits for that catch-up.
    settled() {
      // No wait for a bulk still on its way: the desk's own saves and merges index their files
      // directly (indexDocs), so a lookup after them finds them; every keystroke waits here.
      if (!behind) return syncing.catch(() => undefined);
      behind = false;
      return turn().catch(() => undefined);
    },
    write,
    start() {
      started ??= (async () => {
        await checkKey();
        // Following before the catch-up: a bulk written meanwhile waits behind it and is written
        // again (the same entries), never missed.
        subscription = collection.eventBulks$.subscribe((bulk: Bulk) => {
          if (bulk.isLocal) return;
          waiting.push(bulk);
          void turn().catch(reportSyncError);
        });
        await turn();
      })();
      return started;
    },
    async stop() {
      subscription?.unsubscribe();
      subscription = null;
      await syncing.catch(() => undefined);
    },
  };
}

function reportSyncError(error: unknown): void {
  // The next bulk, or the next start, catches up from the stored checkpoint.
  console.error('[wasl] search index update failed', error);
}
