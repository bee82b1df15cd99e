/**
 * The backup key from the passphrase: scrypt (memory-hard), from @noble/hashes (audited, pure JS, the
 * same in the desktop app and the browser build). Why these parameters: N = 2^17, r = 8, p = 1 needs
 * 128 MiB and about a second per guess on a desk PC, the minimum OWASP's password-storage guidance
 * gives for scrypt; a stolen backup file can then be guessed only slowly, even on a GPU, whose
 * advantage memory-hardness takes away. Argon2id would do as well, but @noble's pure-JS Argon2 is
 * several times slower than its scrypt at equal memory, which a reception PC pays on every backup.
 * The parameters travel in the file's header, so a later version can raise them and still read old
 * files; a reader refuses parameters beyond KDF_LIMITS (a crafted header must not exhaust memory).
 */
import { scryptAsync } from '@noble/hashes/scrypt.js';
import { sha256 } from '@noble/hashes/sha2.js';

export type KdfParams = { algorithm: 'scrypt'; N: number; r: number; p: number };

export const DEFAULT_KDF: KdfParams = { algorithm: 'scrypt', N: 2 ** 17, r: 8, p: 1 };
/** What a reader accepts: up to 1 GiB of scrypt memory (128 · N · r bytes). Tests write with small N. */
export const KDF_LIMITS = { minLogN: 10, maxLogN: 20, maxR: 16, maxP: 4, maxMemory: 2 ** 30 } as const;

export const BACKUP_KEY_BYTES = 32;
export const SALT_BYTES = 16;

export function kdfParamsAcceptable(params: unknown): params is KdfParams {
  if (typeof params !== 'object' || params === null) return false;
  const { algorithm, N, r, p } = params as Record<string, unknown>;
  if (algorithm !== 'scrypt' || typeof N !== 'number' || typeof r !== 'number' || typeof p !== 'number') return false;
  const logN = Math.log2(N);
  return Number.isInteger(logN) && logN >= KDF_LIMITS.minLogN && logN <= KDF_LIMITS.maxLogN &&
    Number.isInteger(r) && r >= 1 && r <= KDF_LIMITS.maxR && Number.isInteger(p) && p >= 1 && p <= KDF_LIMITS.maxP &&
    128 * N * r <= KDF_LIMITS.maxMemory;
}

export async function deriveBackupKey(passphrase: string, salt: Uint8Array, params: KdfParams): Promise<Uint8Array> {
  // NFKC: the same passphrase typed with Arabic presentation forms or another keyboard's digits derives the same key.
  const password = new TextEncoder().encode(passphrase.normalize('NFKC'));
  return scryptAsync(password, salt, { N: params.N, r: params.r, p: params.p, dkLen: BACKUP_KEY_BYTES, maxmem: KDF_LIMITS.maxMemory + 1024 * 1024 });
}

const CHECK_LABEL = new TextEncoder().encode('wasl-backup-key-check-v1');

/**
 * A short digest of the key kept in the header, so a wrong passphrase is told apart from a damaged
 * file before any chunk is opened. It gives nothing away: the key is 256 random-looking bits.
 */
export function keyCheck(key: Uint8Array): Uint8Array {
  const input = new Uint8Array(CHECK_LABEL.length + key.length);
  input.set(CHECK_LABEL);
  input.set(key, CHECK_LABEL.length);
  return sha256(input).slice(0, 16);
}

export const MIN_PASSPHRASE_LENGTH = 10;

/** A passphrase long enough to resist guessing at the KDF's cost; null when acceptable. */
export function passphraseProblem(passphrase: string): 'backup.passphrase-short' | null {
  return [...passphrase.trim()].length < MIN_PASSPHRASE_LENGTH ? 'backup.passphrase-short' : null;
}
