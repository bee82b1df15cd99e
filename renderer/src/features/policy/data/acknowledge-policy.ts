/**
 * A staff member signs a policy version (Art. 4): they have read it to the end, type their own
 * name and confirm with their password, checked like sign-in (the staff account's hash, or on a
 * joined desk the account's offline verifier), so it works offline. The acknowledgement is their
 * own audit entry (shared/policy/acknowledgement.ts); nothing is written when any check fails.
 */
import type { WaslDatabase } from '@renderer/db/database';
import { findAccountLinkById } from '@renderer/db/account-links';
import { appendAudit } from '@renderer/stores/audit-log';
import { ackAuditEntry, type PolicyVersion } from '@shared/policy';
import { err, ok, type Result } from '@shared/result';
import { verifyPassword, type PasswordHash } from '@shared/staff/password-hash';

export type SignErrorCode = 'not-read' | 'name-required' | 'name-mismatch' | 'password-required' | 'wrong-password';

export type SignInput = { readToEnd: boolean; typedName: string; password: string };
export type Signer = { staffId: string; displayName: string; deskId: string };

const sameName = (a: string, b: string): boolean => {
  const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b);
};

async function verifierOf(db: WaslDatabase, staffId: string): Promise<PasswordHash | null> {
  const doc = await db.staff.findOne(staffId).exec();
  if (doc) return doc.active ? (doc.toMutableJSON().passwordHash as PasswordHash) : null;
  return (await findAccountLinkById(db, staffId))?.verifier ?? null;
}

export async function acknowledgePolicy(db: WaslDatabase, signer: Signer, version: PolicyVersion, input: SignInput, now: Date = new Date()): Promise<Result<void, SignErrorCode>> {
  if (!input.readToEnd) return err('not-read');
  if (input.typedName.trim() === '') return err('name-required');
  if (!sameName(input.typedName, signer.displayName)) return err('name-mismatch');
  if (input.password === '') return err('password-required');
  const verifier = await verifierOf(db, signer.staffId);
  if (!verifier || !(await verifyPassword(input.password, verifier))) return err('wrong-password');
  const entry = ackAuditEntry(signer.staffId, version.documentKey, version.version, version.hash, 'typed');
  await appendAudit(db, { ...entry, deskId: signer.deskId }, now);
  return ok(undefined);
}
