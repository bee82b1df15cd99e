/**
 * Staff passwords are kept only as a memory-hard scrypt hash. The KDF parameters travel with
 * each stored hash, so they can be raised later: old hashes still verify with their own
 * parameters, and the app may re-hash with stronger ones after a successful sign-in
 * (see {@link needsRehash}).
 */
import { scryptAsync } from '@noble/hashes/scrypt.js';

export type PasswordHash = {
  algorithm: 'scrypt';
  N: number;
  r: number;
  p: number;
  /** base64 */
  salt: string;
  /** base64 of the derived key (dkLen = its length) */
  hash: string;
};

/** N = 2^15 with r = 8 costs 32 MiB and ~100–300 ms on a desk PC: slow for guessing, fine at sign-in. */
export const SCRYPT_PARAMS = { N: 2 ** 15, r: 8, p: 1, dkLen: 32 } as const;
export const MIN_SALT_BYTES = 16;

export async function hashPassword(password: string, salt: Uint8Array): Promise<PasswordHash> {
  if (salt.length < MIN_SALT_BYTES) throw new RangeError(`salt must be at least ${MIN_SALT_BYTES} bytes`);
  const { N, r, p, dkLen } = SCRYPT_PARAMS;
  const key = await scryptAsync(password.normalize('NFC'), salt, { N, r, p, dkLen });
  return { algorithm: 'scrypt', N, r, p, salt: toBase64(salt), hash: toBase64(key) };
}

export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  if (stored.algorithm !== 'scrypt') return false;
  let salt: Uint8Array;
  let expected: Uint8Array;
  try {
    salt = fromBase64(stored.salt);
    expected = fromBase64(stored.hash);
  } catch {
    return false;
  }
  if (expected.length === 0) return false;
  const key = await scryptAsync(password.normalize('NFC'), salt, {
    N: stored.N,
    r: stored.r,
    p: stored.p,
    dkLen: expected.length,
  });
  return constantTimeEqual(key, expected);
}

/** True when a stored hash was made with weaker parameters than today's. */
export function needsRehash(stored: PasswordHash): boolean {
  return stored.N < SCRYPT_PARAMS.N || stored.r < SCRYPT_PARAMS.r || stored.p < SCRYPT_PARAMS.p;
}

/** Compares every byte, whatever the first difference, so timing reveals nothing about the hash. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

// btoa/atob are standard globals in every runtime we ship to (Chromium, Electron, Node >= 16).
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
