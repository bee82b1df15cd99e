import { firstValueFrom, filter } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { createWaslDatabase, type WaslDatabase } from '../../renderer/src/db/database';
import { readDeskSettings, watchDeskSettings, writeDeskSettings, type DeskSettings } from '../../renderer/src/db/desk-settings';
import { COLLECTION_BUDGET, COLLECTIONS } from '../../shared/db/collections';
import { DESK_ID, fakeDexieStorage, staffDoc, uniqueName } from './db-fixtures';

const open: WaslDatabase[] = [];
async function create(name = uniqueName('wasl-test-'), password?: string) {
  const db = await createWaslDatabase({ name, storage: fakeDexieStorage(), password });
  open.push(db);
  return db;
}
// Always close: the free tier allows 13 open collections per realm.
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.close()));
});

const desk: DeskSettings = {
  deskId: DESK_ID,
  associationName: 'جمعية قادي',
  deskName: 'الاستقبال',
  deskCode: 'KD1',
  idleLockMinutes: 5,
  locale: 'ar',
  setupCompletedAt: '2025-06-01T08:00:00.000Z',
};

describe('createWaslDatabase', () => {
  it('keeps within the collection budget', () => {
    expect(Object.keys(COLLECTIONS).length).toBeLessThanOrEqual(COLLECTION_BUDGET);
  });

  it('creates the desk collections on Dexie and stores staff', async () => {
    const db = await create();
    expect(Object.keys(db.collections).sort()).toEqual(Object.keys(COLLECTIONS).sort());
    await db.staff.insert(staffDoc());
    const found = await db.staff.findOne({ selector: { username: 'admin' } }).exec();
    expect(found?.toJSON()).toMatchObject({ displayName: 'مدير المكتب', roles: ['admin'], lockedUntil: null });
  });

  it('refuses documents that break the schema (validation on in development and tests)', async () => {
    const db = await create();
    await expect(db.staff.insert(staffDoc({ roles: ['janitor' as 'admin'] }))).rejects.toThrow();
    await expect(db.staff.insert({ ...staffDoc(), extra: 1 } as ReturnType<typeof staffDoc>)).rejects.toThrow();
    expect(await db.staff.count().exec()).toBe(0);
  });

  it('keeps data across close and reopen, and refuses a different password', async () => {
    const name = uniqueName('wasl-persist-');
    const first = await create(name, 'a-long-storage-secret');
    await first.staff.insert(staffDoc());
    await first.close();
    const again = await create(name, 'a-long-storage-secret');
    expect(await again.staff.count().exec()).toBe(1);
    await again.close();
    await expect(createWaslDatabase({ name, storage: fakeDexieStorage(), password: 'another-long-secret' })).rejects.toThrow();
  });
});

describe('desk settings (local document)', () => {
  it('reads null before setup, then what was written', async () => {
    const db = await create();
    expect(await readDeskSettings(db)).toBeNull();
    await writeDeskSettings(db, desk);
    expect(await readDeskSettings(db)).toEqual(desk);
  });

  it('refuses invalid settings and leaves nothing behind', async () => {
    const db = await create();
    await expect(writeDeskSettings(db, { ...desk, deskCode: 'k' })).rejects.toThrow(TypeError);
    await expect(writeDeskSettings(db, { ...desk, idleLockMinutes: 0 })).rejects.toThrow(TypeError);
    await expect(writeDeskSettings(db, { ...desk, associationName: ' ' })).rejects.toThrow(TypeError);
    expect(await readDeskSettings(db)).toBeNull();
  });

  it('emits changes to watchers', async () => {
    const db = await create();
    const seen = firstValueFrom(watchDeskSettings(db).pipe(filter((s) => s?.locale === 'en')));
    await writeDeskSettings(db, desk);
    await writeDeskSettings(db, { ...desk, locale: 'en' });
    expect(await seen).toEqual({ ...desk, locale: 'en' });
  });

  it('is not a collection document (never synced)', async () => {
    const db = await create();
    await writeDeskSettings(db, desk);
    expect(await db.staff.count().exec()).toBe(0);
    expect(await db.audit.count().exec()).toBe(0);
  });
});
