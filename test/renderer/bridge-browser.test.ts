import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { createBrowserBridge } from '../../renderer/src/bridge/browser-bridge';
import { getBridge } from '../../renderer/src/bridge/bridge';
import { KEYS_DB_NAME, deriveStorageSecret, loadOrCreateSecretKey } from '../../renderer/src/bridge/storage-secret';
import type { WaslBridge } from '../../shared/ipc/contract';

// A fresh, empty IndexedDB per test, and Node's real WebCrypto.
const env = () => ({ indexedDB: new IDBFactory(), crypto: globalThis.crypto });

describe('storage secret (browser build)', () => {
  it('is 64 hex characters, stable across calls and bridges on the same origin', async () => {
    const e = env();
    const first = await deriveStorageSecret(e);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(await deriveStorageSecret(e)).toBe(first);
    const bridge = createBrowserBridge(e);
    expect(await bridge.invoke('keys:get-storage-secret', undefined)).toEqual({ secret: first, protection: 'webcrypto' });
  });

  it('differs between origins (separate key databases)', async () => {
    expect(await deriveStorageSecret(env())).not.toBe(await deriveStorageSecret(env()));
  });

  it('keeps a non-extractable HMAC key as a CryptoKey in its own database', async () => {
    const e = env();
    const key = await loadOrCreateSecretKey(e);
    expect(key).toBeInstanceOf(CryptoKey);
    expect(key.extractable).toBe(false);
    expect(key.algorithm).toMatchObject({ name: 'HMAC' });
    await expect(e.crypto.subtle.exportKey('raw', key)).rejects.toThrow();
    const names = (await e.indexedDB.databases()).map((d) => d.name);
    expect(names).toEqual([KEYS_DB_NAME]);
  });

  it('settles on one key when two tabs open at once', async () => {
    const e = env();
    const [a, b] = await Promise.all([deriveStorageSecret(e), deriveStorageSecret(e)]);
    expect(a).toBe(b);
    expect(await deriveStorageSecret(e)).toBe(a);
  });

  it('is the HMAC-SHA-256 of the fixed label under the stored key', async () => {
    const e = env();
    const key = await loadOrCreateSecretKey(e);
    const mac = await e.crypto.subtle.sign('HMAC', key, new TextEncoder().encode('wasl-storage-secret-v1'));
    const hex = Buffer.from(mac).toString('hex');
    expect(await deriveStorageSecret(e)).toBe(hex);
  });
});

describe('browser bridge', () => {
  it('answers app:get-info as the browser shell with the package version', async () => {
    const info = await createBrowserBridge(env()).invoke('app:get-info', undefined);
    expect(info.shell).toBe('browser');
    expect(info.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(typeof info.platform).toBe('string');
  });

  it('accepts app:set-locale as a no-op and never fires events', async () => {
    const bridge = createBrowserBridge(env());
    await expect(bridge.invoke('app:set-locale', { locale: 'en' })).resolves.toBeUndefined();
    const unsubscribe = bridge.on('menu:command', () => { throw new Error('no events expected'); });
    expect(unsubscribe).toBeTypeOf('function');
    unsubscribe();
  });
});

describe('getBridge', () => {
  const g = globalThis as { window?: { wasl?: WaslBridge } };
  afterEach(() => { delete g.window; });

  it('returns the preload bridge when window.wasl exists', () => {
    const preload: WaslBridge = { invoke: () => Promise.reject(new Error('unused')), on: () => () => {} };
    g.window = { wasl: preload };
    expect(getBridge()).toBe(preload);
  });

  it('falls back to one browser bridge otherwise', () => {
    const a = getBridge();
    g.window = {};
    expect(getBridge()).toBe(a);
    expect(a.on).toBeTypeOf('function');
  });
});
