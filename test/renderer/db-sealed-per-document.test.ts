import { indexedDB } from 'fake-indexeddb';
import { getRxReplicationMetaInstanceSchema, type RxStorageInstance } from 'rxdb/plugins/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWaslDatabase, type WaslDatabase } from '../../renderer/src/db/database';
import { atRestKey, encryptValue, SEALED, wrappedKeyEncryptionWebCryptoStorage } from '../../renderer/src/db/encryption-webcrypto';
import { fakeDexieStorage, uniqueName } from './db-fixtures';

/**
 * The per-document form of the at-rest cipher (encryption-webcrypto.ts) on the real storage stack
 * (Dexie on fake-indexeddb): one sealed value per document, bound to it; the per-field form desks
 * already hold still opens, and is rewritten in the new form; the replication's meta copy.
 */
const SECRET = 'ef'.repeat(32);
const opened: WaslDatabase[] = [];
const instances: RxStorageInstance<unknown, unknown, unknown>[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.close()));
  await Promise.all(instances.splice(0).map((instance) => instance.close()));
});

type Row = Record<string, unknown>;
function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** The raw rows of one Dexie database of `dbName` whose name holds `part`, and a way to put rows back. */
async function rawStore(dbName: string, part: string) {
  const names = (await indexedDB.databases()).map((info) => info.name ?? '').filter((name) => name.includes(dbName) && name.includes(part));
  const idb = await request(indexedDB.open(names[0] as string));
  const store = [...idb.objectStoreNames].find((s) => s === 'docs') ?? (idb.objectStoreNames[0] as string);
  const rows = (await request(idb.transaction(store, 'readonly').objectStore(store).getAll())) as Row[];
  const put = async (...next: Row[]) => {
    const tx = idb.transaction(store, 'readwrite');
    for (const row of next) await request(tx.objectStore(store).put(row));
  };
  return { rows, put, close: () => idb.close() };
}

