/**
 * A desk whose OS-kept key is gone (a new Windows profile, a reinstall, a keychain reset): its
 * database is still on disk, but the storage secret that opens it is not — the bridge says the stored
 * secret cannot be decrypted, or it made a new one and the database refuses it (RxDB's DB1: another
 * password created it). Nothing can read that data any more on this computer; what was synced is on
 * the server, what was backed up is in the backup. The desk says so (app/keys-gone-screen.tsx) and
 * only discards the unreadable databases after a confirmation naming them.
 */
import type { WaslBridge } from '@shared/ipc/contract';
import { DATABASE_NAME } from './database';
import { DESK_KEY_DB_NAME } from './desk-keys';
import { FILE_DATABASE_NAME } from './file-store';
import { SEARCH_INDEX_NAME } from './search-index';

type Inspectable = { code?: unknown; name?: unknown; message?: unknown; cause?: unknown };

export function isKeysGone(error: unknown): boolean {
  for (let item = error as Inspectable | undefined, depth = 0; item && typeof item === 'object' && depth < 6; item = item.cause as Inspectable | undefined, depth += 1) {
    if (item.code === 'DB1') return true;
    // The desktop bridge's refusal crosses IPC as text: "… StorageSecretUnavailableError: … could not be decrypted …".
    if (typeof item.message === 'string' && /StorageSecretUnavailableError[\s\S]*could not be decrypted/.test(item.message)) return true;
  }
  return false;
}

/** The desk's own IndexedDB databases on this computer (what discarding would delete). */
export async function unreadableDatabases(indexedDB: IDBFactory, name = DATABASE_NAME): Promise<string[]> {
  const own = new Set([SEARCH_INDEX_NAME, FILE_DATABASE_NAME, DESK_KEY_DB_NAME]);
  return (await indexedDB.databases()).map((info) => info.name ?? '').filter((db) => db.startsWith(`rxdb-dexie-${name}--`) || own.has(db));
}

function deleteDatabase(indexedDB: IDBFactory, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`could not delete ${name}`));
  });
}

/** Deletes the unreadable databases, then the keys that no longer open anything: the next start is a new desk. */
export async function discardUnreadableDesk(indexedDB: IDBFactory, bridge: WaslBridge, name = DATABASE_NAME): Promise<void> {
  for (const db of await unreadableDatabases(indexedDB, name)) await deleteDatabase(indexedDB, db);
  await bridge.invoke('keys:wipe', undefined);
}
