import type { Page } from '@playwright/test';

/**
 * Rewrites every stored document of a collection straight in IndexedDB (RxDB's Dexie database of
 * the collection, store 'docs'), behind the app's back: what someone editing the database files
 * would do. Returns how many documents were changed.
 */
export async function rewriteStoredDocs(page: Page, collection: string, patch: Record<string, unknown>): Promise<number> {
  return page.evaluate(
    async ({ suffix, patch }) => {
      const wait = <T>(request: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      let changed = 0;
      for (const info of await indexedDB.databases()) {
        if (!info.name?.endsWith(suffix)) continue;
        const db = await wait(indexedDB.open(info.name));
        if (db.objectStoreNames.contains('docs')) {
          const store = db.transaction('docs', 'readwrite').objectStore('docs');
          for (const row of (await wait(store.getAll())) as Record<string, unknown>[]) {
            await wait(store.put({ ...row, ...patch }));
            changed++;
          }
        }
        db.close();
      }
      return changed;
    },
    { suffix: `--${collection}`, patch },
  );
}

/**
 * Writes `count` copies of the first stored document of a collection straight into IndexedDB (RxDB's
 * Dexie store 'docs'), each patched by `patch(index)`: volume for a test without making each document
 * through the screens. The encrypted fields are left out: their sealed value is bound to the document it
 * was written for (encryption-webcrypto.ts), so on a copy it would rightly fail to open. The app sees
 * the copies after a reload.
 */
export async function copyStoredDoc(page: Page, collection: string, count: number, patch: (index: number) => Record<string, unknown>): Promise<number> {
  const patches = Array.from({ length: count }, (_, index) => patch(index));
  return page.evaluate(
    async ({ suffix, patches }) => {
      const wait = <T>(request: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      let written = 0;
      for (const info of await indexedDB.databases()) {
        if (!info.name?.endsWith(suffix)) continue;
        const db = await wait(indexedDB.open(info.name));
        if (db.objectStoreNames.contains('docs')) {
          const store = db.transaction('docs', 'readwrite').objectStore('docs');
          const [stored] = (await wait(store.getAll())) as Record<string, unknown>[];
          const { _sealed: _bound, ...first } = stored ?? {};
          for (const fields of stored ? patches : []) {
            await wait(store.put({ ...first, ...fields }));
            written++;
          }
        }
        db.close();
      }
      return written;
    },
    { suffix: `--${collection}`, patches },
  );
}

/** Every stored row of a collection (RxDB's Dexie store 'docs'), tombstones included, read behind the app's back. */
export async function readStoredDocs(page: Page, collection: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(async (suffix) => {
    const wait = <T>(request: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const rows: Record<string, unknown>[] = [];
    for (const info of await indexedDB.databases()) {
      if (!info.name?.endsWith(suffix)) continue;
      const db = await wait(indexedDB.open(info.name));
      if (db.objectStoreNames.contains('docs')) rows.push(...((await wait(db.transaction('docs').objectStore('docs').getAll())) as Record<string, unknown>[]));
      db.close();
    }
    return rows;
  }, `--${collection}`);
}
