import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createBrowserBridge } from '../../renderer/src/bridge/browser-bridge';
import { KEYS_DB_NAME } from '../../renderer/src/bridge/storage-secret';

describe('keys:wipe in the browser build', () => {
  it('deletes the key database and forgets the derived keys: the next ones are new', async () => {
    const env = { indexedDB: new IDBFactory(), crypto: globalThis.crypto };
    const bridge = createBrowserBridge(env);
    const { secret } = await bridge.invoke('keys:get-storage-secret', undefined);
    const { key } = await bridge.invoke('keys:get-blind-index-key', undefined);
    expect((await env.indexedDB.databases()).map((d) => d.name)).toEqual([KEYS_DB_NAME]);

    expect(await bridge.invoke('keys:wipe', undefined)).toEqual({ wiped: true });
    expect(await env.indexedDB.databases()).toEqual([]);
    expect((await bridge.invoke('keys:get-storage-secret', undefined)).secret).not.toBe(secret);
    expect((await bridge.invoke('keys:get-blind-index-key', undefined)).key).not.toBe(key);
  });
});
