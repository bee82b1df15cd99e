/**
 * The desk-local search index's storage: a Dexie database apart from RxDB, never synced.
 * It holds what search needs without loading any beneficiary document: display name, file
 * number, name tokens, and keyed hashes of the national ID and mobiles (never the values).
 *
 * Index design (the reason search stays fast at 100k files):
 * - `terms` (multiEntry) holds each name token as `token \u0001 fileKey`, and the file number
 *   as `f:fileKey`. A prefix query is one key range; inside it, exact matches (`token\u0001…`)
 *   sort before longer tokens, and equal tokens sort by file number: the first keys of the range
 *   are already the best-ranked, so a query reads `limit` keys, not every match.
 * - Multi-word queries: `terms` also holds every ordered pair of the name's words (a before b)
 *   as `a \u0002 b \u0001 fileKey`. "فهد القح" is then one range (`فهد\u0002القح`), ranked like a
 *   single word, instead of an intersection of two large sets (both words are common).
 * - `tokens` keeps the plain tokens (unindexed) to check the other words of a multi-word query.
 * - `terms` also holds the file number's sequence without its zeros as `s:serial \u0001 fileKey`,
 *   so "000123" or "123" read off a paper is one exact range (any desk, any year).
 */
import { Dexie, type EntityTable } from 'dexie';
import { nameQueryTokens, nameTokens } from '../../../shared/registry/arabic-name';
import { parseHumanNumber } from '../../../shared/numbers/human-number';
import { normalizeFileNumberQuery } from '../../../shared/registry/file-number';
import { nameKeyOfParts } from '../../../shared/registry/name-parts';
import type { BeneficiaryDoc } from '../../../shared/db/schemas/beneficiary.schema';
import type { BlindHasher } from './blind-hash';
import { forgetEntriesOnWrite } from './search-index-cache';

export interface IndexEntry {
  id: string;
  fullName: string;
  fileNumber: string;
  /** Plain name tokens and `f:` + file key. */
  tokens: string[];
  /** Indexed (multiEntry) sort keys, see the module comment. */
  terms: string[];
  idHash: string;
  mobileHashes: string[];
  /** arabicNameKey(full name) + '|' + birth date. */
  nameBirthKey: string;
  updatedAt: string;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export const TERM_SEPARATOR = '\u0001';
export const PAIR_SEPARATOR = '\u0002';
/** Keeps pairs out of single-word ranges (name tokens are Arabic, never start with 'p:'). */
export const PAIR_PREFIX = 'p:';
export const FILE_PREFIX = 'f:';
export const SERIAL_PREFIX = 's:';
/** Bumped when entries gain or change terms: a stored index of another format is rebuilt. */
export const INDEX_FORMAT = 2;
/** Above every character a token can hold: the upper bound of a prefix range. */
export const RANGE_END = '\uffff';

export type SearchIndexDb = Dexie & {
  entries: EntityTable<IndexEntry, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
};

export interface IndexStorageOptions {
  name: string;
  /** fake-indexeddb in Node tests; the realm's IndexedDB otherwise. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

export function openIndexDb(options: IndexStorageOptions): SearchIndexDb {
  const dexie = new Dexie(options.name, {
    ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
    ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
  }) as SearchIndexDb;
  dexie.version(1).stores({
    entries: 'id, *terms, idHash, *mobileHashes, nameBirthKey',
    meta: 'key',
  });
  forgetEntriesOnWrite(dexie);
  return dexie;
}

export const nameBirthKeyOf = (nameKey: string, birthDate: string): string => `${nameKey}|${birthDate}`;

export function entryOf(doc: BeneficiaryDoc, hasher: BlindHasher): IndexEntry {
  const fileKey = normalizeFileNumberQuery(doc.fileNumber);
  const names = nameTokens(doc.fullName);
  return {
    id: doc.id,
    fullName: doc.fullName,
    fileNumber: doc.fileNumber,
    tokens: [...names, FILE_PREFIX + fileKey],
    terms: [...names, ...wordPairs(doc.fullName), ...serialTerm(doc.fileNumber)].map((token) => token + TERM_SEPARATOR + fileKey).concat(FILE_PREFIX + fileKey),
    idHash: hasher.nationalId(doc.nationalId),
    mobileHashes: doc.mobiles.map((mobile) => hasher.mobile(mobile)),
    nameBirthKey: nameBirthKeyOf(nameKeyOfParts(doc.name), doc.birthDate),
    updatedAt: doc.updatedAt,
  };
}

export const pairKey = (a: string, b: string): string => `${PAIR_PREFIX}${a}${PAIR_SEPARATOR}${b}`;

export const serialKey = (serial: string): string => SERIAL_PREFIX + serial;

function serialTerm(fileNumber: string): string[] {
  const parts = parseHumanNumber('file', fileNumber);
  return parts ? [serialKey(String(parts.sequence))] : [];
}

/** Ordered pairs of the name's words (connectors left out), each once: `a \u0002 b`. */
export function wordPairs(fullName: string): string[] {
  // A trailing space marks the last word complete, so connectors are dropped from all words.
  const words = nameQueryTokens(`${fullName} `);
  const pairs = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < words.length; j++) pairs.add(pairKey(words[i] ?? '', words[j] ?? ''));
  }
  return [...pairs];
}
