/**
 * The desk's blind-index key (HMAC key for the search index's hashes of national IDs and
 * mobiles): 32 random bytes, generated once, kept only encrypted by the OS (safeStorage) in
 * its own file next to the storage secret. A separate key, not derived from the storage
 * secret, so neither reveals the other. Losing it only costs a re-index (the hashes are
 * desk-local), but an unreadable file is still an error, never silently replaced: a new key
 * would make every stored hash miss until the index is rebuilt.
 */
import type { BlindIndexKey } from '../../shared/ipc/contract';
import { createStorageSecretStore, type StorageSecretOptions } from './storage-secret';

export const BLIND_INDEX_KEY_FILE = 'blind-index-key.bin';

export function createBlindIndexKeyStore(options: Omit<StorageSecretOptions, 'label'>): () => Promise<BlindIndexKey> {
  const load = createStorageSecretStore({ ...options, label: 'blind-index key' });
  return async () => {
    const { secret, protection } = await load();
    return { key: secret, protection };
  };
}
