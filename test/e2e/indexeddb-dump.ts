import type { Page } from '@playwright/test';

/** Every string, number and byte run stored in every object store of every IndexedDB database of the origin. */
export async function dumpIndexedDb(page: Page): Promise<{ stores: string[]; text: string }> {
  return page.evaluate(async () => {
    const request = <T,>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const parts: string[] = [];
    const seen = new Set<unknown>();
    const walk = (value: unknown): void => {
      if (value === null || value === undefined) return;
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint') parts.push(String(value));
      else if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
        const bytes = value instanceof ArrayBuffer ? new Uint8Array(value) : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
        parts.push(new TextDecoder('utf-8', { fatal: false }).decode(bytes), String.fromCharCode(...bytes.slice(0, 65536)));
      } else if (typeof value === 'object' && !seen.has(value)) {
        seen.add(value);
        for (const [key, child] of Object.entries(value)) {
          parts.push(key);
          walk(child);
        }
      }
    };
    const stores: string[] = [];
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(info.name as string);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const name of Array.from(db.objectStoreNames)) {
        const store = db.transaction(name, 'readonly').objectStore(name);
        const [values, keys] = await Promise.all([request(store.getAll()), request(store.getAllKeys())]);
        stores.push(`${info.name}/${name}:${values.length}`);
        walk(values);
        walk(keys);
      }
      db.close();
    }
    return { stores, text: parts.join('\n') };
  });
}
