import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { SCRYPT_PARAMS, type PasswordHash } from '@shared/staff/password-hash';

/**
 * Server passwords: scrypt N=2^15 r=8 p=1 through node:crypto (libuv's thread pool, so hashing does not
 * block the event loop), stored in the same PasswordHash shape the desks use (shared/staff/password-hash.ts):
 * the parameters travel with the hash, so they can be raised later without breaking old hashes.
 */
const MAX_MEM = 256 * 1024 * 1024;

function derive(password: string, salt: Buffer, N: number, r: number, p: number, keyLength: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, keyLength, { N, r, p, maxmem: MAX_MEM }, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export async function hashServerPassword(password: string): Promise<PasswordHash> {
  const salt = randomBytes(16);
  const { N, r, p, dkLen } = SCRYPT_PARAMS;
  const key = await derive(password, salt, N, r, p, dkLen);
  return { algorithm: 'scrypt', N, r, p, salt: salt.toString('base64'), hash: key.toString('base64') };
}

const sane = (stored: PasswordHash) =>
  stored.algorithm === 'scrypt' && Number.isInteger(stored.N) && stored.N >= 2 ** 14 && stored.N <= 2 ** 20 &&
  Number.isInteger(stored.r) && stored.r >= 1 && stored.r <= 32 && Number.isInteger(stored.p) && stored.p >= 1 && stored.p <= 4;

export async function verifyServerPassword(password: string, stored: PasswordHash): Promise<boolean> {
  if (!sane(stored)) return false;
  const expected = Buffer.from(stored.hash, 'base64');
  if (expected.length < 16) return false;
  const key = await derive(password, Buffer.from(stored.salt, 'base64'), stored.N, stored.r, stored.p, expected.length);
  return timingSafeEqual(key, expected);
}

/** Spends the same time as a real check, so "no such user" cannot be told from "wrong password". */
let decoy: Promise<PasswordHash> | null = null;
export async function spendPasswordCheck(password: string): Promise<void> {
  decoy ??= hashServerPassword('decoy-password-never-matches');
  await verifyServerPassword(password, await decoy);
}
