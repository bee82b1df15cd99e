/**
 * The registry's search index: a Dexie database beside RxDB ('wasl-search-index', desk-local,
 * never synced), kept in step with the `beneficiaries` collection. Nothing loads every file at
 * start: the index persists, and start() only catches up on documents changed since the stored
 * checkpoint (RxDB's changed-documents-since query on the storage instance), then follows the
 * collection's change stream. So a file pulled from another desk is indexed when it arrives.
 */
import { getChangedDocumentsSince, type RxStorageDefaultCheckpoint } from 'rxdb/plugins/core';
import type { Subscription } from 'rxjs';
import type { BeneficiaryDoc } from '../../../shared/db/schemas/beneficiary.schema';
import { findDuplicatePairs, type DuplicatePair } from '../../../shared/registry/duplicate-pairs';
import { classifySearchQuery } from '../../../shared/registry/search-query';
import { validateNationalId } from '../../../shared/registry/national-id';
import { getBridge } from '../bridge/bridge';
import { createBlindHasher } from './blind-hash';
import { getDatabase, type WaslDatabase } from './database';
import { searchFileNumber, searchFileSerial, searchNames, toHit, type SearchHit } from './search-index-query';
import { entryOf, INDEX_FORMAT, nameBirthKeyOf, openIndexDb, type IndexEntry, type IndexStorageOptions } from './search-index-store';

export type { SearchHit } from './search-index-query';

export interface SearchIndex {
  /** Ranked hits for what was typed in the one search box (name, file number, full ID or mobile). */
  search(query: string, limit?: number): Promise<SearchHit[]>;
  /** Files with this national ID/Iqama (typed in any digits); [] when it is not a valid number. */
  findByNationalId(value: string): Promise<SearchHit[]>;
  /** Files with this normalized mobile `+9665XXXXXXXX`. */
  findByMobile(e164: string): Promise<SearchHit[]>;
  /** Files with this name key (arabicNameKey of the full name) and ISO birth date. */
  findByNameAndBirth(nameKey: string, birthDate: string): Promise<SearchHit[]>;
  /** Pairs of files sharing a national ID (merged files are not in the index), ids ascending. */
  duplicatePairs(): Promise<DuplicatePair[]>;
  /** Puts (or replaces) the entries of these documents; deleted and merged ones are removed. */
  indexDocs(docs: readonly BeneficiaryDoc[]): Promise<void>;
  /** Catches up from the stored checkpoint, then follows the collection. Idempotent. */
  start(): Promise<void>;
  close(): Promise<void>;
}

export const SEARCH_INDEX_NAME = 'wasl-search-index';
const CHECKPOINT = 'checkpoint';
const KEY_CHECK = 'key-check';
const CATCH_UP_BATCH = 1000;

export type SearchIndexOptions = Partial<IndexStorageOptions>;

type StoredDoc = BeneficiaryDoc & { _deleted?: boolean };

