import type { Result } from '../result';

/**
 * The desk's sync server address. Documents travel in plaintext inside the request (encryption
 * at rest is the desk's own, ARCHITECTURE.md "Data"), so the wire must be TLS: https only, except
 * a server on the desk's own machine (development, tests), which never crosses a network.
 */
export type ServerUrlError = 'sync.url-empty' | 'sync.url-format' | 'sync.url-insecure';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost']);

export function validateServerUrl(input: string): Result<string, ServerUrlError> {
  const text = input.trim();
  if (text === '') return { ok: false, error: 'sync.url-empty' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, error: 'sync.url-format' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, error: 'sync.url-format' };
  if (url.username || url.password || url.search || url.hash) return { ok: false, error: 'sync.url-format' };
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) return { ok: false, error: 'sync.url-insecure' };
  return { ok: true, value: `${url.origin}${url.pathname.replace(/\/+$/, '')}` };
}

export type SyncTokenError = 'sync.token-empty';

export function validateSyncToken(input: string): Result<string, SyncTokenError> {
  const token = input.trim();
  return token.length >= 8 ? { ok: true, value: token } : { ok: false, error: 'sync.token-empty' };
}

/**
 * connect-src entries of the renderer's CSP (shared/security/csp.ts) for the sync server. The
 * address is chosen at run time in the desk's settings, after the page and its CSP header were
 * served, so the policy cannot name it: it allows what validateServerUrl allows — any https
 * origin, and http on the loopback interface only. Scripts stay 'self'-only (no inline, no eval),
 * which is what keeps injected code out; connect-src narrows where requests may go to TLS hosts.
 */
export const SYNC_CONNECT_SOURCES: readonly string[] = ['https:', 'http://127.0.0.1:*', 'http://localhost:*'];

/** Exponential backoff after consecutive failures: 1 s, 2 s, 4 s … capped at 60 s. */
export function backoffDelayMs(failures: number, baseMs = 1000, maxMs = 60_000): number {
  if (failures <= 0) return 0;
  return Math.min(maxMs, baseMs * 2 ** Math.min(failures - 1, 30));
}
