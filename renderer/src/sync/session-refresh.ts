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
