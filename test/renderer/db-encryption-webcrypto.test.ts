import { indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { createWaslDatabase, type WaslDatabase } from '../../renderer/src/db/database';
import { atRestKey, decryptValue, encryptValue } from '../../renderer/src/db/encryption-webcrypto';
import { fakeDexieStorage, uniqueName } from './db-fixtures';

/**
 * The at-rest cipher (AES-GCM through WebCrypto) on the real storage stack: what lands in
 * IndexedDB, reading it back after a reopen, a wrong secret, and a value changed on disk.
 */
const SECRET = 'ab'.repeat(32);
const opened: WaslDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.close()));
});

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** The raw stored conflict records (their values are the encrypted fields here). */
async function rawRecords(dbName: string): Promise<{ idb: IDBDatabase; store: string; rows: Record<string, unknown>[] }> {
  const names = (await indexedDB.databases()).map((info) => info.name ?? '').filter((name) => name.includes(dbName) && name.includes('conflicts'));
  const idb = await request(indexedDB.open(names[0] as string));
  const store = [...idb.objectStoreNames].find((s) => s.endsWith('docs') || s === 'docs') ?? (idb.objectStoreNames[0] as string);
  const rows = (await request(idb.transaction(store, 'readonly').objectStore(store).getAll())) as Record<string, unknown>[];
  return { idb, store, rows };
}

const conflict = (id: string) => ({
  id,
  collectionName: 'beneficiaries',
  documentId: '00000000-0000-4000-8000-000000000001',
  field: 'nationalId',
  base: '',
  mine: JSON.stringify('1087654321'),
  mineDeskId: '6c1b0a2e-4f7d-4a55-9d8e-0f1e2d3c4b5a',
  theirs: JSON.stringify('1098765439'),
  theirsDeskId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  status: 'open',
  detectedAt: '2026-03-01T08:00:00.000Z',
  choice: '',
  resolvedBy: '',
  resolvedAt: '',
  updatedAt: '2026-03-01T08:00:00.000Z',
  updatedBy: '3f6e2b1c-8a9d-4e7f-b6a5-1c2d3e4f5a6b',
  deskId: '6c1b0a2e-4f7d-4a55-9d8e-0f1e2d3c4b5a',
});

describe('AES-GCM at rest', () => {
  it('a value round-trips; each encryption has its own IV; a changed byte fails instead of decrypting to garbage', async () => {
    const key = await atRestKey(SECRET);
    const value = { mobiles: ['+966551234567'], note: 'سري' };
    const [a, b] = [await encryptValue(key, value), await encryptValue(key, value)];
    expect(a).toMatch(/^g1:[A-Za-z0-9+/=]+$/);
    expect(a).not.toBe(b);
    expect(await decryptValue(key, a)).toEqual(value);
    const bytes = Buffer.from(a.slice(3), 'base64');
    bytes[20] = (bytes[20] ?? 0) ^ 1;
    await expect(decryptValue(key, `g1:${bytes.toString('base64')}`)).rejects.toThrow();
    await expect(decryptValue(await atRestKey('cd'.repeat(32)), a)).rejects.toThrow();
    await expect(decryptValue(key, '1087654321')).rejects.toThrow();
  });

  it('stores ciphertext only, and reads it back after the database is reopened with the same secret', async () => {
    const name = uniqueName('wasl-gcm-');
    const storage = fakeDexieStorage();
    const first = await createWaslDatabase({ name, storage, password: SECRET });
    opened.push(first);
    const doc = conflict('c1');
    await first.conflicts.insert(doc as never);
    const raw = await rawRecords(name);
    raw.idb.close();
    const stored = JSON.stringify(raw.rows);
    expect(stored).toContain('g1:');
    for (const secret of ['1087654321', '1098765439']) expect(stored).not.toContain(secret);
    await first.close();
    opened.pop();

    const again = await createWaslDatabase({ name, storage: fakeDexieStorage(), password: SECRET });
    opened.push(again);
    const read = (await again.conflicts.findOne('c1').exec())?.toJSON() as Record<string, unknown> | undefined;
    expect(read?.mine).toBe(JSON.stringify('1087654321'));
    expect(read?.theirs).toBe(JSON.stringify('1098765439'));
  });

  it('a record changed on disk is refused when read, not shown altered', async () => {
    const name = uniqueName('wasl-gcm-tamper-');
    const db = await createWaslDatabase({ name, storage: fakeDexieStorage(), password: SECRET });
    opened.push(db);
    await db.conflicts.insert(conflict('c2') as never);
    await db.close();
    opened.pop();
    const raw = await rawRecords(name);
    const row = raw.rows[0] as Record<string, unknown>;
    const mine = String(row.mine);
    const flipped = Buffer.from(mine.slice(3), 'base64');
    flipped[16] = (flipped[16] ?? 0) ^ 0xff;
    await request(raw.idb.transaction(raw.store, 'readwrite').objectStore(raw.store).put({ ...row, mine: `g1:${flipped.toString('base64')}` }));
    raw.idb.close();
    const reopened = await createWaslDatabase({ name, storage: fakeDexieStorage(), password: SECRET });
    opened.push(reopened);
    await expect(reopened.conflicts.findOne('c2').exec()).rejects.toThrow();
  });
});
