import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Queryable } from '../db/database';

/** A fresh random secret for a bearer credential, URL-safe. */
export function newSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** Bearer secrets (refresh tokens, desk credentials, registration codes) are stored only as SHA-256:
 * they are high-entropy, so a slow KDF would add nothing but latency. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const given = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

/**
 * The access-token signing key: AUTH_SECRET when set, else one generated on first start and kept in
 * the database, so every server process on one database signs and checks with the same key.
 */
export async function loadSigningKey(db: Queryable, configured: string | null): Promise<Uint8Array> {
  if (configured) return new TextEncoder().encode(configured);
  return new TextEncoder().encode(await loadStoredSecret(db, 'access-token-key'));
}

/** A named secret generated on first use and kept in server_secrets, shared by every server process on the database. */
export async function loadStoredSecret(db: Queryable, name: string): Promise<string> {
  await db.query('INSERT INTO server_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [name, newSecret(48)]);
  const rows = await db.query<{ value: string }>('SELECT value FROM server_secrets WHERE name = $1', [name]);
  const value = rows[0]?.value;
  if (!value) throw new Error(`${name} missing`);
  return value;
}
