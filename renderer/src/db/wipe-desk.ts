/**
 * Wiping a revoked desk (a lost or stolen laptop must not keep beneficiaries' data, policy 3.6b): the RxDB database with every
 * collection and the desk settings, then the desk-local IndexedDB databases beside it — the
 * search index, the file store, the desk's Ed25519 key, then the storage secret and blind-index key.
 * Whatever holds one of them open is closed first: IndexedDB will not delete an open database.
 */
import { getBridge } from '../bridge/bridge';
import type { WaslDatabase } from './database';
import { closeDatabase } from './database';
import { DESK_KEY_DB_NAME } from './desk-keys';
import { closeFileStore, FILE_DATABASE_NAME } from './file-store';
import { closeSearchIndex, SEARCH_INDEX_NAME } from './search-index';

export type WipeTargets = {
  db: WaslDatabase;
  /** the realm's IndexedDB (fake-indexeddb in Node tests) */
  indexedDB: IDBFactory;
  /** the other desk-local databases, by name */
  databases: readonly string[];
  /** closes whatever holds those databases open */
  close: () => Promise<void>;
};

function deleteDatabase(indexedDB: IDBFactory, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`could not delete ${name}`));
    // Blocked: another tab still holds it; it is deleted as soon as that one lets go.
    request.onblocked = () => undefined;
  });
}

export async function wipeDesk(targets: WipeTargets): Promise<void> {
  // Closing may fail on a half-broken store; the deletes below must run regardless.
  await targets.close().catch((error: unknown) => console.error('wipe: closing stores failed', error));
  const rxName = targets.db.name;
  // remove() closes the database and empties every collection's storage, local documents included;
  // the Dexie storage leaves the emptied IndexedDB databases behind, so they are deleted by name.
  await targets.db.remove();
  const leftovers = (await targets.indexedDB.databases()).map((info) => info.name ?? '').filter((name) => name.startsWith(`rxdb-dexie-${rxName}--`));
  const failures: unknown[] = [];
  for (const name of [...leftovers, ...targets.databases]) {
    await deleteDatabase(targets.indexedDB, name).catch((error: unknown) => failures.push(error));
  }
  if (failures.length > 0) throw new AggregateError(failures, 'wipe: some desk databases were not deleted');
}

/** The app's own desk: its database, search index, file store and keys. */
export function wipeAppDesk(db: WaslDatabase): Promise<void> {
  return wipeDesk({
    db,
    indexedDB: globalThis.indexedDB,
    databases: [SEARCH_INDEX_NAME, FILE_DATABASE_NAME, DESK_KEY_DB_NAME],
    close: async () => {
      await closeSearchIndex();
      await closeFileStore();
    },
  })
    // Last, once nothing encrypted with them is left: the storage secret and blind-index key
    // (safeStorage files in the desktop app, the WebCrypto key in the browser build).
    .then(() => getBridge().invoke('keys:wipe', undefined))
    .then(() => undefined)
    .finally(() => closeDatabase());
}
