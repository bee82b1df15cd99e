import { createPublicKey, randomInt, randomUUID } from 'node:crypto';
import { validateDeskCode } from '@shared/staff/desk-code';
import type { Database, Queryable } from '../db/database';
import { hashSecret, newSecret, secretMatches } from '../auth/secrets';

/**
 * Registered desks (table desks). A desk joins with a one-time code from an admin, its desk code (unique:
 * it is part of every human number the desk prints) and its Ed25519 public key, which the server
 * publishes to every desk so a declaration printed anywhere can be verified anywhere.
 */
export const REGISTRATION_CODE_TTL_MS = 24 * 60 * 60_000;
// No 0/O, 1/I/L: the code is read aloud or typed from paper.
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function newRegistrationCode(): string {
  const chars = Array.from({ length: 12 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]);
  return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8)].map((part) => part.join('')).join('-');
}

/** Typed codes: case and separators do not matter. */
export function normalizeRegistrationCode(code: string): string {
  const plain = code.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return plain.length === 12 ? `${plain.slice(0, 4)}-${plain.slice(4, 8)}-${plain.slice(8)}` : plain;
}

export async function createRegistrationCode(db: Queryable, createdBy: string, now: number): Promise<{ code: string; expiresAt: number }> {
  const code = newRegistrationCode();
  const expiresAt = now + REGISTRATION_CODE_TTL_MS;
  await db.query('INSERT INTO desk_registration_codes (code_hash, created_by, created_at, expires_at) VALUES ($1, $2, $3, $4)', [hashSecret(code), createdBy, now, expiresAt]);
  return { code, expiresAt };
}

// DER SubjectPublicKeyInfo prefix of an Ed25519 key: the raw 32 bytes follow it.
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** A raw Ed25519 public key in base64 (32 bytes) that node:crypto accepts as a key. */
export function isEd25519PublicKey(text: string): boolean {
  if (!/^[A-Za-z0-9+/]{43}=$/.test(text)) return false;
  const raw = Buffer.from(text, 'base64');
  if (raw.length !== 32) return false;
  try {
    return createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, raw]), format: 'der', type: 'spki' }).asymmetricKeyType === 'ed25519';
  } catch {
    return false;
  }
}

export type RegisterInput = { registrationCode: string; deskCode: string; deskName: string; publicKey: string };
export type RegisterError = 'desk.registration-code-invalid' | 'desk.code-taken' | 'desk.public-key' | 'desk.name' | 'desk-code.empty' | 'desk-code.format' | 'desk-code.reserved';

export async function registerDesk(db: Database, input: RegisterInput, now: number): Promise<{ ok: true; deskId: string; deskCode: string; credential: string } | { ok: false; error: RegisterError }> {
  const code = validateDeskCode(input.deskCode);
  if (!code.ok) return { ok: false, error: code.error };
  const name = input.deskName.trim();
  if (name.length === 0 || [...name].length > 80) return { ok: false, error: 'desk.name' };
  if (!isEd25519PublicKey(input.publicKey)) return { ok: false, error: 'desk.public-key' };
  return db.transaction(async (tx) => {
    const codeHash = hashSecret(normalizeRegistrationCode(input.registrationCode));
    const valid = await tx.query(
      'SELECT code_hash FROM desk_registration_codes WHERE code_hash = $1 AND used_at IS NULL AND expires_at > $2 FOR UPDATE',
      [codeHash, now],
    );
    if (valid.length === 0) return { ok: false as const, error: 'desk.registration-code-invalid' as const };
    // Refused without spending the code: the desk asks its user for another desk code and tries again.
    const taken = await tx.query('SELECT id FROM desks WHERE code = $1', [code.value]);
    if (taken.length > 0) return { ok: false as const, error: 'desk.code-taken' as const };
    const deskId = randomUUID();
    const secret = newSecret();
    await tx.query('INSERT INTO desks (id, code, name, public_key, credential_hash, registered_at) VALUES ($1, $2, $3, $4, $5, $6)', [
      deskId, code.value, name, input.publicKey, hashSecret(secret), now,
    ]);
    await tx.query('UPDATE desk_registration_codes SET used_at = $2, used_by_desk = $3 WHERE code_hash = $1', [codeHash, now, deskId]);
    return { ok: true as const, deskId, deskCode: code.value, credential: `${deskId}.${secret}` };
  });
}

export type DeskIdentity = { deskId: string; revoked: boolean };

/** The desk a credential belongs to (revoked or not), or null when it is not a credential of ours. */
export async function authenticateDesk(db: Queryable, credential: string): Promise<DeskIdentity | null> {
  const [deskId, secret] = credential.split('.');
  if (!deskId || !secret || !/^[0-9a-f-]{36}$/.test(deskId)) return null;
  const rows = await db.query<{ credential_hash: string; revoked_at: string | null }>('SELECT credential_hash, revoked_at::text AS revoked_at FROM desks WHERE id = $1', [deskId]);
  const row = rows[0];
  if (!row || !secretMatches(secret, row.credential_hash)) return null;
  return { deskId, revoked: row.revoked_at !== null };
}

export type DeskKey = { deskId: string; code: string; name: string; publicKey: string; registeredAt: number; revokedAt: number | null };

/** Every desk's key, revoked ones too: a declaration signed before the revocation must still verify. */
export async function listDeskKeys(db: Queryable): Promise<DeskKey[]> {
  const rows = await db.query<{ id: string; code: string; name: string; public_key: string; registered_at: string; revoked_at: string | null }>(
    'SELECT id, code, name, public_key, registered_at::text AS registered_at, revoked_at::text AS revoked_at FROM desks ORDER BY code',
  );
  return rows.map((row) => ({
    deskId: row.id, code: row.code, name: row.name, publicKey: row.public_key,
    registeredAt: Number(row.registered_at), revokedAt: row.revoked_at === null ? null : Number(row.revoked_at),
  }));
}

export async function revokeDesk(db: Database, deskId: string, by: string, now: number): Promise<boolean> {
  return db.transaction(async (tx) => {
    const rows = await tx.query('UPDATE desks SET revoked_at = $2, revoked_by = $3 WHERE id = $1 AND revoked_at IS NULL RETURNING id', [deskId, now, by]);
    await tx.query("UPDATE auth_sessions SET revoked_at = $2, revoked_reason = 'desk-revoked' WHERE desk_id = $1 AND revoked_at IS NULL", [deskId, now]);
    return rows.length > 0;
  });
}
