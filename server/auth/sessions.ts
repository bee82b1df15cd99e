import { randomUUID } from 'node:crypto';
import { REFRESH_TOKEN_TTL_MS, type SessionTokens } from '@shared/accounts/claims';
import { lockoutRemainingMs, recordFailedAttempt, recordSuccess } from '@shared/staff/lockout';
import type { Database, Queryable } from '../db/database';
import { findAccount, findAccountByUsername, saveLockout, type Account } from '../accounts/accounts-store';
import { spendPasswordCheck, verifyServerPassword } from '../accounts/password';
import type { AccessTokenKit } from './access-token';
import { hashSecret, newSecret, secretMatches } from './secrets';

/**
 * Sessions: a sign-in opens a session (a refresh-token family) bound to the desk it came from.
 * Refresh tokens rotate: each is spent once and replaced; presenting a spent one again means it was
 * copied, so the whole family is revoked (reuse detection). Sign-out revokes the family.
 */
export type SessionDeps = { db: Database; tokens: AccessTokenKit; now: () => number };

export type SignInFailure =
  | { code: 'auth.invalid-credentials'; accountId: string | null }
  | { code: 'auth.locked'; accountId: string; retryAfterMs: number };

export type RefreshFailure = { code: 'auth.refresh-invalid' | 'auth.refresh-expired' | 'auth.refresh-reused' | 'auth.session-revoked'; sessionId: string | null; accountId: string | null; deskId: string | null };

async function issue(deps: SessionDeps, tx: Queryable, account: Account, sessionId: string, deskId: string | null): Promise<SessionTokens> {
  const id = randomUUID();
  const secret = newSecret();
  const refreshExpiresAt = deps.now() + REFRESH_TOKEN_TTL_MS;
  await tx.query('INSERT INTO refresh_tokens (id, session_id, token_hash, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)', [
    id, sessionId, hashSecret(secret), deps.now(), refreshExpiresAt,
  ]);
  const access = await deps.tokens.sign({ sub: account.id, sid: sessionId, roles: account.roles, unitIds: account.unitIds, desk: deskId });
  return {
    accessToken: access.token,
    accessExpiresAt: access.expiresAt,
    refreshToken: `${id}.${secret}`,
    refreshExpiresAt,
    account: { id: account.id, username: account.username, displayName: account.displayName, roles: account.roles, unitIds: account.unitIds },
    deskId,
  };
}

export async function signIn(deps: SessionDeps, username: string, password: string, deskId: string | null): Promise<{ ok: true; tokens: SessionTokens } | { ok: false; failure: SignInFailure }> {
  const account = await findAccountByUsername(deps.db, username);
  if (!account || !account.active) {
    await spendPasswordCheck(password);
    return { ok: false, failure: { code: 'auth.invalid-credentials', accountId: account?.id ?? null } };
  }
  const remaining = lockoutRemainingMs(account, deps.now());
  if (remaining > 0) return { ok: false, failure: { code: 'auth.locked', accountId: account.id, retryAfterMs: remaining } };
  if (!(await verifyServerPassword(password, account.passwordHash))) {
    const next = recordFailedAttempt(account, deps.now());
    await saveLockout(deps.db, account.id, next.failedAttempts, next.lockedUntil);
    return { ok: false, failure: { code: 'auth.invalid-credentials', accountId: account.id } };
  }
  const cleared = recordSuccess();
  return deps.db.transaction(async (tx) => {
    await saveLockout(tx, account.id, cleared.failedAttempts, cleared.lockedUntil);
    const sessionId = randomUUID();
    await tx.query('INSERT INTO auth_sessions (id, account_id, desk_id, created_at) VALUES ($1, $2, $3, $4)', [sessionId, account.id, deskId, deps.now()]);
    return { ok: true as const, tokens: await issue(deps, tx, account, sessionId, deskId) };
  });
}

type RefreshRow = { id: string; session_id: string; token_hash: string; expires_at: string; used_at: string | null; account_id: string; desk_id: string | null; revoked_at: string | null };

export async function revokeSession(db: Queryable, sessionId: string, reason: string, now: number): Promise<void> {
  await db.query('UPDATE auth_sessions SET revoked_at = $2, revoked_reason = $3 WHERE id = $1 AND revoked_at IS NULL', [sessionId, now, reason]);
}

export async function refresh(deps: SessionDeps, presented: string): Promise<{ ok: true; tokens: SessionTokens; deskId: string | null } | { ok: false; failure: RefreshFailure }> {
  const [id, secret] = presented.split('.');
  const invalid = { ok: false as const, failure: { code: 'auth.refresh-invalid' as const, sessionId: null, accountId: null, deskId: null } };
  if (!id || !secret || !/^[0-9a-f-]{36}$/.test(id)) return invalid;
  return deps.db.transaction(async (tx) => {
    const rows = await tx.query<RefreshRow>(
      `SELECT r.id, r.session_id, r.token_hash, r.expires_at::text AS expires_at, r.used_at::text AS used_at,
              s.account_id, s.desk_id, s.revoked_at::text AS revoked_at
       FROM refresh_tokens r JOIN auth_sessions s ON s.id = r.session_id WHERE r.id = $1 FOR UPDATE OF r`,
      [id],
    );
    const row = rows[0];
    if (!row || !secretMatches(secret, row.token_hash)) return invalid;
    const who = { sessionId: row.session_id, accountId: row.account_id, deskId: row.desk_id };
    if (row.revoked_at !== null) return { ok: false as const, failure: { code: 'auth.session-revoked' as const, ...who } };
    if (row.used_at !== null) {
      await revokeSession(tx, row.session_id, 'refresh-reused', deps.now());
      return { ok: false as const, failure: { code: 'auth.refresh-reused' as const, ...who } };
    }
    if (Number(row.expires_at) <= deps.now()) return { ok: false as const, failure: { code: 'auth.refresh-expired' as const, ...who } };
    const account = await findAccount(tx, row.account_id);
    if (!account || !account.active) {
      await revokeSession(tx, row.session_id, 'account-inactive', deps.now());
      return { ok: false as const, failure: { code: 'auth.session-revoked' as const, ...who } };
    }
    await tx.query('UPDATE refresh_tokens SET used_at = $2 WHERE id = $1', [row.id, deps.now()]);
    return { ok: true as const, tokens: await issue(deps, tx, account, row.session_id, row.desk_id), deskId: row.desk_id };
  });
}
