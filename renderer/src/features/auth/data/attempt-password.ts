/**
 * One password attempt against a staff member, for sign-in and for unlocking alike, so both
 * count toward the same lockout. The lockout state lives on the StaffDoc, so a reload cannot
 * reset it; while locked, the password is not even checked.
 */
import { lockoutRemainingMs, recordFailedAttempt, recordSuccess } from '@shared/staff/lockout';
import { verifyPassword } from '@shared/staff/password-hash';
import type { WaslDatabase } from '@renderer/db/database';
import { appendAudit } from '@renderer/stores/audit-log';
import type { SessionUser } from '@renderer/stores/session-store';
import { findAccountLinkById, writeAccountLink } from '@renderer/db/account-links';

export type AttemptResult = { kind: 'ok'; user: SessionUser } | { kind: 'wrong' } | { kind: 'locked' } | { kind: 'unknown-staff' };

export async function attemptPassword(db: WaslDatabase, staffId: string, password: string, purpose: 'sign-in' | 'unlock'): Promise<AttemptResult> {
  const doc = await db.staff.findOne(staffId).exec();
  // On a joined desk people are server accounts with a local verifier, not staff documents.
  if (!doc) return attemptLinkedAccount(db, staffId, password);
  if (!doc.active) return { kind: 'unknown-staff' };
  const state = { failedAttempts: doc.failedAttempts, lockedUntil: doc.lockedUntil };
  if (lockoutRemainingMs(state, Date.now()) > 0) return { kind: 'locked' };

  const audit = (action: string) => appendAudit(db, { actorId: doc.id, action, entity: 'staff', entityId: doc.id, deskId: doc.deskId });
  const correct = await verifyPassword(password, doc.passwordHash);
  const now = Date.now();
  const stamp = { updatedAt: new Date(now).toISOString(), updatedBy: doc.id };
  if (!correct) {
    const next = recordFailedAttempt(state, now);
    await doc.incrementalPatch({ ...next, ...stamp });
    await audit(purpose === 'sign-in' ? 'session.sign-in-failed' : 'session.unlock-failed');
    return lockoutRemainingMs(next, now) > 0 ? { kind: 'locked' } : { kind: 'wrong' };
  }
  if (state.failedAttempts !== 0 || state.lockedUntil !== null) {
    await doc.incrementalPatch({ ...recordSuccess(), ...stamp });
  }
  await audit(purpose === 'sign-in' ? 'session.sign-in' : 'session.unlock');
  return { kind: 'ok', user: { staffId: doc.id, displayName: doc.displayName, roles: doc.roles } };
}

/** Unlocking on a joined desk: the offline verifier of the person's account, with its own lockout. */
async function attemptLinkedAccount(db: WaslDatabase, accountId: string, password: string): Promise<AttemptResult> {
  const link = await findAccountLinkById(db, accountId);
  if (!link) return { kind: 'unknown-staff' };
  const now = Date.now();
  if (lockoutRemainingMs(link, now) > 0) return { kind: 'locked' };
  if (!(await verifyPassword(password, link.verifier))) {
    const next = recordFailedAttempt(link, now);
    await writeAccountLink(db, { ...link, ...next });
    return lockoutRemainingMs(next, now) > 0 ? { kind: 'locked' } : { kind: 'wrong' };
  }
  if (link.failedAttempts !== 0 || link.lockedUntil !== null) await writeAccountLink(db, { ...link, ...recordSuccess() });
  return { kind: 'ok', user: { staffId: link.accountId, displayName: link.displayName, roles: link.roles } };
}
