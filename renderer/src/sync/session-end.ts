/**
 * Signing out on a joined desk ends the person's server session, not only the screen: sync must not
 * go on under the name of someone who left, pulling beneficiaries' data with nobody signed in to it
 * (policy 6b, confidentiality).
 * The session leaves the desk settings at once, so sync stops until the next online sign-in; its
 * sign-out is sent to the server now, or, when the server is out of reach, kept in the settings
 * (sealed like every token) and sent at the next contact (desk-sync.ts).
 */
import { refreshSession, signOutSession, type AccountsErrorCode } from '@shared/accounts/session-client';
import type { FetchLike } from '@shared/sync/http-client';
import type { WaslDatabase } from '../db/database';
import { readDeskSettings, writeDeskSettings, type StoredSession } from '../db/desk-settings';
import { serialized } from '../db/serial';
import type { OnlineSource } from './online-source';

const SETTINGS_KEY = 'desk-settings-session';

/** The settings lose their session (sync stops) and queue its sign-out. False when there was none. */
export function endDeskSession(db: WaslDatabase): Promise<boolean> {
  return serialized(SETTINGS_KEY, async () => {
    const settings = await readDeskSettings(db);
    if (!settings?.session) return false;
    const { session, ...rest } = settings;
    await writeDeskSettings(db, { ...rest, endedSessions: [...(settings.endedSessions ?? []), session] });
    return true;
  });
}

const unreachable = (error: AccountsErrorCode) => error === 'server.unreachable' || error === 'server.error';

type Attempt = { kind: 'ended' } | { kind: 'unreachable'; session: StoredSession };

/** Ends one session on the server; anything but "no answer" means it is over there. */
async function endOnServer(fetch: FetchLike, serverUrl: string, session: StoredSession): Promise<Attempt> {
  const first = await signOutSession(fetch, serverUrl, session.accessToken);
  if (first.ok) return { kind: 'ended' };
  if (unreachable(first.error)) return { kind: 'unreachable', session };
  // Refused: the access token ran out while the sign-out waited (15 minutes), or the session had
  // already ended. A refresh tells which, and buys a token to sign out with.
  const renewed = await refreshSession(fetch, serverUrl, session.refreshToken);
  if (!renewed.ok) return unreachable(renewed.error) ? { kind: 'unreachable', session } : { kind: 'ended' };
  const tokens = renewed.value;
  const second = await signOutSession(fetch, serverUrl, tokens.accessToken);
  if (!second.ok && unreachable(second.error)) {
    // The old refresh token is spent: keep the new pair for the next attempt.
    return { kind: 'unreachable', session: { ...session, accessToken: tokens.accessToken, accessExpiresAt: tokens.accessExpiresAt, refreshToken: tokens.refreshToken, refreshExpiresAt: tokens.refreshExpiresAt } };
  }
  return { kind: 'ended' };
}

/**
 * Sends every queued sign-out. 'sent' when none is left, 'pending' when the server was out of reach
 * for some (they stay queued). Settings are written only when something changed.
 */
export function sendEndedSessions(db: WaslDatabase, fetch: FetchLike): Promise<'sent' | 'pending'> {
  return serialized(SETTINGS_KEY, async () => {
    const settings = await readDeskSettings(db);
    const queued = settings?.endedSessions ?? [];
    if (!settings?.serverUrl || queued.length === 0) return 'sent';
    const remaining: StoredSession[] = [];
    for (const session of queued) {
      const attempt = await endOnServer(fetch, settings.serverUrl, session);
      if (attempt.kind === 'unreachable') remaining.push(attempt.session);
    }
    const changed = remaining.length !== queued.length || remaining.some((one, i) => one.refreshToken !== queued[i]?.refreshToken);
    if (changed) {
      const latest = (await readDeskSettings(db)) ?? settings;
      const { endedSessions: _queued, ...rest } = latest;
      await writeDeskSettings(db, remaining.length > 0 ? { ...rest, endedSessions: remaining } : rest);
    }
    return remaining.length > 0 ? 'pending' : 'sent';
  });
}

/**
 * Sends queued sign-outs at each contact: when desk sync has followed a change of the settings (a
 * sign-in, a sign-out, the app's start; after the old session's replication stopped, so none of its
 * requests meets the ended session) and when the network returns. One attempt at a time.
 * stop() resolves once the attempt under way has settled: a revoked desk's wipe must not remove the
 * database under a send that still reads and writes its settings.
 */
export function signOutSender(db: WaslDatabase, deps: { fetch: FetchLike; online: OnlineSource }): { send(): void; stop(): Promise<void> } {
  let inFlight: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  const send = (): void => {
    if (stopped || !deps.online.isOnline()) return;
    if (inFlight) {
      again = true;
      return;
    }
    inFlight = sendEndedSessions(db, deps.fetch)
      .then(() => undefined)
      .catch((error: unknown) => console.error('sync: sending a sign-out failed', error))
      .finally(() => {
        inFlight = null;
        if (again) {
          again = false;
          send();
        }
      });
  };
  const unsubscribeOnline = deps.online.subscribe((online) => {
    if (online) send();
  });
  return {
    send,
    async stop() {
      stopped = true;
      unsubscribeOnline();
      await inFlight;
    },
  };
}
