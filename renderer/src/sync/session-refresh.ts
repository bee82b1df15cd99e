/**
 * Keeps a joined desk's server session alive: access tokens live 15 minutes, so shortly before
 * one expires the refresh token (which rotates: each is spent once) buys a new pair, stored in the
 * desk settings — which restarts sync with the new token. A session the server ended (sign-out
 * elsewhere, refresh reuse, expiry) is dropped: sync waits for the next online sign-in.
 */
import { refreshSession } from '@shared/accounts/session-client';
import type { FetchLike } from '@shared/sync/http-client';
import type { WaslDatabase } from '../db/database';
import { readDeskSettings, writeDeskSettings } from '../db/desk-settings';

export type RefreshOutcome = 'refreshed' | 'revoked' | 'ended' | 'unreachable';

/** How long before expiry the desk refreshes; clocks of desk and server may differ a little. */
export const REFRESH_MARGIN_MS = 60_000;
export const REFRESH_RETRY_MS = 30_000;

export async function refreshDeskSession(db: WaslDatabase, fetch: FetchLike): Promise<RefreshOutcome> {
  const settings = await readDeskSettings(db);
  const session = settings?.session;
  if (!settings?.serverUrl || !session) return 'ended';
  const answer = await refreshSession(fetch, settings.serverUrl, session.refreshToken);
  // Re-read: a sign-in may have stored another session while the request was out.
  const latest = (await readDeskSettings(db)) ?? settings;
  if (latest.session?.refreshToken !== session.refreshToken) return 'refreshed';
  if (answer.ok) {
    const tokens = answer.value;
    await writeDeskSettings(db, {
      ...latest,
      session: { accountId: tokens.account.id, accessToken: tokens.accessToken, accessExpiresAt: tokens.accessExpiresAt, refreshToken: tokens.refreshToken, refreshExpiresAt: tokens.refreshExpiresAt },
    });
    return 'refreshed';
  }
  if (answer.error === 'desk.revoked') return 'revoked';
  if (answer.error === 'auth.refresh-failed') {
    const { session: _ended, ...rest } = latest;
    await writeDeskSettings(db, rest);
    return 'ended';
  }
  return 'unreachable';
}

/** Milliseconds until the desk should refresh a session that expires at `expiresAt`. */
export function refreshDelayMs(expiresAt: number, now: number): number {
  return Math.max(0, expiresAt - now - REFRESH_MARGIN_MS);
}

/** Never sooner than this: a desk clock far off the server's must not spin. */
const MIN_REFRESH_MS = 10_000;

/** What the refresher follows: when the current session's access token expires (null: no session). */
export type RefreshTarget = { expiresAt: number | null } | null;

export type SessionRefresher = {
  /** replaces the pending refresh; null cancels it */
  schedule(target: RefreshTarget): void;
  /** cancels it for good: a refresh under way that fails then schedules no retry */
  stop(): void;
  /** the refresh under way, which reads and writes the settings a revoked desk's wipe is about to remove */
  settled(): Promise<void>;
};

export type RefresherDeps = {
  fetch: FetchLike;
  now: () => number;
  /** MIN_REFRESH_MS and REFRESH_RETRY_MS unless given (tests) */
  minDelayMs?: number;
  retryMs?: number;
};

/** A joined desk's session refreshed shortly before its access token runs out; `onRevoked` when the server says the desk is revoked. */
export function sessionRefresher(db: WaslDatabase, deps: RefresherDeps, onRevoked: () => void): SessionRefresher {
  const { minDelayMs = MIN_REFRESH_MS, retryMs = REFRESH_RETRY_MS } = deps;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<void> = Promise.resolve();
  let stopped = false;
  const schedule = (target: RefreshTarget): void => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (stopped || !target || target.expiresAt === null) return;
    const delay = Math.max(minDelayMs, refreshDelayMs(target.expiresAt, deps.now()));
    timer = setTimeout(() => {
      timer = null;
      inFlight = refreshDeskSession(db, deps.fetch).then(
        (outcome) => {
          if (outcome === 'revoked') onRevoked();
          // A new session in the settings schedules itself; a failed attempt tries again later.
          if (outcome === 'unreachable') schedule({ expiresAt: deps.now() + retryMs + REFRESH_MARGIN_MS });
        },
        (error: unknown) => console.error('sync: session refresh failed', error),
      );
    }, delay);
  };
  return {
    schedule,
    stop: () => {
      stopped = true;
      schedule(null);
    },
    settled: () => inFlight,
  };
}
