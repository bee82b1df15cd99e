/**
 * Name and file-number search over the index's `terms` without a scan.
 *
 * One word: read the first keys of its prefix range; they are already ranked (exact word
 * first, then by file number). Several words: the pair range of the last two words (the one
 * before the last complete, the last a prefix) is read the same way, earlier words checked
 * on the entries; after two complete words, a 1-2 letter last word (SHORT_PREFIX) is checked on
 * the entries of their pair instead. Only when that gives fewer than `limit` hits (words typed out of order, or
 * a trailing بن/بنت) does the general path run: probe each word's range for up to PROBE keys;
 * a word with fewer matches has a complete (small) set, which is fetched and checked for the
 * other words. When every word is common (all probes full), walk the most specific word's
 * range in ranked order and check the others, until enough hits or MAX_SCAN keys.
 * Ranking: every word must match; exact words score 2, prefixes 1; then file number.
 * Cost: an entry read costs far more than a key (measured in Chromium at 100k), so the pair range's
 * entries are read only as far as the hits need, and an earlier word matching few files filters
 * the candidate keys first; the hits are the same as reading whole batches. Entries read are kept
 * in memory until the next index write (search-index-cache.ts): the next keystroke re-reads them.
 */
import { isKnownCommon, readEntries, rememberCommon } from './search-index-cache';
import { byRank, rank, toHit, type SearchHit } from './search-index-rank';
import { FILE_PREFIX, pairKey, RANGE_END, serialKey, TERM_SEPARATOR, type SearchIndexDb } from './search-index-store';

export { scoreEntry, toHit, type SearchHit } from './search-index-rank';

const PROBE = 400;
const SCAN_BATCH = 400;
const MAX_SCAN = 6000;
/**
 * An earlier word matching fewer files than this has its whole set read (keys only) to filter the
 * pair range's candidates. Small: reading keys is cheap per key only in small ranges (measured in
 * Chromium: 400 keys ~1/40 the time of 4,000), and a common word's probe is read for nothing.
 */
const FILTER_KEYS = 200;
/** Entries read at least this many at a time (each read is one IndexedDB round trip). */
const MIN_CHUNK = 16;

const rangeOf = (db: SearchIndexDb, prefix: string) => db.entries.where('terms').between(prefix, prefix + RANGE_END, true, true);

function unique(keys: readonly string[]): string[] {
  return [...new Set(keys)];
}

const entriesOf = readEntries;

export async function searchFileNumber(db: SearchIndexDb, prefix: string, limit: number): Promise<SearchHit[]> {
  const ids = await rangeOf(db, FILE_PREFIX + prefix).limit(limit).primaryKeys();
  const entries = await entriesOf(db, ids);
  return entries.map((entry) => toHit(entry, entry.tokens.includes(FILE_PREFIX + prefix) ? 2 : 1));
}

/** Files whose sequence is exactly `serial` (no zeros), in file-number order: one key range. */
export async function searchFileSerial(db: SearchIndexDb, serial: string, limit: number): Promise<SearchHit[]> {
  const ids = await rangeOf(db, serialKey(serial) + TERM_SEPARATOR).limit(limit).primaryKeys();
  return (await entriesOf(db, ids)).map((entry) => toHit(entry, 2));
}

/** Connectors kept by nameQueryTokens only as the word being typed. */
const CONNECTORS: ReadonlySet<string> = new Set(['بن', 'بنت', 'ال']);

/**
 * A trailing prefix this short ("ا", "ال") matches nearly every file: after two complete words it
 * is checked on the entries of their pair range rather than read as the pair's second half (the
 * range of "فهد ا" holds every فهد before an ا-word, and the earlier word then matched a few of them).
 */
const SHORT_PREFIX = 2;

