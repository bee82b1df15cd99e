import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { StorageSecretOptions } from '../../electron/main/storage-secret';

type Backend = ReturnType<StorageSecretOptions['safeStorage']['getSelectedStorageBackend']>;

/** Stands in for the OS keychain: real AES-GCM under a key that never touches the disk. */
export function fakeSafeStorage(options: { available?: boolean; backend?: Backend } = {}) {
  const key = randomBytes(32);
  return {
    isEncryptionAvailable: () => options.available ?? true,
    getSelectedStorageBackend: (): Backend => options.backend ?? 'gnome_libsecret',
    encryptString: (plain: string) => {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decryptString: (data: Buffer) => {
      const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, 12));
      decipher.setAuthTag(data.subarray(12, 28));
      return Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}
