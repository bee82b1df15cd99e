import { afterEach, describe, expect, it } from 'vitest';
import { createWaslDatabase, type WaslDatabase } from '../../renderer/src/db/database';
import { readDeskSettings, writeDeskSettings, type DeskSettings } from '../../renderer/src/db/desk-settings';
import { DESK_ID, fakeDexieStorage, uniqueName } from './db-fixtures';

/** The desk's credentials in its settings are sealed with the at-rest key (real RxDB on Dexie). */
const SECRET = 'ef'.repeat(32);
const opened: WaslDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.remove()));
});

const settings: DeskSettings = {
  deskId: DESK_ID, associationName: 'جمعية كادي', deskName: 'مكتب الاستقبال', deskCode: 'RYD1', idleLockMinutes: 5, locale: 'ar',
  setupCompletedAt: '2026-03-01T08:00:00.000Z', serverUrl: 'https://sync.example.org', deskCredential: 'desk-credential-5f1c2a9e7b',
  session: { accountId: 'acc-1', accessToken: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhY2MtMSJ9.c2lnbmF0dXJl', accessExpiresAt: 1, refreshToken: 'refresh-token-8d7e6f5a4b3c', refreshExpiresAt: 2 },
};

async function open(): Promise<WaslDatabase> {
  const db = await createWaslDatabase({ name: uniqueName('wasl-sealed-'), storage: fakeDexieStorage(), password: SECRET });
  opened.push(db);
  return db;
}
const rawDesk = async (db: WaslDatabase) => JSON.stringify((await db.getLocal('desk'))?.toJSON().data);

describe('sealed desk credentials', () => {
  it('reads back equal, and nothing of them is stored in clear', async () => {
    const db = await open();
    await writeDeskSettings(db, settings);
    expect(await readDeskSettings(db)).toEqual(settings);
    const raw = await rawDesk(db);
    for (const secret of ['desk-credential-5f1c2a9e7b', 'refresh-token-8d7e6f5a4b3c', 'c2lnbmF0dXJl']) expect(raw).not.toContain(secret);
    // What is not secret stays readable (the desk code is printed on every file anyway).
    expect(raw).toContain('RYD1');
  });

  it('a seal changed on disk drops the credentials, keeps the desk set up (sign in again), never shows setup', async () => {
    const db = await open();
    await writeDeskSettings(db, settings);
    const data = (await db.getLocal('desk'))?.toJSON().data as Record<string, unknown>;
    const sealed = String(data.sealed);
    await db.upsertLocal('desk', { ...data, sealed: `${sealed.slice(0, -6)}AAAAAA` });
    const read = await readDeskSettings(db);
    expect(read?.deskCode).toBe('RYD1');
    expect(read?.session).toBeUndefined();
    expect(read?.deskCredential).toBeUndefined();
  });
});