export async function searchNames(db: SearchIndexDb, words: readonly string[], limit: number): Promise<SearchHit[]> {
  if (words.length === 0) return [];
  if (words.length === 1) return searchOneWord(db, words[0] ?? '', limit);
  if (words.length >= 3 && (words[words.length - 1] ?? '').length <= SHORT_PREFIX) {
    const first = await searchPair(db, words, limit, words.length - 3);
    // Fewer: the words may stand in another order; the usual path completes the list.
    if (first.length >= limit) return first;
    const ids = new Set(first.map((hit) => hit.id));
    const more = await searchByLastPair(db, words, limit);
    return [...first, ...more.filter((hit) => !ids.has(hit.id))].sort(byRank).slice(0, limit);
  }
  return searchByLastPair(db, words, limit);
}

async function searchByLastPair(db: SearchIndexDb, words: readonly string[], limit: number): Promise<SearchHit[]> {
  const paired = await searchPair(db, words, limit, words.length - 2);
  if (paired.length >= limit) return paired;
  // "خالد بن": also the files of خالد (the بن may be the connector, not the start of بندر).
  const last = words[words.length - 1] ?? '';
  const more = CONNECTORS.has(last) ? await searchNames(db, words.slice(0, -1), limit) : await searchByProbes(db, words, limit);
  const ids = new Set(paired.map((hit) => hit.id));
  return [...paired, ...more.filter((hit) => !ids.has(hit.id))].slice(0, limit);
}

/** The pair range of words `at` and `at + 1`, ranked by the index; the other words checked on entries. */
async function searchPair(db: SearchIndexDb, words: readonly string[], limit: number, at: number): Promise<SearchHit[]> {
  const prefix = pairKey(words[at] ?? '', words[at + 1] ?? '');
  const checked = words.filter((_, i) => i !== at && i !== at + 1);
  // A short word's probe would be read for nothing (it matches too many files to filter by).
  const filters = completeSets(db, checked.filter((word) => word.length > SHORT_PREFIX));
  const seen = new Set<string>();
  const found: SearchHit[] = [];
  // Two words: every key of the pair range matches; a short prefix most; other words about a third.
  const firstShare = checked.length === 0 ? 1 : checked.every((word) => word.length <= SHORT_PREFIX) ? 3 / 4 : 1 / 3;
  const stats: ReadStats = { read: 0, matched: 0, firstShare };
  // Keys are read in growing batches, entries only as far as needed (takeInOrder). Each batch is a
  // round trip and a key costs little: with words to check, the first batch holds about two chunks
  // of entries (at 100k, "عبدالله محمد الع" read 80 keys, 75 entries, 5, 320 keys again, then 43).
  for (const keys of keyBatches(db, prefix, checked.length === 0 ? limit * 4 : limit * 8)) {
    const fresh = unique(await keys).filter((id) => !seen.has(id));
    for (const id of fresh) seen.add(id);
    const sets = await filters;
    await takeInOrder(db, fresh.filter((id) => sets.every((set) => set.has(id))), words, limit, found, stats);
    if (found.length >= limit) break;
  }
  return words.length === 2 ? found : found.sort(byRank);
}

/**
 * A range's keys in growing batches up to MAX_SCAN, each batch the keys after the previous one.
 * Each batch reads the range again from its start (one getAllKeys): Dexie serves an offset with
 * a cursor, one round trip per key, which cost 20-40 ms for 400 keys in Chromium at 100k, while
 * reading 480 keys from the start costs about what 80 did plus the 400 new ones.
 */
function* keyBatches(db: SearchIndexDb, prefix: string, first: number): Generator<Promise<string[]>> {
  for (let from = 0, to = Math.min(first, MAX_SCAN); from < to; from = to, to = Math.min(to * 4, MAX_SCAN)) {
    const [start, end] = [from, to];
    let full = true;
    yield rangeOf(db, prefix).limit(end).primaryKeys().then((keys) => {
      full = keys.length === end;
      return keys.slice(start);
    });
    if (!full) return;
  }
}

