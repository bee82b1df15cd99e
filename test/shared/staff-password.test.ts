import { describe, expect, it } from 'vitest';
import { checkPassword } from '../../shared/staff/password-policy';
import { constantTimeEqual, hashPassword, needsRehash, SCRYPT_PARAMS, verifyPassword } from '../../shared/staff/password-hash';

const salt = (seed: number) => Uint8Array.from({ length: 16 }, (_, i) => (seed + i * 7) & 0xff);

describe('checkPassword', () => {
  it('accepts a 10-character mixed password', () => {
    expect(checkPassword('reception1')).toEqual([]);
  });

  it('counts code points, so a 10-letter Arabic password is long enough', () => {
    expect(checkPassword('كلمةسرطويل')).toEqual([]);
  });

  it('refuses short passwords', () => {
    expect(checkPassword('abc123xyz')).toEqual(['password.too-short']);
    expect(checkPassword('')).toEqual(['password.too-short']);
  });

  it('refuses all-digit passwords, ASCII or Arabic-Indic or Persian digits', () => {
    expect(checkPassword('0123456789')).toEqual(['password.all-digits']);
    expect(checkPassword('٠١٢٣٤٥٦٧٨٩')).toEqual(['password.all-digits']);
    expect(checkPassword('۰۱۲۳۴۵۶۷۸۹')).toEqual(['password.all-digits']);
    expect(checkPassword('12345٦٧٨٩0')).toEqual(['password.all-digits']);
  });

  it('reports both problems together', () => {
    expect(checkPassword('1234')).toEqual(['password.too-short', 'password.all-digits']);
  });

  it('accepts digits with one letter', () => {
    expect(checkPassword('123456789a')).toEqual([]);
  });
});

describe('hashPassword / verifyPassword', () => {
  it('stores scrypt with its parameters and verifies the right password', async () => {
    const stored = await hashPassword('correct horse', salt(1));
    expect(stored).toMatchObject({ algorithm: 'scrypt', N: 2 ** 15, r: 8, p: 1 });
    expect(atob(stored.hash)).toHaveLength(SCRYPT_PARAMS.dkLen);
    expect(atob(stored.salt)).toHaveLength(16);
    expect(await verifyPassword('correct horse', stored)).toBe(true);
  });

  it('refuses a wrong password', async () => {
    const stored = await hashPassword('correct horse', salt(2));
    expect(await verifyPassword('correct horsf', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('refuses when the stored salt was tampered with', async () => {
    const stored = await hashPassword('correct horse', salt(3));
    const tampered = { ...stored, salt: btoa(String.fromCharCode(...salt(4))) };
    expect(await verifyPassword('correct horse', tampered)).toBe(false);
  });

  it('refuses garbage stored values instead of throwing', async () => {
    const stored = await hashPassword('correct horse', salt(5));
    expect(await verifyPassword('correct horse', { ...stored, hash: '%%%' })).toBe(false);
    expect(await verifyPassword('correct horse', { ...stored, hash: '' })).toBe(false);
  });

  it('gives different hashes for different salts', async () => {
    const a = await hashPassword('same password', salt(6));
    const b = await hashPassword('same password', salt(7));
    expect(a.hash).not.toBe(b.hash);
  });

  it('treats NFC and NFD spellings of the same text as one password', async () => {
    const stored = await hashPassword('caf\u00e9-password', salt(8));
    expect(await verifyPassword('cafe\u0301-password', stored)).toBe(true);
  });

  it('verifies hashes made with other (older) parameters and flags them for re-hashing', async () => {
    const stored = await hashPassword('correct horse', salt(9));
    expect(needsRehash(stored)).toBe(false);
    // A hash made with weaker parameters still verifies with its own.
    const { scryptAsync } = await import('@noble/hashes/scrypt.js');
    const weakKey = await scryptAsync('correct horse', salt(9), { N: 2 ** 10, r: 8, p: 1, dkLen: 32 });
    const weak = { ...stored, N: 2 ** 10, hash: btoa(String.fromCharCode(...weakKey)) };
    expect(await verifyPassword('correct horse', weak)).toBe(true);
    expect(needsRehash(weak)).toBe(true);
  });

  it('refuses a salt shorter than 16 bytes', async () => {
    await expect(hashPassword('correct horse', new Uint8Array(8))).rejects.toThrow(RangeError);
  });

  it('compares in constant time over equal lengths', () => {
    expect(constantTimeEqual(Uint8Array.of(1, 2), Uint8Array.of(1, 2))).toBe(true);
    expect(constantTimeEqual(Uint8Array.of(1, 2), Uint8Array.of(1, 3))).toBe(false);
    expect(constantTimeEqual(Uint8Array.of(1, 2), Uint8Array.of(1, 2, 3))).toBe(false);
  });
});