export function createSearchIndex(db: WaslDatabase, blindKey: string, options: SearchIndexOptions = {}): SearchIndex {
  const hasher = createBlindHasher(blindKey);
  const name = options.name ?? (db.name === 'wasl' ? SEARCH_INDEX_NAME : `${db.name}-search-index`);
  const store = openIndexDb({ ...options, name });
  const collection = db.beneficiaries;
  let subscription: Subscription | null = null;
  let started: Promise<void> | null = null;
  // Catch-ups run one after another; lookups wait for the one in flight so a duplicate check
  // never reads an index behind the collection it just wrote to.
  let syncing: Promise<void> = Promise.resolve();

  async function write(docs: readonly StoredDoc[]): Promise<void> {
    // A file merged into another leaves search and duplicate checks: its survivor stands for it.
    const gone = (doc: StoredDoc): boolean => doc._deleted === true || (doc.mergedInto ?? '') !== '';
    const removed = docs.filter(gone).map((doc) => doc.id);
    const kept: IndexEntry[] = docs.filter((doc) => !gone(doc)).map((doc) => entryOf(doc, hasher));
    await store.transaction('rw', store.entries, async () => {
      if (removed.length > 0) await store.entries.bulkDelete(removed);
      if (kept.length > 0) await store.entries.bulkPut(kept);
    });
  }

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

  function catchUp(): Promise<void> {
    const next = syncing.catch(() => undefined).then(catchUpOnce);
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

  async function hitsOf(ids: readonly string[]): Promise<SearchHit[]> {
    const entries = await store.entries.bulkGet([...new Set(ids)]);
    return entries.filter((entry): entry is IndexEntry => entry !== undefined).map((entry) => toHit(entry, 2));
  }

  async function lookup(index: 'idHash' | 'mobileHashes' | 'nameBirthKey', value: string): Promise<SearchHit[]> {
    await syncing.catch(() => undefined);
    return hitsOf(await store.entries.where(index).equals(value).primaryKeys());
  }

  const api: SearchIndex = {
    async search(query, limit = 20) {
      const classified = classifySearchQuery(query);
      switch (classified.kind) {
        case 'name':
          await syncing.catch(() => undefined);
          return searchNames(store, classified.tokens, limit);
        case 'file-number':
          await syncing.catch(() => undefined);
          return searchFileNumber(store, classified.prefix, limit);
        case 'file-serial':
          await syncing.catch(() => undefined);
          return searchFileSerial(store, classified.serial, limit);
        case 'national-id':
          return (await api.findByNationalId(classified.nationalId)).slice(0, limit);
        case 'mobile':
          return (await api.findByMobile(classified.mobile)).slice(0, limit);
        default:
          return [];
      }
    },
    async findByNationalId(value) {
      const id = validateNationalId(value);
      return id.ok ? lookup('idHash', hasher.nationalId(id.value.value)) : [];
    },
    findByMobile: (e164) => lookup('mobileHashes', hasher.mobile(e164)),
    async duplicatePairs() {
      await syncing.catch(() => undefined);
      // Keys only, in idHash order (no entry is read): fast at 100k files. One read transaction
      // keeps the two cursors over the same rows.
      const [hashes, ids] = await store.transaction('r', store.entries, () =>
        Promise.all([store.entries.orderBy('idHash').keys(), store.entries.orderBy('idHash').primaryKeys()]),
      );
      // Sorted by hash: only runs of equal neighbours can pair, so the rule sees those alone.
      const key = (i: number): string => String(hashes[i] ?? '');
      const repeated = ids.flatMap((id, i) => (key(i) === key(i - 1) || key(i) === key(i + 1) ? [{ id, key: key(i) }] : []));
      return findDuplicatePairs(repeated);
    },
    findByNameAndBirth: (nameKey, birthDate) => lookup('nameBirthKey', nameBirthKeyOf(nameKey, birthDate)),
    indexDocs: (docs) => write(docs),
    start() {
      started ??= (async () => {
        await checkKey();
        // Subscribe before catching up, so nothing written in between is missed.
        subscription = collection.$.subscribe(() => void catchUp().catch(reportSyncError));
        await catchUp();
      })();
      return started;
    },
    async close() {
      subscription?.unsubscribe();
      subscription = null;
      await syncing.catch(() => undefined);
      store.close();
    },
  };
  return api;
}

function reportSyncError(error: unknown): void {
  // The next change or the next start catches up from the stored checkpoint again.
  console.error('[wasl] search index catch-up failed', error);
}

let current: Promise<SearchIndex> | null = null;

/** The app's one search index over getDatabase(), started; memoised like getDatabase. */
export function getSearchIndex(): Promise<SearchIndex> {
  if (!current) {
    const opening = (async () => {
      const [db, key] = await Promise.all([getDatabase(), getBlindIndexKey()]);
      const index = createSearchIndex(db, key);
      await index.start();
      return index;
    })();
    current = opening;
    opening.catch(() => {
      if (current === opening) current = null;
    });
  }
  return current;
}

export async function closeSearchIndex(): Promise<void> {
  const opening = current;
  current = null;
  const index = await opening?.catch(() => null);
  await index?.close();
}

/** The desk's blind-index key (64 hex) from the bridge: safeStorage in Electron, WebCrypto in the browser. */
export async function getBlindIndexKey(): Promise<string> {
  return (await getBridge().invoke('keys:get-blind-index-key', undefined)).key;
}