/**
 * Appends to `found`, in the order of `ids`, the entries matching every word until it holds
 * `limit`. An entry costs far more than a key, and each read is a round trip: a chunk is sized
 * by the share of entries matched so far, so a dense range reads about
 * `limit` entries and a sparse one a few chunks, not a fixed batch of 400.
 */
async function takeInOrder(db: SearchIndexDb, ids: readonly string[], words: readonly string[], limit: number, found: SearchHit[], seen: ReadStats): Promise<void> {
  for (let at = 0; at < ids.length && found.length < limit; ) {
    const share = seen.read === 0 ? seen.firstShare : Math.max(seen.matched / seen.read, 1 / 32);
    const chunk = ids.slice(at, at + Math.max(MIN_CHUNK, Math.ceil(((limit - found.length) / share) * 1.25)));
    at += chunk.length;
    const hits = rank(await entriesOf(db, chunk), words, limit - found.length, true);
    seen.read += chunk.length;
    seen.matched += hits.length;
    found.push(...hits);
  }
}

type ReadStats = { read: number; matched: number; firstShare: number };

/**
 * The complete sets of files matching each of these words, for the words matching fewer than
 * FILTER_KEYS files (keys only: no entry is read). A file outside one of them fails scoreEntry,
 * so filtering candidates by them first drops only entries that would be read for nothing. A word
 * found common is not probed again (search-index-cache.ts): at worst a filter is skipped.
 */
async function completeSets(db: SearchIndexDb, words: readonly string[]): Promise<Set<string>[]> {
  const probed = words.filter((word) => !isKnownCommon(db, word));
  const probes = await Promise.all(probed.map((word) => rangeOf(db, word).limit(FILTER_KEYS).primaryKeys()));
  probes.forEach((keys, i) => keys.length >= FILTER_KEYS && rememberCommon(db, probed[i] ?? ''));
  return probes.filter((keys) => keys.length < FILTER_KEYS).map((keys) => new Set(keys));
}

async function searchByProbes(db: SearchIndexDb, words: readonly string[], limit: number): Promise<SearchHit[]> {
  const probes = await Promise.all(words.map((word) => rangeOf(db, word).limit(PROBE).primaryKeys()));
  const complete = probes.filter((keys) => keys.length < PROBE).map((keys) => new Set(keys));
  if (complete.length === 0) return scanCommonWords(db, words, limit);
  // A file outside a word's complete set fails that word: the sets are intersected (keys only)
  // before an entry is read (at 10k, "بندر السب" read every السب file's entry for 14 hits).
  const [smallest, ...others] = complete.sort((a, b) => a.size - b.size);
  const ids = [...(smallest ?? [])].filter((id) => others.every((set) => set.has(id)));
  return rank(await entriesOf(db, ids), words, limit);
}

async function searchOneWord(db: SearchIndexDb, word: string, limit: number): Promise<SearchHit[]> {
  // A file matches one prefix through several tokens at most a few times: 4x covers it.
  let take = limit * 4;
  for (;;) {
    const keys = await rangeOf(db, word).limit(take).primaryKeys();
    const ids = unique(keys).slice(0, limit);
    if (ids.length === limit || keys.length < take) return rank(await entriesOf(db, ids), [word], limit, true);
    take *= 4;
  }
}

/** Every word common: walk the longest word's range (most specific) in ranked order. */
async function scanCommonWords(db: SearchIndexDb, words: readonly string[], limit: number): Promise<SearchHit[]> {
  const driver = words.reduce((a, b) => (b.length > a.length ? b : a));
  const seen = new Set<string>();
  const found: SearchHit[] = [];
  for (const keys of keyBatches(db, driver, SCAN_BATCH)) {
    const fresh = unique(await keys).filter((id) => !seen.has(id));
    for (const id of fresh) seen.add(id);
    found.push(...rank(await entriesOf(db, fresh), words, limit, true));
    if (found.length >= limit) break;
  }
  return found.sort(byRank).slice(0, limit);
}
