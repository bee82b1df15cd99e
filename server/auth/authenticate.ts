import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { DESK_CREDENTIAL_HEADER } from '@shared/accounts/claims';
import { isRole } from '@shared/staff/roles';
import type { Queryable } from '../db/database';
import { authenticateDesk } from '../desks/desk-store';
import { jsonError } from '../http/errors';
import type { AccessTokenKit } from './access-token';
import { isAdmin, revokedDesk, setPrincipal, type Principal } from './principal';

/**
 * Every request but the public ones names who it is: `Authorization: Bearer <access token>` (or the
 * development token when DEV_TOKEN enabled it), optionally with the desk's credential in
 * x-wasl-desk. The token is checked (signature, algorithm, expiry), then its session, account and desk
 * in the database on every request, so sign-out, a role taken away or a revoked desk counts at once.
 */
export type AuthenticateDeps = { db: Queryable; tokens: AccessTokenKit; devToken: string | null };

const PUBLIC: ReadonlySet<string> = new Set(['GET /health', 'POST /auth/sign-in', 'POST /auth/refresh', 'POST /desks/register']);

type SessionRow = { revoked_at: string | null; revoked_reason: string | null; active: boolean; roles: unknown; unit_ids: unknown; desk_id: string | null; desk_revoked: string | null };

function bearerOf(c: Context): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '');
  // A browser's EventSource cannot send headers: the stream alone takes ?access_token=.
  const isStream = c.req.method === 'GET' && c.req.path.startsWith('/sync/') && c.req.path.endsWith('/stream');
  return match?.[1] ?? (isStream ? c.req.query('access_token') : undefined);
}

function sameSecret(given: string, expected: Buffer): boolean {
  return timingSafeEqual(createHash('sha256').update(given).digest(), expected);
}

export function authenticate(deps: AuthenticateDeps): MiddlewareHandler {
  const dev = deps.devToken ? createHash('sha256').update(deps.devToken).digest() : null;
  return async (c, next) => {
    if (c.req.method === 'OPTIONS' || PUBLIC.has(`${c.req.method} ${c.req.path}`)) return next();
    let deskFromHeader: string | null = null;
    const deskCredential = c.req.header(DESK_CREDENTIAL_HEADER);
    if (deskCredential !== undefined) {
      const desk = await authenticateDesk(deps.db, deskCredential);
      if (!desk) return jsonError(c, 401, 'auth.desk-credential-invalid', 'The desk credential is not valid');
      if (desk.revoked) return revokedDesk(c);
      deskFromHeader = desk.deskId;
    }
    const bearer = bearerOf(c);
    let principal: Principal;
    if (bearer && dev && sameSecret(bearer, dev)) {
      principal = { kind: 'dev' };
    } else if (bearer) {
      const verified = await deps.tokens.verify(bearer);
      if (!verified.ok) return jsonError(c, 401, verified.code, verified.code === 'auth.token-expired' ? 'The access token has expired: refresh it' : 'The access token is not valid');
      const { claims } = verified;
      const rows = await deps.db.query<SessionRow>(
        `SELECT s.revoked_at::text AS revoked_at, s.revoked_reason, a.active, a.roles, a.unit_ids, s.desk_id, d.revoked_at::text AS desk_revoked
         FROM auth_sessions s JOIN accounts a ON a.id = s.account_id LEFT JOIN desks d ON d.id = s.desk_id
         WHERE s.id = $1 AND s.account_id = $2`,
        [claims.sid, claims.sub],
      );
      const row = rows[0];
      if (!row || row.desk_id !== claims.desk) return jsonError(c, 401, 'auth.token-invalid', 'The access token is not valid');
      if (row.desk_revoked !== null) return revokedDesk(c);
      if (row.revoked_at !== null || !row.active) return jsonError(c, 401, 'auth.session-revoked', 'This session has ended: sign in again');
      if (deskFromHeader !== null && deskFromHeader !== row.desk_id) return jsonError(c, 403, 'auth.desk-mismatch', 'The token belongs to another desk');
      principal = {
        kind: 'staff', accountId: claims.sub, sessionId: claims.sid, deskId: row.desk_id, expiresAt: verified.expiresAt,
        roles: (Array.isArray(row.roles) ? row.roles : []).filter(isRole),
        unitIds: (Array.isArray(row.unit_ids) ? row.unit_ids : []).filter((unit): unit is string => typeof unit === 'string'),
      };
    } else if (deskFromHeader !== null) {
      principal = { kind: 'desk', deskId: deskFromHeader };
    } else {
      return jsonError(c, 401, 'auth.required', 'A valid bearer token is required');
    }
    setPrincipal(c, principal);
    const refusal = guard(c, principal);
    if (refusal) return refusal;
    return next();
  };
}

const ADMIN_ONLY = [/^\/accounts(\/|$)/, /^\/desks$/, /^\/desks\/registration-codes$/, /^\/desks\/[^/]+\/revoke$/, /^\/numbers\//, /^\/audit$/, /^\/audit\/chain-findings$/];

/** Which kind of principal may reach which routes; finer rights (roles per collection) are the sync policy's. */
function guard(c: Context, principal: Principal) {
  const path = c.req.path;
  if (path === '/desks/keys') return null;
  if (principal.kind === 'desk') return jsonError(c, 401, 'auth.required', 'Sign in: a desk credential alone reaches only the desk keys');
  if (ADMIN_ONLY.some((pattern) => pattern.test(path)) && !isAdmin(principal)) return jsonError(c, 403, 'auth.admin-only', 'Only an admin may do this');
  if ((path.startsWith('/sync/') || path.startsWith('/files/')) && principal.kind === 'staff' && principal.deskId === null) {
    return jsonError(c, 403, 'sync.desk-required', 'Sync needs a session opened on a registered desk');
  }
  return null;
}
