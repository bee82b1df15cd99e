/**
 * The desk's side of the accounts routes (server/desks, server/auth): registering a desk with a
 * one-time code, signing a staff member in on that desk, refreshing the session. fetch is passed
 * in (the renderer's, or Node's in tests). Every failure is one error code the UI translates
 * (t(`errors.${code}`)); a server that cannot be reached is told apart from one that refused.
 */
import type { FetchLike } from '../sync/http-client';
import { err, ok, type Result } from '../result';
import { DESK_CREDENTIAL_HEADER, type SessionTokens } from './claims';

export type AccountsErrorCode =
  | 'server.unreachable'
  | 'server.error'
  | 'server.refused'
  | 'desk.code-taken'
  | 'desk.registration-code-invalid'
  | 'desk.revoked'
  | 'auth.invalid-credentials'
  | 'auth.locked'
  | 'auth.refresh-failed';

export type RegisteredDesk = { deskId: string; deskCode: string; credential: string };

export type DeskRegistration = { registrationCode: string; deskCode: string; deskName: string; publicKey: string };

const KNOWN: ReadonlySet<string> = new Set(['desk.code-taken', 'desk.registration-code-invalid', 'desk.revoked', 'auth.invalid-credentials', 'auth.locked']);

type Body = { error?: { code?: string } };

async function call<T>(fetch: FetchLike, url: string, init: RequestInit): Promise<Result<T, AccountsErrorCode>> {
  let response: Response;
  try {
    // Tokens and accounts: never into the browser's HTTP disk cache (policy 6b).
    response = await fetch(url, { ...init, cache: 'no-store' });
  } catch {
    // fetch rejects only when no answer came at all (no network, refused, DNS, TLS, timeout).
    return err('server.unreachable');
  }
  if (response.ok) return ok((await response.json()) as T);
  if (response.status >= 500) return err('server.error');
  const body = (await response.json().catch(() => ({}))) as Body;
  const code = body.error?.code ?? '';
  if (code.startsWith('auth.refresh') || code === 'auth.session-revoked') return err('auth.refresh-failed');
  return err(KNOWN.has(code) ? (code as AccountsErrorCode) : 'server.refused');
}

const base = (serverUrl: string) => serverUrl.replace(/\/+$/, '');
const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

export function registerDesk(fetch: FetchLike, serverUrl: string, registration: DeskRegistration): Promise<Result<RegisteredDesk, AccountsErrorCode>> {
  return call(fetch, `${base(serverUrl)}/desks/register`, json(registration));
}

/** Signs in on this desk: the session is bound to the desk whose credential is sent. */
export function signInOnDesk(fetch: FetchLike, serverUrl: string, deskCredential: string, username: string, password: string): Promise<Result<SessionTokens, AccountsErrorCode>> {
  return call(fetch, `${base(serverUrl)}/auth/sign-in`, json({ username, password }, { [DESK_CREDENTIAL_HEADER]: deskCredential }));
}

/** Spends the refresh token (it rotates) for a new pair. */
export function refreshSession(fetch: FetchLike, serverUrl: string, refreshToken: string): Promise<Result<SessionTokens, AccountsErrorCode>> {
  return call(fetch, `${base(serverUrl)}/auth/refresh`, json({ refreshToken }));
}

/**
 * Ends the session of this access token on the server: the token and the session's refresh tokens
 * stop working at once (sign-out on a joined desk).
 */
export function signOutSession(fetch: FetchLike, serverUrl: string, accessToken: string): Promise<Result<{ signedOut: boolean }, AccountsErrorCode>> {
  return call(fetch, `${base(serverUrl)}/auth/sign-out`, { method: 'POST', headers: { authorization: `Bearer ${accessToken}` } });
}
