/**
 * Who is asking, as the server's policy sees it. Pure types shared by the server (which builds them
 * from a verified token plus its own accounts table) and the desk (which reads the sign-in answer).
 */
import type { Role } from '../staff/roles';

/** The claims inside a short-lived access token (HS256 JWT). Roles are a hint for the desk's UI only:
 * the server reloads roles from its accounts table on every request, so a role taken away counts at once. */
export type AccessClaims = {
  /** account id */
  sub: string;
  /** session id = refresh-token family; sign-out revokes it */
  sid: string;
  roles: Role[];
  unitIds: string[];
  /** the registered desk the session was opened on; null for an admin tool without a desk */
  desk: string | null;
  typ: 'access';
};

/** A signed-in staff member on a desk: what push rights and pull filters are decided on. */
export type Actor = {
  id: string;
  roles: readonly Role[];
  unitIds: readonly string[];
  deskId: string;
};

/** The answer to POST /auth/sign-in and /auth/refresh. */
export type SessionTokens = {
  accessToken: string;
  /** ms since epoch */
  accessExpiresAt: number;
  refreshToken: string;
  refreshExpiresAt: number;
  /** what the desk ties its local account to (it keeps its own offline verifier, never the password) */
  account: { id: string; username: string; displayName: string; roles: Role[]; unitIds: string[] };
  deskId: string | null;
};

/** Header a registered desk sends with its credential (sign-in binds the session to it). */
export const DESK_CREDENTIAL_HEADER = 'x-wasl-desk';
/** Response header on 403 desk.revoked: the desk must wipe its local data (after pushing nothing more). */
export const WIPE_HEADER = 'x-wasl-wipe';

export const ACCESS_TOKEN_TTL_MS = 15 * 60_000;
export const REFRESH_TOKEN_TTL_MS = 14 * 24 * 60 * 60_000;
