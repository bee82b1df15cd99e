/**
 * The desk's storage secret: 32 random bytes, generated once, kept only encrypted by the OS (safeStorage)
 * in userData. Losing it orphans the encrypted database, so a file that cannot be decrypted is an error,
 * never a reason to make a new secret.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { SafeStorage } from 'electron';
import type { StorageSecret } from '../../shared/ipc/contract';

export const STORAGE_SECRET_FILE = 'storage-secret.bin';

export class StorageSecretUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StorageSecretUnavailableError';
  }
}

export interface StorageSecretOptions {
  /** Absolute path of the encrypted file, under app.getPath('userData'). */
  filePath: string;
  safeStorage: Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString' | 'getSelectedStorageBackend'>;
  platform: NodeJS.Platform;
  warn: (message: string) => void;
  /** What the secret is, for messages; 'storage secret' unless told. */
  label?: string;
}

function protectionOf(options: StorageSecretOptions): StorageSecret['protection'] {
  if (options.platform === 'linux' && options.safeStorage.getSelectedStorageBackend() === 'basic_text') {
    options.warn(
      'safeStorage fell back to basic_text: no OS keyring (gnome-libsecret / kwallet) is available, so the ' +
        `${options.label ?? 'storage secret'} is only obfuscated on disk. Install and unlock a keyring to protect it.`,
    );
    return 'basic_text';
  }
  return 'os';
}

async function readExisting(options: StorageSecretOptions): Promise<Buffer | null> {
  try {
    return await readFile(options.filePath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

async function loadOrCreate(options: StorageSecretOptions): Promise<StorageSecret> {
  if (!options.safeStorage.isEncryptionAvailable()) {
    throw new StorageSecretUnavailableError(
      'OS encryption (Electron safeStorage) is not available on this machine, so the desk ' +
        `${options.label ?? 'storage secret'} cannot be kept safely. The database will not be opened.`,
    );
  }
  const protection = protectionOf(options);
  const stored = await readExisting(options);
  if (stored !== null) {
    try {
      return { secret: options.safeStorage.decryptString(stored), protection };
    } catch (error) {
      throw new StorageSecretUnavailableError(
        `The stored ${options.label ?? 'storage secret'} (${options.filePath}) could not be decrypted; it was left untouched. ${String(error)}`,
      );
    }
  }
  const secret = randomBytes(32).toString('hex');
  await mkdir(dirname(options.filePath), { recursive: true });
  // Write then rename, so a crash never leaves half a secret behind.
  const temporary = `${options.filePath}.tmp`;
  await writeFile(temporary, options.safeStorage.encryptString(secret), { mode: 0o600 });
  await rename(temporary, options.filePath);
  return { secret, protection };
}

/** Returns a getter that loads (or first creates) the secret once and then answers from memory. */
export function createStorageSecretStore(options: StorageSecretOptions): () => Promise<StorageSecret> {
  let pending: Promise<StorageSecret> | null = null;
  return () => {
    pending ??= loadOrCreate(options).catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
}
