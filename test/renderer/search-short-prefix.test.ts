import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { createBlindHasher } from '../../renderer/src/db/blind-hash';
import { scoreEntry, searchNames } from '../../renderer/src/db/search-index-query';
import { entryOf, openIndexDb, pairKey, wordPairs, type IndexEntry, type SearchIndexDb } from '../../renderer/src/db/search-index-store';
import type { BeneficiaryDoc } from '../../shared/db/schemas/beneficiary.schema';
import { formatHumanNumber } from '../../shared/numbers/human-number';
import { nameQueryTokens } from '../../shared/registry/arabic-name';
import { seededRandom } from '../../shared/random/seeded-random';
import { countReads, type Reads } from './search-index-fixtures';

// Every family name starts with ال: a trailing "ا" or "ال" matches nearly every file.
const FIRST = ['محمد', 'محمد', 'محمد', 'عبدالله', 'فهد', 'نورة', 'سارة', 'علي'];
const FATHER = ['محمد', 'فهد', 'عبدالله', 'صالح', 'خالد'];
const FAMILY = ['الشمري', 'الشهري', 'القحطاني', 'العتيبي', 'الغامدي', 'الدوسري'];
const LIMIT = 20;
const hasher = createBlindHasher('3c'.repeat(32));

const stores: SearchIndexDb[] = [];
afterEach(() => stores.splice(0).forEach((store) => store.close()));

function docOf(i: number, name: BeneficiaryDoc['name']): BeneficiaryDoc {
  return {
    id: `file-${String(i).padStart(4, '0')}`, name, fullName: `${name.first} ${name.father} ${name.grandfather} ${name.family}`,
    fileNumber: formatHumanNumber('file', { deskCode: 'RYD1', year: 2026, sequence: i + 1 }), nationalId: '1000000008',
    mobiles: [], birthDate: '1990-01-01', updatedAt: '2026-03-01T08:00:00.000Z',
  } as unknown as BeneficiaryDoc;
}

/** 600 files in a real (fake-indexeddb) index; `work` counts the reads the database served. */
async function seeded(): Promise<{ store: SearchIndexDb; entries: IndexEntry[]; work: Reads }> {
  const random = seededRandom(9);
  const pick = (list: readonly string[]) => list[Math.floor(random() * list.length)] ?? '';
  const entries = Array.from({ length: 600 }, (_, i) => entryOf(docOf(i, { first: pick(FIRST), father: pick(FATHER), grandfather: pick(FATHER), family: pick(FAMILY) }), hasher));
  const store = openIndexDb({ name: `short-prefix-${Math.random()}`, indexedDB, IDBKeyRange });
  stores.push(store);
  const work = countReads(store);
  await store.entries.bulkPut(entries);
  return { store, entries, work };
}

const byFileNumber = (a: IndexEntry, b: IndexEntry) => (a.fileNumber < b.fileNumber ? -1 : 1);

describe('a very short trailing prefix after two complete words', () => {
  it('lists the files having the two words in that order, by file number, reading about one entry per hit', async () => {
    const { store, entries, work } = await seeded();
    const words = nameQueryTokens('محمد فهد ا');
    const expected = entries.filter((entry) => wordPairs(entry.fullName).includes(pairKey('محمد', 'فهد')) && scoreEntry(entry, words) > 0).sort(byFileNumber);
    expect(expected.length).toBeGreaterThan(LIMIT);
    work.entriesRead = 0;
    const hits = await searchNames(store, words, LIMIT);
    expect(hits.map((hit) => hit.id)).toEqual(expected.slice(0, LIMIT).map((entry) => entry.id));
    for (const hit of hits) expect(hit.score).toBe(5);
    // Bounded: not the pair range of "فهد ا" checked for محمد (over 60 entries read for 20 hits).
    expect(work.entriesRead).toBeLessThanOrEqual(2 * LIMIT);
    // Typing on ("ال") reads the same range start: the entries kept are not read again.
    work.entriesRead = 0;
    const next = await searchNames(store, nameQueryTokens('محمد فهد ال'), LIMIT);
    expect(next.map((hit) => hit.id)).toEqual(hits.map((hit) => hit.id));
    expect(work.entriesRead).toBe(0);
  });

  it('still finds every matching file when the words stand in another order, and shows a file as written since', async () => {
    const { store, entries } = await seeded();
    for (const query of ['صالح محمد ا', 'خالد علي ال', 'سارة صالح ا', 'فهد عبدالله ال', 'علي فهد ا']) {
      const words = nameQueryTokens(query);
      const hits = await searchNames(store, words, LIMIT);
      const matching = entries.filter((entry) => scoreEntry(entry, words) > 0);
      expect(hits.length, query).toBe(Math.min(LIMIT, matching.length));
      expect(new Set(hits.map((hit) => hit.id)).size, query).toBe(hits.length);
      for (const hit of hits) expect(hit.score, query).toBe(scoreEntry(entries.find((entry) => entry.id === hit.id) ?? { tokens: [] }, words));
      if (matching.length <= LIMIT) expect(hits.map((hit) => hit.id).sort(), query).toEqual(matching.map((entry) => entry.id).sort());
    }
    // A hit renamed after it was read (and kept): the next keystroke shows the new name, not the kept one.
    const [first] = await searchNames(store, nameQueryTokens('محمد فهد ا'), LIMIT);
    const name = { first: 'محمد', father: 'فهد', grandfather: 'عبدالرحمن', family: 'الحربي' };
    const renamed = entryOf(docOf(Number(first?.id.slice(-4)), name), hasher);
    expect(renamed.fullName).not.toBe(first?.fullName);
    await store.entries.put(renamed);
    const after = await searchNames(store, nameQueryTokens('محمد فهد ال'), LIMIT);
    expect(after[0]).toEqual({ ...first, fullName: renamed.fullName });
  });
});