const DESKS = { mineDeskId: '6c1b0a2e-4f7d-4a55-9d8e-0f1e2d3c4b5a', theirsDeskId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', deskId: '6c1b0a2e-4f7d-4a55-9d8e-0f1e2d3c4b5a' };
const OPEN = { status: 'open', choice: '', resolvedBy: '', resolvedAt: '', detectedAt: '2026-03-01T08:00:00.000Z' };
const STAMP = { updatedAt: '2026-03-01T08:00:00.000Z', updatedBy: '3f6e2b1c-8a9d-4e7f-b6a5-1c2d3e4f5a6b' };
/** A conflict record (its base, mine and theirs are encrypted at rest) on a national ID. */
const conflict = (id: string, mine: string) => ({
  id, collectionName: 'beneficiaries', documentId: '00000000-0000-4000-8000-000000000001', field: 'nationalId',
  base: '', mine: JSON.stringify(mine), theirs: JSON.stringify('1098765439'), ...DESKS, ...OPEN, ...STAMP,
});
const MINE: Record<string, string> = { c1: '1087654321', c2: '1076543210' };

async function open(name: string): Promise<WaslDatabase> {
  const db = await createWaslDatabase({ name, storage: fakeDexieStorage(), password: SECRET });
  opened.push(db);
  return db;
}
async function close(db: WaslDatabase): Promise<void> {
  await db.close();
  opened.splice(opened.indexOf(db), 1);
}
/** Two conflict records written by a desk that is then closed, and their raw stored rows. */
async function storedPair(name: string) {
  const db = await open(name);
  await db.conflicts.bulkInsert(Object.entries(MINE).map(([id, mine]) => conflict(id, mine)) as never);
  await close(db);
  const raw = await rawStore(name, 'conflicts');
  const [c1, c2] = ['c1', 'c2'].map((id) => raw.rows.find((row) => row.id === id) as Row);
  return { raw, c1: c1 as Row, c2: c2 as Row };
}
const read = async (db: WaslDatabase, id: string) => (await db.conflicts.findOne(id).exec())?.toJSON() as Row | undefined;

describe('one sealed value per document', () => {
  it('takes the sensitive fields out of the stored document into one sealed value, which opens on no other document', async () => {
    const name = uniqueName('wasl-seal-');
    const { raw, c1, c2 } = await storedPair(name);
    for (const row of [c1, c2]) {
      expect(row?.[SEALED]).toMatch(/^g1:[A-Za-z0-9+/=]+$/);
      for (const field of ['base', 'mine', 'theirs']) expect(row).not.toHaveProperty(field);
      expect(row).toMatchObject({ field: 'nationalId', status: 'open' }); // the rest as plain as before
    }
    expect(JSON.stringify(raw.rows)).not.toContain('1087654321');
    // c1's sealed value copied onto c2: c2 no longer opens, c1 still does.
    await raw.put({ ...c2, [SEALED]: c1?.[SEALED] });
    raw.close();
    const again = await open(name);
    expect((await read(again, 'c1'))?.mine).toBe(JSON.stringify('1087654321'));
    await expect(again.conflicts.findOne('c2').exec()).rejects.toThrow();
  });

  it('refuses a sealed value changed on disk, and a sensitive field stored in clear beside it', async () => {
    const name = uniqueName('wasl-seal-tamper-');
    const { raw, c1, c2 } = await storedPair(name);
    const bytes = Buffer.from(String(c1?.[SEALED]).slice(3), 'base64');
    bytes[20] = (bytes[20] ?? 0) ^ 1;
    await raw.put({ ...c1, [SEALED]: `g1:${bytes.toString('base64')}` }, { ...c2, mine: JSON.stringify('1000000001') });
    raw.close();
    const again = await open(name);
    await expect(again.conflicts.findOne('c1').exec()).rejects.toThrow();
    await expect(again.conflicts.findOne('c2').exec()).rejects.toThrow();
  });

  it('opens a desk written in the per-field form, and writes its next change in the new form; a value neither form is refused', async () => {
    const name = uniqueName('wasl-seal-old-');
    const { raw } = await storedPair(name);
    // Rewritten as desks in the field hold them: each encrypted field its own "g1:" value, no sealed value.
    const key = await atRestKey(SECRET);
    const old = await Promise.all(
      raw.rows.map(async (row) => {
        const { [SEALED]: _sealed, ...rest } = row;
        const plain = conflict(String(row.id), MINE[String(row.id)] ?? '');
        return { ...rest, base: await encryptValue(key, plain.base), mine: await encryptValue(key, plain.mine), theirs: await encryptValue(key, plain.theirs) };
      }),
    );
    const [oldC1, oldC2] = old;
    await raw.put(oldC1 as Row, { ...oldC2, mine: JSON.stringify('1000000001') });
    raw.close();

    const again = await open(name);
    expect(await read(again, 'c1')).toMatchObject({ mine: JSON.stringify('1087654321'), theirs: JSON.stringify('1098765439'), base: '' });
    await expect(again.conflicts.findOne('c2').exec()).rejects.toThrow();
    await (await again.conflicts.findOne('c1').exec())?.incrementalPatch({ status: 'resolved', choice: 'mine' });
    await close(again);
    const after = await rawStore(name, 'conflicts');
    after.close();
    const c1 = after.rows.find((row) => row.id === 'c1');
    expect(c1?.[SEALED]).toMatch(/^g1:/);
    for (const field of ['base', 'mine', 'theirs']) expect(c1).not.toHaveProperty(field);
    const last = await open(name);
    expect(await read(last, 'c1')).toMatchObject({ mine: JSON.stringify('1087654321'), status: 'resolved' });
  });
});

/** Writes the pair while `listeners` listen, counting the real decrypt calls (passed through): none. */
async function insertWithoutDecrypting(db: WaslDatabase, listeners: { unsubscribe(): void }[]): Promise<void> {
  const decrypt = vi.spyOn(crypto.subtle, 'decrypt');
  try {
    await db.conflicts.bulkInsert(Object.entries(MINE).map(([id, mine]) => conflict(id, mine)) as never);
    expect(decrypt).not.toHaveBeenCalled();
  } finally {
    decrypt.mockRestore();
    listeners.forEach((listener) => listener.unsubscribe());
  }
}

describe('change events', () => {
  it('carry the plaintext just written, without opening the sealed values again', async () => {
    const db = await open(uniqueName('wasl-seal-events-'));
    const seen: Row[] = [];
    await insertWithoutDecrypting(db, [db.conflicts.$.subscribe((event) => seen.push(event.documentData as Row))]);
    expect(seen.map((doc) => doc.mine).sort()).toEqual([JSON.stringify('1076543210'), JSON.stringify('1087654321')]);
    expect(seen.every((doc) => !(SEALED in doc))).toBe(true);
  });
  it('open nothing for a second listener either (the replication upstream reads the same stream), while a copied sealed value is still refused', async () => {
    const name = uniqueName('wasl-seal-two-');
    const db = await open(name);
    const seen: Row[] = [];
    await insertWithoutDecrypting(db, [
      db.conflicts.$.subscribe(() => undefined),
      // The storage's own change stream, as replication-protocol/upstream.js subscribes to it.
      db.conflicts.storageInstance.changeStream().subscribe((bulk) => bulk.events.forEach((event) => seen.push(event.documentData as Row))),
    ]);
    expect(seen.map((doc) => doc.mine).sort()).toEqual([JSON.stringify('1076543210'), JSON.stringify('1087654321')]);
    // Still in this session: c1's sealed value copied onto c2 on disk is not taken for c2's.
    const raw = await rawStore(name, 'conflicts');
    const [c1, c2] = ['c1', 'c2'].map((id) => raw.rows.find((row) => row.id === id) as Row);
    await raw.put({ ...c2, [SEALED]: c1?.[SEALED] });
    raw.close();
    await expect(db.conflicts.storageInstance.findDocumentsById(['c2'], false)).rejects.toThrow();
  });
});

describe("the replication's meta copy", () => {
  const parent = {
    version: 0,
    primaryKey: 'id',
    type: 'object',
    properties: { id: { type: 'string', maxLength: 40 }, city: { type: 'string' }, nationalId: { type: 'string' }, notes: { type: 'string' } },
    required: ['id'],
    encrypted: ['nationalId', 'notes'],
  } as const;

  /** The parent's instance, then its meta instance, as replicateRxCollection opens them. */
  async function metaInstance(databaseName: string) {
    const storage = wrappedKeyEncryptionWebCryptoStorage({ storage: fakeDexieStorage() });
    const { fillWithDefaultSettings } = await import('rxdb/plugins/core');
    const schema = fillWithDefaultSettings(parent as never);
    const base = { databaseName, databaseInstanceToken: 'token', options: {}, multiInstance: false, devMode: false, password: SECRET } as const;
    const docs = await storage.createStorageInstance({ ...base, collectionName: 'people', schema } as never);
    const meta = await storage.createStorageInstance({ ...base, collectionName: 'rx-replication-meta-people', schema: getRxReplicationMetaInstanceSchema(schema, true) } as never);
    instances.push(docs as never, meta as never);
    return meta as unknown as RxStorageInstance<Row, unknown, unknown>;
  }
  const metaDoc = (docData: Row | undefined) => ({ id: 'p1|0', itemId: 'p1', isCheckpoint: '0', ...(docData ? { docData } : {}), _deleted: false, _rev: '1-a', _attachments: {}, _meta: { lwt: 1 } });

  it("seals only the parent's sensitive fields inside docData, and still opens a docData sealed whole", async () => {
    const name = uniqueName('wasl-meta-');
    const meta = await metaInstance(name);
    const docData = { id: 'p1', city: 'الرياض', nationalId: '1087654321', notes: 'سري جدا', _deleted: false };
    await meta.bulkWrite([{ document: metaDoc(docData) as never }], 'test');
    const raw = await rawStore(name, 'rx-replication-meta-people');
    const [row] = raw.rows;
    expect(row?.docData).toMatchObject({ id: 'p1', city: 'الرياض' });
    expect((row?.docData as Row)[SEALED]).toMatch(/^g1:/);
    expect(JSON.stringify(raw.rows)).not.toMatch(/1087654321|سري جدا/);
    expect((await meta.findDocumentsById(['p1|0'], true))[0]?.docData).toEqual(docData);

    // As desks wrote it before: the whole docData one value.
    await raw.put({ ...row, docData: await encryptValue(await atRestKey(SECRET), docData) });
    expect((await meta.findDocumentsById(['p1|0'], true))[0]?.docData).toEqual(docData);
    // In clear: refused.
    await raw.put({ ...row, docData });
    raw.close();
    await expect(meta.findDocumentsById(['p1|0'], true)).rejects.toThrow();
  });
});
