import { afterEach, describe, expect, it } from 'vitest';
import { applySavedMapping, recogniseColumns, toSavedMapping } from '../../shared/import/column-mapping';
import { IMPORT_MAPPING_ID, readSavedMapping, writeSavedMapping } from '../../renderer/src/features/import/data/saved-mapping';
import { openDesk, type Desk } from './registry-fixtures';

let desk: Desk | null = null;
afterEach(async () => {
  await desk?.close();
  desk = null;
});

describe('the saved column mapping', () => {
  it('is kept on the desk and maps next month’s file with its columns moved; a damaged value is ignored', async () => {
    desk = await openDesk();
    expect(await readSavedMapping(desk.db)).toBeNull();
    const headers = ['رقم السجل', 'الاسم', 'الجوال'];
    const byHand = { columns: { ...recogniseColumns(headers).columns, nationalId: 0 }, defaults: { city: 'جدة', categoryKey: 'widows' } };
    await writeSavedMapping(desk.db, toSavedMapping(headers, byHand));
    const saved = await readSavedMapping(desk.db);
    expect(applySavedMapping(['الجوال', 'الاسم', 'رقم السجل'], saved)).toEqual({ columns: { mobile: 0, fullName: 1, nationalId: 2 }, defaults: { city: 'جدة', categoryKey: 'widows' } });
    await desk.db.upsertLocal(IMPORT_MAPPING_ID, { headers: 'broken', defaults: {} });
    expect(await readSavedMapping(desk.db)).toBeNull();
  });
});
