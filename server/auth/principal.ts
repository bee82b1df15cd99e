import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { WIPE_HEADER, type Actor } from '@shared/accounts/claims';
import type { Role } from '@shared/staff/roles';
import { jsonError } from '../http/errors';

/** Who made a request, as the authenticate middleware established it. */
export type Principal =
  /** DEV_TOKEN, only when explicitly enabled: every right, no filter (development and the sync tests) */
  | { kind: 'dev' }
  | { kind: 'staff'; accountId: string; roles: Role[]; unitIds: string[]; deskId: string | null; sessionId: string; expiresAt: number }
  /** a registered desk's credential alone (no one signed in): desk keys, sign-in */
  | { kind: 'desk'; deskId: string };

// Per request, without widening every Hono type in the app with Variables.
const principals = new WeakMap<Request, Principal>();
const audited = new WeakSet<Request>();

export function setPrincipal(c: Context, principal: Principal): void {
  principals.set(c.req.raw, principal);
}

export function principalOf(c: Context): Principal | undefined {
  return principals.get(c.req.raw);
}

/** The actor the role policy judges; null for the development token (which the policy does not limit). */
export function actorOf(principal: Principal | undefined): Actor | null | 'forbidden' {
  if (principal?.kind === 'dev') return null;
  if (principal?.kind !== 'staff' || principal.deskId === null) return 'forbidden';
  return { id: principal.accountId, roles: principal.roles, unitIds: principal.unitIds, deskId: principal.deskId };
}

export function isAdmin(principal: Principal | undefined): boolean {
  return principal?.kind === 'dev' || (principal?.kind === 'staff' && principal.roles.includes('admin'));
}

/** A route that wrote its own audit entry marks the request, so the refusal audit does not repeat it. */
export function markAudited(c: Context): void {
  audited.add(c.req.raw);
}

export function wasAudited(c: Context): boolean {
  return audited.has(c.req.raw);
}

export function sourceOf(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

export function actorIdOf(principal: Principal | undefined): string | null {
  if (principal?.kind === 'staff') return principal.accountId;
  if (principal?.kind === 'dev') return 'dev-token';
  return null;
}

export function deskIdOf(principal: Principal | undefined): string | null {
  return principal?.kind === 'staff' || principal?.kind === 'desk' ? principal.deskId : null;
}

/** 403 desk.revoked, with the instruction to wipe in a header and in the body. */
export function revokedDesk(c: Context) {
  c.header(WIPE_HEADER, '1');
  return jsonError(c, 403, 'desk.revoked', 'This desk has been revoked: wipe local data', { details: { wipe: true } });
}
