import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../renderer/src/db/search-index';
import { saveBeneficiary } from '../../renderer/src/features/beneficiaries/data/save-beneficiary';
import type { BeneficiaryFormInput } from '../../shared/registry/beneficiary-input';
import { completeNationalId } from '../../shared/registry/national-id';
import { BLIND_KEY, formInput, openDesk, type Desk } from './registry-fixtures';

const desks: Desk[] = [];
afterEach(async () => {
  await Promise.all(desks.splice(0).map((d) => d.close()));
});

let serial = 0;
/** Saves a file with a fresh synthetic ID and mobile; returns its id and number. */
async function add(d: Desk, name: BeneficiaryFormInput['name'], extra: Partial<BeneficiaryFormInput> = {}) {
  serial += 1;
  const result = await saveBeneficiary(
    d.deps,
    formInput({ name, nationalId: completeNationalId(String(100000000 + serial)), mobiles: [`05${String(60000000 + serial)}`], birthDate: '1990-01-01', ...extra }),
    { acknowledged: [] },
  );
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const names = (hits: { fullName: string }[]) => hits.map((hit) => hit.fullName);

describe('search index', () => {
  it('finds names written differently, ranks exact words before prefixes, then by file number', async () => {
    const d = await openDesk();
    desks.push(d);
    const a = await add(d, { first: 'عبدالله', father: 'محمد', grandfather: 'علي', family: 'الغامدي' });
    const b = await add(d, { first: 'عبدالرحمن', father: 'فهد', grandfather: 'سعد', family: 'القحطاني' });
    const c = await add(d, { first: 'فاطمة', father: 'عبد الله', grandfather: 'أحمد', family: 'الشهري' });
    const e = await add(d, { first: 'عبدالله', father: 'فهد', grandfather: 'سعد', family: 'القحطاني' });
    // "عبد ال" spacing, hamza and tashkeel folded; exact word first, then file number.
    expect(names(await d.index.search('عبدُ الله'))).toEqual([a.fullName, c.fullName, e.fullName]);
    // Only prefixes of "عبد": by token (عبدالرحمن sorts before عبدالله), then by file number.
    expect(names(await d.index.search('عبد'))).toEqual([b.fullName, a.fullName, c.fullName, e.fullName]);
    // Multi-word: every word must match; the last one as a prefix.
    expect(names(await d.index.search('عبدالله القح'))).toEqual([e.fullName]);
    expect(names(await d.index.search('فاطمه الشهر'))).toEqual([c.fullName]);
    // Three words (pair of the last two + the first checked), words out of order, a trailing بن.
    expect(names(await d.index.search('عبدالرحمن فهد سع'))).toEqual([b.fullName]);
    expect(names(await d.index.search('القحطاني عبدالله'))).toEqual([e.fullName]);
    expect(names(await d.index.search('فاطمة بن'))).toEqual([c.fullName]);
    expect(names(await d.index.search('محمد علي'))).toEqual([a.fullName]);
    expect(names(await d.index.search('احمد'))).toEqual([c.fullName]);
    expect(names(await d.index.search('غامدي'))).toEqual([a.fullName]);
    expect(await d.index.search('نورة')).toEqual([]);
    const hit = (await d.index.search('فاطمة'))[0];
    expect(hit).toEqual({ id: c.id, fileNumber: c.fileNumber, fullName: c.fullName, score: 2 });
    expect((await d.index.search('فاط'))[0]?.score).toBe(1);
  });

  it('finds by file-number prefix, full national ID in any digits, full mobile in any accepted form; not by partial numbers', async () => {
    const d = await openDesk();
    desks.push(d);
    const a = await add(d, { first: 'نورة', father: 'محمد', grandfather: 'علي', family: 'العتيبي' }, { mobiles: ['0551230001'], nationalId: completeNationalId('123456789') });
    const b = await add(d, { first: 'سارة', father: 'محمد', grandfather: 'علي', family: 'العتيبي' }, { mobiles: ['0551230002'] });
    expect((await d.index.search('kd1-2026')).map((h) => h.fileNumber)).toEqual([a.fileNumber, b.fileNumber]);
    expect((await d.index.search('KD1 ٢٠٢٦ ٠٠٠٠٠٢')).map((h) => h.id)).toEqual([b.id]);
    expect((await d.index.search('0551230001')).map((h) => h.id)).toEqual([a.id]);
    expect((await d.index.search('+966 55 123 0001')).map((h) => h.id)).toEqual([a.id]);
    const arabicId = completeNationalId('123456789').replace(/\d/g, (x) => String.fromCharCode(0x0660 + Number(x)));
    expect((await d.index.search(arabicId)).map((h) => h.id)).toEqual([a.id]);
    expect(await d.index.search('055123')).toEqual([]);
    expect(await d.index.search('12345')).toEqual([]);
    expect(await d.index.findByNationalId('1234567890')).toEqual([]);
  });

  it("finds a file by its number's serial alone, with or without the zeros, and not by a serial it only starts with", async () => {
    const d = await openDesk();
    desks.push(d);
    const files = [];
    for (let i = 1; i <= 11; i++) files.push(await add(d, { first: 'ريم', father: 'محمد', grandfather: 'علي', family: 'الحربي' }, { birthDate: `1990-01-${String(i).padStart(2, '0')}` }));
    const [first, , , , , , , , , tenth] = files;
    expect((await d.index.search('000001')).map((h) => h.fileNumber)).toEqual([first?.fileNumber]);
    expect((await d.index.search('1')).map((h) => h.id)).toEqual([first?.id]);
    expect((await d.index.search('١٠')).map((h) => h.id)).toEqual([tenth?.id]);
    expect(await d.index.search('000012')).toEqual([]);
  });

  it('indexes files arriving from elsewhere on arrival, and catches up at start from its checkpoint', async () => {
    const d = await openDesk();
    desks.push(d);
    const a = await add(d, { first: 'هيفاء', father: 'محمد', grandfather: 'علي', family: 'الزهراني' });
    // A pulled file: written to the collection directly, as replication does.
    const pulled = { ...a, id: '00000000-0000-4000-8000-00000000aaaa', fileNumber: 'XY9-2026-000007', nationalId: completeNationalId('199999999'), mobiles: ['+966599999999'], name: { ...a.name, first: 'ريم' }, fullName: 'ريم محمد علي الزهراني' };
    await d.db.beneficiaries.insert(pulled);
    await expect.poll(async () => names(await d.index.search('ريم'))).toEqual(['ريم محمد علي الزهراني']);
    expect((await d.index.findByMobile('+966599999999')).map((h) => h.id)).toEqual([pulled.id]);

    // Index closed (app shut); a file arrives and another is deleted; the next start catches up.
    await d.index.close();
    await d.db.beneficiaries.insert({ ...pulled, id: '00000000-0000-4000-8000-00000000bbbb', fileNumber: 'XY9-2026-000008', nationalId: completeNationalId('188888888'), mobiles: [], name: { ...a.name, first: 'لمى' }, fullName: 'لمى محمد علي الزهراني' });
    await (await d.db.beneficiaries.findOne(a.id).exec())?.remove();
    const again = createSearchIndex(d.db, BLIND_KEY, { indexedDB, IDBKeyRange });
    d.index = again;
    await again.start();
    expect(names(await again.search('الزهراني'))).toEqual(['ريم محمد علي الزهراني', 'لمى محمد علي الزهراني']);
    expect(await again.findByNationalId(a.nationalId)).toEqual([]);
  });

  it('rebuilds from the collection when the blind-index key changed', async () => {
    const d = await openDesk();
    desks.push(d);
    const a = await add(d, { first: 'مها', father: 'محمد', grandfather: 'علي', family: 'الحربي' });
    await d.index.close();
    const other = createSearchIndex(d.db, 'ab'.repeat(32), { indexedDB, IDBKeyRange });
    d.index = other;
    await other.start();
    expect((await other.findByNationalId(a.nationalId)).map((h) => h.id)).toEqual([a.id]);
    expect(names(await other.search('مها'))).toEqual([a.fullName]);
  });
});
