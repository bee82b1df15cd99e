import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BLIND_INDEX_KEY_FILE, createBlindIndexKeyStore } from '../../electron/main/blind-index-key';
import { createStorageSecretStore, STORAGE_SECRET_FILE, StorageSecretUnavailableError } from '../../electron/main/storage-secret';

import { fakeSafeStorage } from './fake-safe-storage';

vi.mock('electron', () => import('./electron-fake'));

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wasl-blind-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('blind-index key', () => {
  it('is 32 random bytes as hex, stable across restarts, stored only encrypted in its own file', async () => {
    const safeStorage = fakeSafeStorage();
    const options = { filePath: join(dir, BLIND_INDEX_KEY_FILE), safeStorage, platform: 'linux' as const, warn: vi.fn() };
    const first = await createBlindIndexKeyStore(options)();
    expect(first.key).toMatch(/^[0-9a-f]{64}$/);
    expect(first.protection).toBe('os');
    expect(await createBlindIndexKeyStore(options)()).toEqual(first);
    const onDisk = await readFile(options.filePath);
    expect(onDisk.toString('latin1')).not.toContain(first.key);
    expect(onDisk.toString('hex')).not.toContain(first.key);
  });

  it('differs from the storage secret kept next to it', async () => {
    const safeStorage = fakeSafeStorage();
    const common = { safeStorage, platform: 'linux' as const, warn: vi.fn() };
    const { key } = await createBlindIndexKeyStore({ ...common, filePath: join(dir, BLIND_INDEX_KEY_FILE) })();
    const { secret } = await createStorageSecretStore({ ...common, filePath: join(dir, STORAGE_SECRET_FILE) })();
    expect(key).not.toBe(secret);
  });

  it('refuses, naming the blind-index key, when the file cannot be decrypted, and leaves it untouched', async () => {
    const filePath = join(dir, BLIND_INDEX_KEY_FILE);
    await writeFile(filePath, Buffer.from('not a safeStorage blob'));
    const get = createBlindIndexKeyStore({ filePath, safeStorage: fakeSafeStorage(), platform: 'linux', warn: vi.fn() });
    await expect(get()).rejects.toThrow(StorageSecretUnavailableError);
    await expect(get()).rejects.toThrow(/blind-index key/);
    expect((await readFile(filePath)).toString()).toBe('not a safeStorage blob');
  });

  it('refuses when OS encryption is unavailable', async () => {
    const get = createBlindIndexKeyStore({ filePath: join(dir, BLIND_INDEX_KEY_FILE), safeStorage: fakeSafeStorage({ available: false }), platform: 'linux', warn: vi.fn() });
    await expect(get()).rejects.toThrow(/blind-index key cannot be kept safely/);
  });
});
