import { access, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BLIND_INDEX_KEY_FILE } from '../../electron/main/blind-index-key';
import { createIpcHandlers } from '../../electron/main/ipc-handlers';
import { createKeyStores } from '../../electron/main/key-stores';
import { STORAGE_SECRET_FILE } from '../../electron/main/storage-secret';
import { validateIpcRequest } from '../../shared/ipc/validate';

import { fakeSafeStorage } from './fake-safe-storage';

vi.mock('electron', () => import('./electron-fake'));

const safeStorage = fakeSafeStorage();

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wasl-keys-'));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

const exists = (file: string) => access(join(dir, file)).then(() => true, () => false);

describe('key stores of a revoked desk (keys:wipe)', () => {
  it('deletes both key files and forgets the keys: the next start of the desk gets new ones', async () => {
    const keys = createKeyStores(dir, { safeStorage, platform: 'linux', warn: () => {} });
    const secret = (await keys.getStorageSecret()).secret;
    const blind = (await keys.getBlindIndexKey()).key;
    expect(await exists(STORAGE_SECRET_FILE)).toBe(true);
    expect(await exists(BLIND_INDEX_KEY_FILE)).toBe(true);

    const handlers = createIpcHandlers({ version: '1', platform: 'linux', setLocale: vi.fn(), ...keys, pdf: { save: vi.fn(), print: vi.fn() }, backup: { save: vi.fn(), getFolder: vi.fn(), chooseFolder: vi.fn(), writeToFolder: vi.fn() } });
    expect(await handlers['keys:wipe'](undefined)).toEqual({ wiped: true });
    expect(await exists(STORAGE_SECRET_FILE)).toBe(false);
    expect(await exists(BLIND_INDEX_KEY_FILE)).toBe(false);

    expect((await keys.getStorageSecret()).secret).not.toBe(secret);
    expect((await keys.getBlindIndexKey()).key).not.toBe(blind);
    // A wipe of nothing (wiped twice) is fine.
    await keys.wipeKeys();
    await keys.wipeKeys();
  });

  it('takes no payload', () => {
    expect(validateIpcRequest('keys:wipe', undefined)).toBeUndefined();
    expect(() => validateIpcRequest('keys:wipe', { path: '/etc' })).toThrow();
  });
});
