import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createBrowserBridge } from '../../renderer/src/bridge/browser-bridge';
import { BLIND_INDEX_LABEL, loadOrCreateSecretKey } from '../../renderer/src/bridge/storage-secret';

const env = () => ({ indexedDB: new IDBFactory(), crypto: globalThis.crypto });

describe('blind-index key (browser build)', () => {
  it('is HMAC-SHA-256 of wasl-blind-index-v1 under the stored non-extractable key', async () => {
    const e = env();
    const bridge = createBrowserBridge(e);
    const answer = await bridge.invoke('keys:get-blind-index-key', undefined);
    expect(answer.protection).toBe('webcrypto');
    expect(answer.key).toMatch(/^[0-9a-f]{64}$/);
    const key = await loadOrCreateSecretKey(e);
    const mac = await e.crypto.subtle.sign('HMAC', key, new TextEncoder().encode(BLIND_INDEX_LABEL));
    expect(answer.key).toBe(Buffer.from(mac).toString('hex'));
  });

  it('differs from the storage secret, is stable per origin and differs between origins', async () => {
    const e = env();
    const bridge = createBrowserBridge(e);
    const { key } = await bridge.invoke('keys:get-blind-index-key', undefined);
    const { secret } = await bridge.invoke('keys:get-storage-secret', undefined);
    expect(key).not.toBe(secret);
    expect((await createBrowserBridge(e).invoke('keys:get-blind-index-key', undefined)).key).toBe(key);
    expect((await createBrowserBridge(env()).invoke('keys:get-blind-index-key', undefined)).key).not.toBe(key);
  });
});
