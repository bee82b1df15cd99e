import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { getChangedDocumentsSince, type RxStorageDefaultCheckpoint } from 'rxdb/plugins/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../renderer/src/db/search-index';
import { openIndexDb } from '../../renderer/src/db/search-index-store';
import { saveBeneficiary } from '../../renderer/src/features/beneficiaries/data/save-beneficiary';
import type { BeneficiaryDoc } from '../../shared/db/schemas/beneficiary.schema';
import { completeNationalId } from '../../shared/registry/national-id';
import { BLIND_KEY, formInput, openDesk, type Desk } from './registry-fixtures';

const desks: Desk[] = [];
afterEach(async () => {
  await Promise.all(desks.splice(0).map((d) => d.close()));
});

async function deskWithTemplate(): Promise<{ d: Desk; template: BeneficiaryDoc }> {
  const d = await openDesk();
  desks.push(d);
  const saved = await saveBeneficiary(d.deps, formInput({ birthDate: '1990-01-01' }), { acknowledged: [] });
  if (!saved.ok) throw new Error(JSON.stringify(saved.error));
  return { d, template: saved.value };
}

/** The n-th pulled file: synthetic ID, mobile, number and a name of its own. */
function pulled(template: BeneficiaryDoc, n: number): BeneficiaryDoc {
  const first = `سلمى${'ا'.repeat(n % 3)}`;
  return {
    ...template,
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    fileNumber: `XY9-2026-${String(n).padStart(6, '0')}`,
    nationalId: completeNationalId(String(230_000_000 + n)),
    mobiles: [`+9665${String(70_000_000 + n)}`],
    name: { ...template.name, first, family: `الفريق${n}` },
    fullName: `${first} ${template.name.father} ${template.name.grandfather} الفريق${n}`,
  };
}

const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

async function storedCheckpoint(d: Desk): Promise<RxStorageDefaultCheckpoint | undefined> {
  const store = openIndexDb({ name: `${d.name}-search-index`, indexedDB, IDBKeyRange });
  try {
    return (await store.meta.get('checkpoint'))?.value as RxStorageDefaultCheckpoint | undefined;
  } finally {
    store.close();
  }
}

/** What a catch-up from the stored checkpoint would read: the writes the index has not taken yet. */
async function notYetIndexed(d: Desk): Promise<string[]> {
  const since = await getChangedDocumentsSince(d.db.beneficiaries.storageInstance, 1000, await storedCheckpoint(d));
  return since.documents.map((doc) => doc.id);
}

const idsOf = async (d: Desk, nationalId: string) => (await d.index.findByNationalId(nationalId)).map((hit) => hit.id);

describe('search index following the change stream', () => {
  it('indexes a pulled page from its change bulk and stores the bulk checkpoint with the entries', async () => {
    const { d, template } = await deskWithTemplate();
    const docs = range(1, 60).map((n) => pulled(template, n));
    // One bulk write, as the replication writes a pulled page.
    await d.db.beneficiaries.bulkInsert(docs);
    await d.index.settled();
    const last = docs.at(-1) as BeneficiaryDoc;
    expect(await idsOf(d, last.nationalId)).toEqual([last.id]);
    expect((await d.index.search(last.fileNumber)).map((hit) => hit.id)).toEqual([last.id]);
    expect((await d.index.search('الفريق60')).map((hit) => hit.id)).toEqual([last.id]);
    // The stored checkpoint is past every write: a start now would read nothing again.
    expect(await storedCheckpoint(d)).toBeDefined();
    expect(await notYetIndexed(d)).toEqual([]);
  });

  it('takes deleted and merged files out of the index as their bulks arrive', async () => {
    const { d, template } = await deskWithTemplate();
    const [a, b, c] = range(1, 3).map((n) => pulled(template, n)) as [BeneficiaryDoc, BeneficiaryDoc, BeneficiaryDoc];
    await d.db.beneficiaries.bulkInsert([a, b, c]);
    await (await d.db.beneficiaries.findOne(a.id).exec())?.remove();
    await (await d.db.beneficiaries.findOne(b.id).exec())?.incrementalPatch({ mergedInto: c.id });
    await d.index.settled();
    expect(await idsOf(d, a.nationalId)).toEqual([]);
    expect(await idsOf(d, b.nationalId)).toEqual([]);
    expect(await idsOf(d, c.nationalId)).toEqual([c.id]);
    expect(await notYetIndexed(d)).toEqual([]);
  });

  it('after a stop (or a crash), the catch-up at start reads only what was written while it was not following', async () => {
    const { d, template } = await deskWithTemplate();
    await d.db.beneficiaries.bulkInsert(range(1, 40).map((n) => pulled(template, n)));
    await d.index.settled();
    await d.index.close();
    const whileAway = range(41, 3).map((n) => pulled(template, n));
    for (const doc of whileAway) await d.db.beneficiaries.insert(doc);
    expect(await notYetIndexed(d)).toEqual(whileAway.map((doc) => doc.id));

    const again = createSearchIndex(d.db, BLIND_KEY, { indexedDB, IDBKeyRange });
    d.index = again;
    await again.start();
    for (const doc of whileAway) expect(await idsOf(d, doc.nationalId)).toEqual([doc.id]);
    expect(await idsOf(d, pulled(template, 1).nationalId)).toEqual([pulled(template, 1).id]);
    expect(await notYetIndexed(d)).toEqual([]);
  });

  it('misses nothing written while it subscribes and catches up', async () => {
    const { d, template } = await deskWithTemplate();
    await d.db.beneficiaries.bulkInsert(range(1, 30).map((n) => pulled(template, n)));
    await d.index.close();
    await d.db.beneficiaries.bulkInsert(range(31, 30).map((n) => pulled(template, n)));

    const again = createSearchIndex(d.db, BLIND_KEY, { indexedDB, IDBKeyRange });
    d.index = again;
    // Pages keep arriving while the index checks its key, subscribes and catches up.
    const writes = (async () => {
      for (let page = 0; page < 6; page++) await d.db.beneficiaries.bulkInsert(range(61 + page * 10, 10).map((n) => pulled(template, n)));
    })();
    await Promise.all([again.start(), writes]);
    await again.settled();
    for (const n of range(1, 120)) expect(await idsOf(d, pulled(template, n).nationalId)).toEqual([pulled(template, n).id]);
    expect(await notYetIndexed(d)).toEqual([]);
  });
});
