import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { createBlindHasher } from '../../renderer/src/db/blind-hash';
import { scoreEntry, searchNames } from '../../renderer/src/db/search-index-query';
import { entryOf, openIndexDb, pairKey, type IndexEntry, type SearchIndexDb } from '../../renderer/src/db/search-index-store';
import { countReads, type Reads } from './search-index-fixtures';
import type { BeneficiaryDoc } from '../../shared/db/schemas/beneficiary.schema';
import { formatHumanNumber } from '../../shared/numbers/human-number';
import { nameQueryTokens } from '../../shared/registry/arabic-name';
import { seededRandom } from '../../shared/random/seeded-random';

// Small pools, so multi-word prefixes match many files (dense pair ranges) and a few (rare words).
const FIRST = ['محمد', 'محمد', 'محمد', 'عبدالله', 'فهد', 'نورة', 'سارة', 'علي'];
const FATHER = ['محمد', 'فهد', 'عبدالله', 'صالح', 'خالد'];
const FAMILY = ['الشمري', 'الشهري', 'القحطاني', 'العتيبي', 'الغامدي', 'الدوسري'];
const LIMIT = 20;

const stores: SearchIndexDb[] = [];
afterEach(() => stores.splice(0).forEach((store) => store.close()));

const hasher = createBlindHasher('3c'.repeat(32));

/** The index entry of file number i with this name. */
function entryNamed(i: number, name: { first: string; father: string; grandfather: string; family: string }): IndexEntry {
  const doc = {
    id: `file-${String(i).padStart(4, '0')}`, name, fullName: `${name.first} ${name.father} ${name.grandfather} ${name.family}`,
    fileNumber: formatHumanNumber('file', { deskCode: 'RYD1', year: 2026, sequence: i + 1 }), nationalId: '1000000008',
    mobiles: [], birthDate: '1990-01-01', updatedAt: '2026-03-01T08:00:00.000Z',
  } as unknown as BeneficiaryDoc;
  return entryOf(doc, hasher);
}

async function seeded(count: number): Promise<{ store: SearchIndexDb; entries: IndexEntry[]; reads: Reads }> {
  const random = seededRandom(5);
  const pick = (list: readonly string[]) => list[Math.floor(random() * list.length)] ?? '';
  const entries = Array.from({ length: count }, (_, i) => entryNamed(i, { first: pick(FIRST), father: pick(FATHER), grandfather: pick(FATHER), family: pick(FAMILY) }));
  const store = openIndexDb({ name: `multiword-${Math.random()}`, indexedDB, IDBKeyRange });
  stores.push(store);
  const reads = countReads(store);
  await store.entries.bulkPut(entries);
  return { store, entries, reads };
}

describe('multi-word name search', () => {
  it('finds, keystroke by keystroke, only files matching every word, all of them up to the limit, ranked', async () => {
    const { store, entries } = await seeded(600);
    // (A trailing بن/بنت also lists the files of the words before it: tested in search-index.test.ts.)
    for (const query of ['محمد فهد الشمر', 'عبدالله محمد الع', 'نورة صالح خالد الشه', 'علي صالح الغام', 'محمد فهد ال']) {
      for (let i = query.indexOf(' ') + 2; i <= query.length; i++) {
        const words = nameQueryTokens(query.slice(0, i));
        if (words.length < 2) continue;
        const hits = await searchNames(store, words, LIMIT);
        const matching = entries.filter((entry) => scoreEntry(entry, words) > 0);
        const ids = hits.map((hit) => hit.id);
        expect(new Set(ids).size, query.slice(0, i)).toBe(ids.length);
        expect(ids.length, query.slice(0, i)).toBe(Math.min(LIMIT, matching.length));
        for (const hit of hits) expect(hit.score, `${query.slice(0, i)} ${hit.fullName}`).toBe(scoreEntry(entries.find((e) => e.id === hit.id) ?? { tokens: [] }, words));
        if (matching.length <= LIMIT) expect([...ids].sort(), query.slice(0, i)).toEqual(matching.map((entry) => entry.id).sort());
      }
    }
  });

  it('gives three-word hits ranked by score then file number, and the same hits whether the earlier word is rare or common', async () => {
    const { store, entries } = await seeded(600);
    const hits = await searchNames(store, nameQueryTokens('محمد فهد الش'), LIMIT);
    expect(hits.length).toBe(LIMIT);
    for (let i = 1; i < hits.length; i++) {
      const [a, b] = [hits[i - 1], hits[i]];
      expect(a && b && (a.score > b.score || (a.score === b.score && a.fileNumber < b.fileNumber))).toBe(true);
    }
    // A rare earlier word (its complete set filters the pair range's keys): every match found.
    const rare = nameQueryTokens('سارة صالح الغ');
    const expected = entries.filter((entry) => scoreEntry(entry, rare) > 0).map((entry) => entry.id).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(LIMIT);
    expect((await searchNames(store, rare, LIMIT)).map((hit) => hit.id).sort()).toEqual(expected);
  });

  it('finds words typed out of their order by reading only the entries of files having both', async () => {
    const { store, entries, reads } = await seeded(300);
    // سارة is a first name only: "صالح سارة" stands in no file in that order.
    const words = nameQueryTokens('صالح سارة');
    const expected = entries.filter((entry) => scoreEntry(entry, words) > 0).map((entry) => entry.id).sort();
    const sara = entries.filter((entry) => entry.tokens.includes('ساره')).length;
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(Math.min(LIMIT, sara));
    const hits = await searchNames(store, words, LIMIT);
    expect(hits.map((hit) => hit.id).sort()).toEqual(expected);
    // Not every سارة file's entry, only those of files with a صالح too.
    expect(reads.entriesRead).toBe(expected.length);
  });

  it('reads a common pair range in few round trips when an earlier word is in a fifth of its files', async () => {
    // Every file has محمد before العتيبي (one dense pair range); every fifth starts with عبدالله.
    const entries = Array.from({ length: 1000 }, (_, i) => entryNamed(i, { first: i % 5 === 0 ? 'عبدالله' : 'سعد', father: 'محمد', grandfather: 'ناصر', family: 'العتيبي' }));
    const store = openIndexDb({ name: `multiword-dense-${Math.random()}`, indexedDB, IDBKeyRange });
    stores.push(store);
    // Round trips to the pair range (a word's own probe, read beside it, is not counted).
    const reads = countReads(store, pairKey('محمد', ''));
    await store.entries.bulkPut(entries);
    const query = 'عبدالله محمد الع';
    // Typed letter by letter: the earlier keystrokes find عبدالله common (no probe of it is read again).
    for (let i = 1; i < query.length; i++) await searchNames(store, nameQueryTokens(query.slice(0, i)), LIMIT);
    reads.keyReads = 0;
    reads.entryReads = 0;
    const hits = await searchNames(store, nameQueryTokens(query), LIMIT);
    const expected = entries.filter((entry) => entry.fullName.startsWith('عبدالله')).slice(0, LIMIT).map((entry) => entry.id);
    expect(hits.map((hit) => hit.id)).toEqual(expected);
    // One read of the pair range's keys and two of entries (it was two and three: five round trips).
    expect({ keys: reads.keyReads, entries: reads.entryReads }).toEqual({ keys: 1, entries: 2 });
  });
});
