/**
 * The desk's two keys in main (storage secret, blind-index key), each in its safeStorage file,
 * and their wipe for a revoked desk: both files go and the in-memory copies are forgotten, so the
 * next request makes new keys for a new, empty desk instead of answering with destroyed ones.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { BlindIndexKey, StorageSecret } from '../../shared/ipc/contract';
import { BLIND_INDEX_KEY_FILE, createBlindIndexKeyStore } from './blind-index-key';
import { createStorageSecretStore, STORAGE_SECRET_FILE, type StorageSecretOptions } from './storage-secret';

export type KeyStores = {
  getStorageSecret: () => Promise<StorageSecret>;
  getBlindIndexKey: () => Promise<BlindIndexKey>;
  wipeKeys: () => Promise<void>;
};

export function createKeyStores(userDataDir: string, options: Omit<StorageSecretOptions, 'filePath' | 'label'>): KeyStores {
  const secretFile = join(userDataDir, STORAGE_SECRET_FILE);
  const blindFile = join(userDataDir, BLIND_INDEX_KEY_FILE);
  let storageSecret = createStorageSecretStore({ ...options, filePath: secretFile });
  let blindIndexKey = createBlindIndexKeyStore({ ...options, filePath: blindFile });
  return {
    getStorageSecret: () => storageSecret(),
    getBlindIndexKey: () => blindIndexKey(),
    async wipeKeys() {
      await Promise.all([secretFile, blindFile].map((file) => rm(file, { force: true })));
      storageSecret = createStorageSecretStore({ ...options, filePath: secretFile });
      blindIndexKey = createBlindIndexKeyStore({ ...options, filePath: blindFile });
    },
  };
}
