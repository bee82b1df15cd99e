/**
 * Reading a desk's IndexedDB behind the app's back (fake-indexeddb, as the desk fixtures open it): what is
 * really at rest, for the tests that prove something is, or is not, stored.
 */
import { indexedDB } from 'fake-indexeddb';

export function idbRequest<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** Every row of every store of the databases whose name holds `deskName` (and `part`, when given). */
export async function rawRows(deskName: string, part = ''): Promise<Record<string, unknown>[]> {
  const names = (await indexedDB.databases()).map((info) => info.name ?? '').filter((name) => name.includes(deskName) && name.includes(part));
  const rows: Record<string, unknown>[] = [];
  for (const name of names) {
    const db = await idbRequest(indexedDB.open(name));
    for (const store of [...db.objectStoreNames]) rows.push(...((await idbRequest(db.transaction(store, 'readonly').objectStore(store).getAll())) as Record<string, unknown>[]));
    db.close();
  }
  return rows;
}

/** The same rows as one text, to look for a value anywhere in them. */
export async function rawDump(deskName: string): Promise<string> {
  return JSON.stringify(await rawRows(deskName));
}
