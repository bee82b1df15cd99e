import type { Context, Hono } from 'hono';
import { DESK_CREDENTIAL_HEADER } from '@shared/accounts/claims';
import type { Database } from '../db/database';
import { authenticateDesk } from '../desks/desk-store';
import { jsonError } from '../http/errors';
import { readObject, smallBody, stringField } from '../http/json-body';
import type { ServerAudit } from './audit-log';
import { markAudited, principalOf, revokedDesk, sourceOf } from './principal';
import { refresh, revokeSession, signIn, type SessionDeps } from './sessions';

type AuthDeps = SessionDeps & { db: Database; audit: ServerAudit };

/**
 * POST /auth/sign-in { username, password } (+ x-wasl-desk: the desk's credential) → SessionTokens
 * POST /auth/refresh { refreshToken } → SessionTokens (the old refresh token is spent)
 * POST /auth/sign-out (bearer) → ends the session: its refresh tokens stop working
 * GET  /auth/me (bearer) → the account and desk of the token
 */
export function registerAuthRoutes(app: Hono, deps: AuthDeps): void {
  app.post('/auth/sign-in', smallBody, (c) => signInRoute(c, deps));
  app.post('/auth/refresh', smallBody, (c) => refreshRoute(c, deps));

  app.post('/auth/sign-out', async (c) => {
    const principal = principalOf(c);
    if (principal?.kind !== 'staff') return jsonError(c, 400, 'auth.no-session', 'Only a signed-in session can sign out');
    await revokeSession(deps.db, principal.sessionId, 'sign-out', deps.now());
    await deps.audit.record({ action: 'session.sign-out', actorId: principal.accountId, deskId: principal.deskId, source: sourceOf(c) });
    return c.json({ signedOut: true });
  });

  app.get('/auth/me', (c) => {
    const principal = principalOf(c);
    if (principal?.kind !== 'staff') return jsonError(c, 400, 'auth.no-session', 'Not a staff session');
    return c.json({ accountId: principal.accountId, roles: principal.roles, unitIds: principal.unitIds, deskId: principal.deskId });
  });
}

async function deskRevoked(db: Database, deskId: string): Promise<boolean> {
  return (await db.query('SELECT 1 FROM desks WHERE id = $1 AND revoked_at IS NOT NULL', [deskId])).length > 0;
}

/** POST /auth/sign-in: every attempt audited (refusals of unknown accounts as refusals: they could be a flood). */
async function signInRoute(c: Context, deps: AuthDeps): Promise<Response> {
  const read = await readObject(c);
  if (!read.ok) return read.response;
  const username = stringField(read.body, 'username', 64);
  const password = stringField(read.body, 'password', 1024);
  if (username === undefined || password === undefined) return jsonError(c, 400, 'auth.bad-request', 'username and password are required strings');
  let deskId: string | null = null;
  const credential = c.req.header(DESK_CREDENTIAL_HEADER);
  if (credential !== undefined) {
    const desk = await authenticateDesk(deps.db, credential);
    if (!desk) return jsonError(c, 401, 'auth.desk-credential-invalid', 'The desk credential is not valid');
    if (desk.revoked) return revokedDesk(c);
    deskId = desk.deskId;
  }
  const result = await signIn(deps, username, password, deskId);
  markAudited(c);
  const source = sourceOf(c);
  if (result.ok) {
    await deps.audit.record({ action: 'session.sign-in', actorId: result.tokens.account.id, deskId, source });
    return c.json(result.tokens);
  }
  const { failure } = result;
  const entry = { action: 'session.sign-in-failed', actorId: failure.accountId, deskId, source, code: failure.code, details: { username: username.slice(0, 64) } };
  // Failures against a real account are few (the lockout stops them); the rest could be a flood.
  if (failure.code === 'auth.invalid-credentials' && failure.accountId !== null) await deps.audit.record(entry);
  else await deps.audit.recordRefusal(entry);
  if (failure.code === 'auth.locked') {
    c.header('retry-after', String(Math.ceil(failure.retryAfterMs / 1000)));
    return jsonError(c, 429, 'auth.locked', 'Too many failed sign-ins: try again later', { details: { retryAfterMs: failure.retryAfterMs } });
  }
  return jsonError(c, 401, 'auth.invalid-credentials', 'Wrong username or password');
}

/** POST /auth/refresh: a revoked desk's sessions end; a reused refresh token is audited. */
async function refreshRoute(c: Context, deps: AuthDeps): Promise<Response> {
  const read = await readObject(c);
  if (!read.ok) return read.response;
  const token = stringField(read.body, 'refreshToken', 200);
  if (token === undefined) return jsonError(c, 400, 'auth.bad-request', 'refreshToken is required');
  const result = await refresh(deps, token);
  if (!result.ok) {
    const { failure } = result;
    if (failure.deskId !== null && (await deskRevoked(deps.db, failure.deskId))) return revokedDesk(c);
    if (failure.code === 'auth.refresh-reused') {
      markAudited(c);
      await deps.audit.record({ action: 'session.refresh-reused', actorId: failure.accountId, source: sourceOf(c), code: failure.code, details: { sessionId: failure.sessionId } });
    }
    return jsonError(c, 401, failure.code, 'Sign in again');
  }
  if (result.deskId !== null && (await deskRevoked(deps.db, result.deskId))) return revokedDesk(c);
  return c.json(result.tokens);
}
