import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStorageSecretStore, StorageSecretUnavailableError, type StorageSecretOptions } from '../../electron/main/storage-secret';

import { fakeSafeStorage } from './fake-safe-storage';

vi.mock('electron', () => import('./electron-fake'));

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wasl-secret-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function options(overrides: Partial<StorageSecretOptions> = {}): StorageSecretOptions {
  return { filePath: join(dir, 'user-data', 'storage-secret.bin'), safeStorage: fakeSafeStorage(), platform: 'linux', warn: vi.fn(), ...overrides };
}

describe('storage secret', () => {
  it('creates 32 random bytes as hex, protected by the OS', async () => {
    const result = await createStorageSecretStore(options())();
    expect(result.secret).toMatch(/^[0-9a-f]{64}$/);
    expect(result.protection).toBe('os');
  });

  it('keeps the same secret across calls and across restarts, stored only encrypted', async () => {
    const shared = options();
    const first = await createStorageSecretStore(shared)();
    expect(await createStorageSecretStore(shared)()).toEqual(first);
    const again = createStorageSecretStore(shared);
    expect((await again()).secret).toBe((await again()).secret);
    const onDisk = await readFile(shared.filePath);
    expect(onDisk.toString('latin1')).not.toContain(first.secret);
    expect(onDisk.toString('hex')).not.toContain(first.secret);
  });

  it('gives concurrent first calls one secret', async () => {
    const get = createStorageSecretStore(options());
    const [a, b] = await Promise.all([get(), get()]);
    expect(a.secret).toBe(b.secret);
  });

  it('says basic_text and warns when Linux has no keyring', async () => {
    const warn = vi.fn();
    const result = await createStorageSecretStore(options({ safeStorage: fakeSafeStorage({ backend: 'basic_text' }), warn }))();
    expect(result.protection).toBe('basic_text');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('basic_text'));
  });

  it('refuses clearly when OS encryption is unavailable, and writes nothing', async () => {
    const opts = options({ safeStorage: fakeSafeStorage({ available: false }) });
    await expect(createStorageSecretStore(opts)()).rejects.toThrow(/not available on this machine/);
    await expect(readFile(opts.filePath)).rejects.toThrow(/ENOENT/);
  });

  it('never replaces a secret it cannot decrypt', async () => {
    const opts = options();
    await createStorageSecretStore(opts)();
    const before = await readFile(opts.filePath);
    // Another keychain (e.g. a reinstalled OS) cannot read the file.
    const stranger = options({ filePath: opts.filePath });
    await expect(createStorageSecretStore(stranger)()).rejects.toBeInstanceOf(StorageSecretUnavailableError);
    expect(await readFile(opts.filePath)).toEqual(before);
  });

  it('retries after a failure instead of caching it', async () => {
    const opts = options();
    await writeFile(join(dir, 'user-data'), 'a file where the folder should be');
    const get = createStorageSecretStore(opts);
    await expect(get()).rejects.toThrow();
    await rm(join(dir, 'user-data'));
    await expect(get()).resolves.toMatchObject({ protection: 'os' });
  });
});
