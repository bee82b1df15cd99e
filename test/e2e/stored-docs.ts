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
