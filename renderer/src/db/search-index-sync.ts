/**
 * Keeping the search index in step with the `beneficiaries` collection: catch up on documents
 * changed since the stored checkpoint (RxDB's changed-documents-since query on the storage
 * instance), then follow the collection's change stream. Catch-ups run one after another.
 */
import { getChangedDocumentsSince, type RxStorageDefaultCheckpoint } from 'rxdb/plugins/core';
import type { Subscription } from 'rxjs';
import type { BeneficiaryDoc } from '../../../shared/db/schemas/beneficiary.schema';
import type { BlindHasher } from './blind-hash';
import type { WaslDatabase } from './database';
import { entryOf, INDEX_FORMAT, type IndexEntry, type SearchIndexDb } from './search-index-store';

const CHECKPOINT = 'checkpoint';
const KEY_CHECK = 'key-check';
const CATCH_UP_BATCH = 1000;

type StoredDoc = BeneficiaryDoc & { _deleted?: boolean };

export type IndexSync = {
  /** Resolves once the catch-up in flight is done (failed or not): lookups wait for it. */
  settled(): Promise<void>;
  /** Puts (or replaces) the entries of these documents; deleted and merged ones are removed. */
  write(docs: readonly StoredDoc[]): Promise<void>;
  /** Catches up from the stored checkpoint, then follows the collection. Idempotent. */
  start(): Promise<void>;
  /** Stops following and waits for the catch-up in flight. */
  stop(): Promise<void>;
};

async function writeEntries(store: SearchIndexDb, hasher: BlindHasher, docs: readonly StoredDoc[]): Promise<void> {
  // A file merged into another leaves search and duplicate checks: its survivor stands for it.
  const gone = (doc: StoredDoc): boolean => doc._deleted === true || (doc.mergedInto ?? '') !== '';
  const removed = docs.filter(gone).map((doc) => doc.id);
  const kept: IndexEntry[] = docs.filter((doc) => !gone(doc)).map((doc) => entryOf(doc, hasher));
  await store.transaction('rw', store.entries, async () => {
    if (removed.length > 0) await store.entries.bulkDelete(removed);
    if (kept.length > 0) await store.entries.bulkPut(kept);
  });
}

export function createIndexSync(store: SearchIndexDb, collection: WaslDatabase['beneficiaries'], hasher: BlindHasher): IndexSync {
  let subscription: Subscription | null = null;
  let started: Promise<void> | null = null;
  let syncing: Promise<void> = Promise.resolve();

  const write = (docs: readonly StoredDoc[]) => writeEntries(store, hasher, docs);

  async function catchUpOnce(): Promise<void> {
    let checkpoint = (await store.meta.get(CHECKPOINT))?.value as RxStorageDefaultCheckpoint | undefined;
    for (;;) {
      const batch = await getChangedDocumentsSince(collection.storageInstance, CATCH_UP_BATCH, checkpoint);
      if (batch.documents.length === 0) return;
      await write(batch.documents);
      checkpoint = batch.checkpoint as RxStorageDefaultCheckpoint;
      await store.meta.put({ key: CHECKPOINT, value: checkpoint });
      if (batch.documents.length < CATCH_UP_BATCH) return;
    }
  }

  /**
   * A catch-up waiting to start covers every change made before it starts: a bulk insert of 500
   * files emits 500 change events, and they share one catch-up instead of queueing 500 (each a
   * storage query) behind it.
   */
  let waiting: Promise<void> | null = null;
  function catchUp(): Promise<void> {
    if (waiting) return waiting;
    const next = syncing.catch(() => undefined).then(() => {
      waiting = null;
      return catchUpOnce();
    });
    waiting = next;
    syncing = next;
    return next;
  }

  /** A key (or an entry format) other than the one the index was built with makes lookups miss: rebuild. */
  async function checkKey(): Promise<void> {
    const check = `${INDEX_FORMAT}:${hasher.keyCheck()}`;
    const stored = (await store.meta.get(KEY_CHECK))?.value;
    if (stored === check) return;
    await store.transaction('rw', store.entries, store.meta, async () => {
      await store.entries.clear();
      await store.meta.clear();
      await store.meta.put({ key: KEY_CHECK, value: check });
    });
  }

  return {
    settled: () => syncing.catch(() => undefined),
    write,
    start() {
      started ??= (async () => {
        await checkKey();
        // Subscribe before catching up, so nothing written in between is missed.
        subscription = collection.$.subscribe(() => void catchUp().catch(reportSyncError));
        await catchUp();
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
  // The next change or the next start catches up from the stored checkpoint again.
  console.error('[wasl] search index catch-up failed', error);
}
