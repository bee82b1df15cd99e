import { indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createBrowserBridge } from '../../renderer/src/bridge/browser-bridge';
import { createWaslDatabase } from '../../renderer/src/db/database';
import { discardUnreadableDesk, isKeysGone, unreadableDatabases } from '../../renderer/src/db/keys-gone';
import { fakeDexieStorage, uniqueName } from './db-fixtures';

describe('a desk whose OS-kept key is gone', () => {
  it('is recognised (its database refuses the new secret), lists what discarding would delete, and starts over only when told', async () => {
    const name = uniqueName('wasl-gone-');
    const first = await createWaslDatabase({ name, storage: fakeDexieStorage(), password: 'a'.repeat(64) });
    await first.close();
    // The keychain lost the secret: the bridge makes a new one, and the database refuses it.
    const refused = await createWaslDatabase({ name, storage: fakeDexieStorage(), password: 'b'.repeat(64) }).then(() => null, (error: unknown) => error);
    expect(isKeysGone(refused)).toBe(true);
    expect(isKeysGone(new Error("Error invoking remote method 'keys:get-storage-secret': StorageSecretUnavailableError: The stored storage secret (x) could not be decrypted; it was left untouched."))).toBe(true);
    expect(isKeysGone(new Error('QuotaExceededError'))).toBe(false);

    const listed = await unreadableDatabases(indexedDB, name);
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((db) => db.startsWith(`rxdb-dexie-${name}--`) || db.startsWith('wasl-'))).toBe(true);
    // Nothing is deleted by looking: the database is still there.
    expect(await unreadableDatabases(indexedDB, name)).toEqual(listed);

    const bridge = createBrowserBridge({ indexedDB, crypto: globalThis.crypto });
    await discardUnreadableDesk(indexedDB, bridge, name);
    expect(await unreadableDatabases(indexedDB, name)).toEqual([]);
    // A new, empty desk opens with the new secret.
    const fresh = await createWaslDatabase({ name, storage: fakeDexieStorage(), password: 'b'.repeat(64) });
    expect(await fresh.beneficiaries.count().exec()).toBe(0);
    await fresh.close();
  });
});
