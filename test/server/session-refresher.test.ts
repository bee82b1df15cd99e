import { describe, expect, it } from 'vitest';
import type { FetchLike } from '@shared/sync/http-client';
import { readDeskSettings, writeDeskSettings } from '@renderer/db/desk-settings';
import { sessionRefresher } from '@renderer/sync/session-refresh';
import { openDesk } from '../renderer/registry-fixtures';
import { uniqueName } from '../renderer/db-fixtures';
import { closedPortUrl, requestGate, waitFor } from './accounts-support';

/**
 * The refresher keeps a joined desk's session alive and tries again while the server is out of
 * reach; once stopped (sign-out of sync, a revoked desk about to wipe) it must not: a retry after the
 * wipe would read the settings of a database that is gone. The renderer's real database
 * (fake-indexeddb) and real refused connections (a port nobody listens on); only the delays are short.
 */
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function deskOutOfReach() {
  const desk = await openDesk(uniqueName('wasl-refresher-'));
  const now = Date.now();
  await writeDeskSettings(desk.db, {
    deskId: 'desk-refresh', associationName: 'جمعية كادي', deskName: 'مكتب التجديد', deskCode: 'RFR1', idleLockMinutes: 5, locale: 'ar',
    setupCompletedAt: '2026-03-01T08:00:00.000Z', serverUrl: await closedPortUrl(), deskCredential: 'credential-of-the-desk',
    session: { accountId: 'account-1', accessToken: 'access-1', accessExpiresAt: now + 60_000, refreshToken: 'refresh-1', refreshExpiresAt: now + 3_600_000 },
  });
  const gate = requestGate();
  const sent: string[] = [];
  // Real requests to the closed port, counted, and held at a gate when the test says so.
  const fetchThroughGate: FetchLike = async (url, init) => {
    sent.push(url);
    await gate.passed();
    return fetch(url, init);
  };
  return { desk, sent, hold: gate.hold, fetch: fetchThroughGate };
}

describe('the session refresher', () => {
  it('retries while the server is out of reach; once stopped, a refresh under way schedules no retry, and settled() waits for it', async () => {
    const { desk, sent, hold, fetch } = await deskOutOfReach();
    const revoked: string[] = [];
    const refresher = sessionRefresher(desk.db, { fetch, now: Date.now, minDelayMs: 20, retryMs: 100 }, () => revoked.push('revoked'));
    refresher.schedule({ expiresAt: Date.now() });
    // Out of reach: it tries, then tries again.
    await waitFor(() => sent.length >= 2, 'a retry', 10_000);
    expect(sent.every((url) => url.endsWith('/auth/refresh'))).toBe(true);

    // The next attempt is held in flight; stop() comes while it is out.
    const release = hold();
    const before = sent.length;
    await waitFor(() => sent.length === before + 1, 'the next attempt in flight', 10_000);
    refresher.stop();
    let settled = false;
    const waiting = refresher.settled().then(() => (settled = true));
    await sleep(200);
    expect(settled).toBe(false);
    release();
    await waiting;
    // It failed (still out of reach) and tried nothing more: well past the 100 ms retry.
    await sleep(600);
    expect(sent.length).toBe(before + 1);
    expect(revoked).toEqual([]);
    // The session is kept: an unreachable server ends nothing.
    expect((await readDeskSettings(desk.db))?.session?.refreshToken).toBe('refresh-1');
    await desk.close();
  }, 30_000);
});
