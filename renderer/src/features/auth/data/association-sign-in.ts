/**
 * Signing in on a desk that joined an association. The server is asked first when it answers:
 * it is the authority on passwords, lockout and roles, and its answer renews the desk's session
 * (the tokens sync uses) and the person's local account (tied to the server account, with a fresh
 * offline verifier). When the server cannot be reached, a person who has signed in here online
 * before is checked against that verifier instead; someone new must sign in online once.
 */
import { signInOnDesk, type AccountsErrorCode } from '@shared/accounts/session-client';
import type { FetchLike } from '@shared/sync/http-client';
import { lockoutRemainingMs, recordFailedAttempt, recordSuccess } from '@shared/staff/lockout';
import { hashPassword, verifyPassword } from '@shared/staff/password-hash';
import type { WaslDatabase } from '@renderer/db/database';
import { readAccountLink, writeAccountLink, type AccountLink } from '@renderer/db/account-links';
import { readDeskSettings, writeDeskSettings } from '@renderer/db/desk-settings';
import { appendAudit } from '@renderer/stores/audit-log';
import type { SessionUser } from '@renderer/stores/session-store';

export type AssociationSignIn =
  | { kind: 'ok'; user: SessionUser; online: boolean }
  | { kind: 'wrong' }
  | { kind: 'locked' }
  /** nobody by that name has signed in here online, and the server is out of reach */
  | { kind: 'needs-server'; error: AccountsErrorCode }
  | { kind: 'revoked' };

export type SignInDeps = { db: WaslDatabase; fetch: FetchLike; now: () => number };

const userOf = (link: AccountLink): SessionUser => ({ staffId: link.accountId, displayName: link.displayName, roles: link.roles });

async function offline(deps: SignInDeps, link: AccountLink | null, password: string, error: AccountsErrorCode): Promise<AssociationSignIn> {
  if (!link) return { kind: 'needs-server', error };
  if (!(await verifyPassword(password, link.verifier))) {
    const next = recordFailedAttempt(link, deps.now());
    await writeAccountLink(deps.db, { ...link, ...next });
    return lockoutRemainingMs(next, deps.now()) > 0 ? { kind: 'locked' } : { kind: 'wrong' };
  }
  await writeAccountLink(deps.db, { ...link, ...recordSuccess() });
  const settings = await readDeskSettings(deps.db);
  if (settings) await appendAudit(deps.db, { actorId: link.accountId, action: 'session.sign-in', entity: 'staff', entityId: link.accountId, deskId: settings.deskId });
  return { kind: 'ok', user: userOf(link), online: false };
}

export async function signInWithAssociation(deps: SignInDeps, typedUsername: string, password: string): Promise<AssociationSignIn> {
  const username = typedUsername.trim().toLowerCase();
  const settings = await readDeskSettings(deps.db);
  if (!settings?.serverUrl || !settings.deskCredential) throw new Error('this desk has not joined an association');
  const link = await readAccountLink(deps.db, username);
  // A local lock holds offline; online, the server's own lockout decides.
  const answer = await signInOnDesk(deps.fetch, settings.serverUrl, settings.deskCredential, username, password);
  if (!answer.ok) {
    if (answer.error === 'server.unreachable' || answer.error === 'server.error') {
      if (link && lockoutRemainingMs(link, deps.now()) > 0) return { kind: 'locked' };
      return offline(deps, link, password, answer.error);
    }
    if (answer.error === 'desk.revoked') return { kind: 'revoked' };
    if (answer.error === 'auth.locked') return { kind: 'locked' };
    return { kind: 'wrong' };
  }
  const tokens = answer.value;
  // A new verifier only when the password changed: hashing costs ~0.3 s of scrypt.
  const verifier = link && (await verifyPassword(password, link.verifier)) ? link.verifier : await hashPassword(password, crypto.getRandomValues(new Uint8Array(16)));
  const tied: AccountLink = {
    accountId: tokens.account.id, username: tokens.account.username, displayName: tokens.account.displayName,
    roles: [...tokens.account.roles], unitIds: [...tokens.account.unitIds], verifier, ...recordSuccess(),
    confirmedAt: new Date(deps.now()).toISOString(),
  };
  await writeAccountLink(deps.db, tied);
  const current = (await readDeskSettings(deps.db)) ?? settings;
  await writeDeskSettings(deps.db, {
    ...current,
    session: { accountId: tied.accountId, accessToken: tokens.accessToken, accessExpiresAt: tokens.accessExpiresAt, refreshToken: tokens.refreshToken, refreshExpiresAt: tokens.refreshExpiresAt },
  });
  await appendAudit(deps.db, { actorId: tied.accountId, action: 'session.sign-in', entity: 'staff', entityId: tied.accountId, deskId: settings.deskId });
  return { kind: 'ok', user: userOf(tied), online: true };
}
