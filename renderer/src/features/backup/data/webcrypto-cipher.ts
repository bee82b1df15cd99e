/** AES-256-GCM for the backup file (shared/backup/backup-file.ts) through WebCrypto: the browser's, Electron's renderer's, Node's. */
import type { BackupCipher } from '@shared/backup/backup-file';

const buffer = (bytes: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(bytes);

async function importKey(subtle: SubtleCrypto, raw: Uint8Array, usage: KeyUsage): Promise<CryptoKey> {
  return subtle.importKey('raw', buffer(raw), 'AES-GCM', false, [usage]);
}

export function webCryptoCipher(subtle: SubtleCrypto = globalThis.crypto.subtle): BackupCipher {
  return {
    async encrypt(key, iv, additionalData, plain) {
      const sealed = await subtle.encrypt({ name: 'AES-GCM', iv: buffer(iv), additionalData: buffer(additionalData) }, await importKey(subtle, key, 'encrypt'), buffer(plain));
      return new Uint8Array(sealed);
    },
    async decrypt(key, iv, additionalData, sealed) {
      const plain = await subtle.decrypt({ name: 'AES-GCM', iv: buffer(iv), additionalData: buffer(additionalData) }, await importKey(subtle, key, 'decrypt'), buffer(sealed));
      return new Uint8Array(plain);
    },
  };
}

export const randomBytes = (length: number): Uint8Array => globalThis.crypto.getRandomValues(new Uint8Array(length));
