/**
 * The registry's search index: a Dexie database beside RxDB ('wasl-search-index', desk-local,
 * never synced), kept in step with the `beneficiaries` collection (search-index-sync.ts). Nothing
 * loads every file at start: the index persists, and start() only catches up on documents changed
 * since the stored checkpoint, then follows the collection's change stream. So a file pulled from
 * another desk is indexed when it arrives.
 */
import type { BeneficiaryDoc } from '../../../shared/db/schemas/beneficiary.schema';
import { findDuplicatePairs, type DuplicatePair } from '../../../shared/registry/duplicate-pairs';
import { classifySearchQuery } from '../../../shared/registry/search-query';
import { validateNationalId } from '../../../shared/registry/national-id';
import { getBridge } from '../bridge/bridge';
import { createBlindHasher, type BlindHasher } from './blind-hash';
import { getDatabase, type WaslDatabase } from './database';
import { searchFileNumber, searchFileSerial, searchNames, toHit, type SearchHit } from './search-index-query';
import { nameBirthKeyOf, openIndexDb, type IndexEntry, type IndexStorageOptions, type SearchIndexDb } from './search-index-store';
import { createIndexSync, type IndexSync } from './search-index-sync';

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
  /**
   * Ids of the files sharing any of these keys with a list being imported (national IDs as 10
   * ASCII digits, normalized mobiles, name key + birth date): one query per kind, not per row.
   */
  findCandidates(keys: CandidateKeys): Promise<string[]>;
  /** Pairs of files sharing a national ID (merged files are not in the index), ids ascending. */
  duplicatePairs(): Promise<DuplicatePair[]>;
  /** Puts (or replaces) the entries of these documents; deleted and merged ones are removed. */
  indexDocs(docs: readonly BeneficiaryDoc[]): Promise<void>;
  /**
   * Resolves once the change bulks received so far are indexed: after a bulk write, every written
   * file is searchable (the index takes the documents from the change stream, so a bulk writer
   * need not index its documents a second time).
   */
  settled(): Promise<void>;
  /** Catches up from the stored checkpoint, then follows the collection. Idempotent. */
  start(): Promise<void>;
  close(): Promise<void>;
}

export interface CandidateKeys {
  nationalIds: readonly string[];
  mobiles: readonly string[];
  nameBirth: readonly { nameKey: string; birthDate: string }[];
}

export const SEARCH_INDEX_NAME = 'wasl-search-index';

export type SearchIndexOptions = Partial<IndexStorageOptions>;

export function createSearchIndex(db: WaslDatabase, blindKey: string, options: SearchIndexOptions = {}): SearchIndex {
  const hasher = createBlindHasher(blindKey);
  const name = options.name ?? (db.name === 'wasl' ? SEARCH_INDEX_NAME : `${db.name}-search-index`);
  const store = openIndexDb({ ...options, name });
  // Lookups wait for the bulks already received, so a duplicate check never reads an index
  // behind the collection it just wrote to (during a first sync: at most a page or two).
  const sync = createIndexSync(store, db.beneficiaries, hasher);
  const lookups = indexLookups(store, hasher, sync);
  return {
    ...lookups,
    indexDocs: (docs) => sync.write(docs),
    settled: () => sync.settled(),
    start: () => sync.start(),
    async close() {
      await sync.stop();
      store.close();
    },
  };
}

type Lookups = Omit<SearchIndex, 'indexDocs' | 'settled' | 'start' | 'close'>;

function indexLookups(store: SearchIndexDb, hasher: BlindHasher, sync: IndexSync): Lookups {
  async function lookup(index: 'idHash' | 'mobileHashes' | 'nameBirthKey', value: string): Promise<SearchHit[]> {
    await sync.settled();
    const ids = await store.entries.where(index).equals(value).primaryKeys();
    const entries = await store.entries.bulkGet([...new Set(ids)]);
    return entries.filter((entry): entry is IndexEntry => entry !== undefined).map((entry) => toHit(entry, 2));
  }
  const findByNationalId = async (value: string) => {
    const id = validateNationalId(value);
    return id.ok ? lookup('idHash', hasher.nationalId(id.value.value)) : [];
  };
  const findByMobile = (e164: string) => lookup('mobileHashes', hasher.mobile(e164));
  return {
    async search(query, limit = 20) {
      const classified = classifySearchQuery(query);
      if (classified.kind === 'national-id') return (await findByNationalId(classified.nationalId)).slice(0, limit);
      if (classified.kind === 'mobile') return (await findByMobile(classified.mobile)).slice(0, limit);
      await sync.settled();
      if (classified.kind === 'name') return searchNames(store, classified.tokens, limit);
      if (classified.kind === 'file-number') return searchFileNumber(store, classified.prefix, limit);
      if (classified.kind === 'file-serial') return searchFileSerial(store, classified.serial, limit);
      return [];
    },
    findByNationalId,
    findByMobile,
    findByNameAndBirth: (nameKey, birthDate) => lookup('nameBirthKey', nameBirthKeyOf(nameKey, birthDate)),
    async findCandidates(keys) {
      await sync.settled();
      const [byId, byMobile, byName] = await Promise.all([
        store.entries.where('idHash').anyOf(keys.nationalIds.map((id) => hasher.nationalId(id))).primaryKeys(),
        store.entries.where('mobileHashes').anyOf(keys.mobiles.map((mobile) => hasher.mobile(mobile))).primaryKeys(),
        store.entries.where('nameBirthKey').anyOf(keys.nameBirth.map((key) => nameBirthKeyOf(key.nameKey, key.birthDate))).primaryKeys(),
      ]);
      return [...new Set([...byId, ...byMobile, ...byName])];
    },
    async duplicatePairs() {
      await sync.settled();
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
  };
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
