/**
 * In the desktop app the renderer gets the storage secret and the blind-index key from main over IPC
 * (window.wasl, the preload's bridge) and keeps them in memory only: after a registration, a stored file
 * and the search index, no IndexedDB database, localStorage or sessionStorage holds either key in any
 * form. (The browser build keeps its key in IndexedDB; the shell says so.)
 */
import 'fake-indexeddb/auto';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { WaslBridge } from '../../shared/ipc/contract';
import { closeDatabase, getDatabase } from '../../renderer/src/db/database';
import { closeFileStore, putFile } from '../../renderer/src/db/file-store';
import { closeSearchIndex, getSearchIndex } from '../../renderer/src/db/search-index';
import { saveBeneficiary } from '../../renderer/src/features/beneficiaries/data/save-beneficiary';
import { staffDoc } from './db-fixtures';
import { ACTOR, DESK, formInput, NOW } from './registry-fixtures';

const SECRET = 'c0ffee'.repeat(10) + '0123';
const BLIND_KEY = 'b1ad'.repeat(16);

/** What the preload exposes: every call goes to main over IPC; the answers are main's (safeStorage). */
const calls: string[] = [];
const desktopBridge = {
  invoke: async (channel: string) => {
    calls.push(channel);
    if (channel === 'keys:get-storage-secret') return { secret: SECRET, protection: 'os' };
    if (channel === 'keys:get-blind-index-key') return { key: BLIND_KEY, protection: 'os' };
    if (channel === 'app:get-info') return { version: '1', shell: 'electron', platform: 'linux' };
    throw new Error(`unexpected channel ${channel}`);
  },
  on: () => () => undefined,
} as unknown as WaslBridge;

/** A Storage that keeps what is written, to be searched afterwards. */
function recordingStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, String(v)),
  };
}
const local = recordingStorage();
const session = recordingStorage();
vi.stubGlobal('window', { wasl: desktopBridge, localStorage: local, sessionStorage: session });
vi.stubGlobal('localStorage', local);
vi.stubGlobal('sessionStorage', session);

afterAll(async () => {
  await closeSearchIndex();
  await closeFileStore();
  await closeDatabase();
  vi.unstubAllGlobals();
});

/** Every form a 64-hex key could be stored in, as text to look for in the dump. */
function forms(hex: string): string[] {
  const raw = Buffer.from(hex, 'hex');
  return [hex, hex.toUpperCase(), raw.toString('base64'), raw.toString('base64url'), raw.toString('latin1'), Buffer.from(hex).toString('base64')];
}

/** One text holding every key and value of every store of every IndexedDB database (bytes as hex and latin1). */
async function dumpIndexedDb(): Promise<string> {
  const parts: string[] = [];
  const text = (value: unknown): string =>
    JSON.stringify(value, (_k, v: unknown) => {
      if (v instanceof ArrayBuffer || ArrayBuffer.isView(v)) {
        const bytes = Buffer.from(v instanceof ArrayBuffer ? v : v.buffer.slice(v.byteOffset, v.byteOffset + v.byteLength));
        return `${bytes.toString('hex')} ${bytes.toString('latin1')}`;
      }
      return v;
    }) ?? '';
  for (const { name } of await indexedDB.databases()) {
    if (!name) continue;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(name);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    for (const storeName of Array.from(db.objectStoreNames)) {
      const store = db.transaction(storeName, 'readonly').objectStore(storeName);
      const [keys, values] = await Promise.all(
        [store.getAllKeys(), store.getAll()].map((req) => new Promise<unknown>((resolve) => (req.onsuccess = () => resolve(req.result)))),
      );
      const blobs = (values as unknown[]).flatMap((v) => Object.values(v ?? {}).filter((f): f is Blob => f instanceof Blob));
      for (const blob of blobs) parts.push(Buffer.from(await blob.arrayBuffer()).toString('hex'));
      parts.push(`${name}/${storeName}`, text(keys), text(values));
    }
    db.close();
  }
  return parts.join('\n');
}

describe('desktop renderer: keys from IPC, never persisted', () => {
  it('opens the desk with the keys main sends and writes neither into IndexedDB or web storage', async () => {
    const db = await getDatabase();
    expect(db.password).toBe(SECRET);
    const index = await getSearchIndex();
    let clock = NOW.getTime();
    const saved = await saveBeneficiary({ db, index, actor: ACTOR, desk: DESK, now: () => new Date((clock += 1000)) }, formInput(), { acknowledged: [] });
    expect(saved.ok).toBe(true);
    expect((await putFile(new TextEncoder().encode('%PDF-1.4 synthetic').buffer, 'id.pdf', 'application/pdf')).ok).toBe(true);
    expect(calls).toEqual(expect.arrayContaining(['keys:get-storage-secret', 'keys:get-blind-index-key']));

    const dump = await dumpIndexedDb();
    // The dump did read the desk's databases: documents, files, search index.
    for (const name of ['rxdb-dexie-wasl--', 'wasl-files/', 'wasl-search-index']) expect(dump).toContain(name);
    for (const form of [...forms(SECRET), ...forms(BLIND_KEY)]) expect(dump.includes(form), form).toBe(false);
    expect(local.length + session.length).toBe(0);
    expect(await indexedDB.databases()).not.toContainEqual(expect.objectContaining({ name: 'wasl-keys' }));
  });

  it('would notice a key written into IndexedDB (the search is not blind)', async () => {
    const db = await getDatabase();
    await db.staff.insert({ ...staffDoc(), displayName: `x ${Buffer.from(SECRET, 'hex').toString('base64')}` });
    // Staff names are stored in the clear: the planted form must be found.
    const dump = await dumpIndexedDb();
    expect(forms(SECRET).some((form) => dump.includes(form))).toBe(true);
  });
});
