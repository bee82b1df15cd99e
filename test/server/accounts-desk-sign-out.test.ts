import { EventSource } from 'eventsource';
import { indexedDB } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLLECTIONS } from '@shared/db/collections';
import type { EventSourceFactory, FetchLike } from '@shared/sync/http-client';
import { readDeskSettings } from '@renderer/db/desk-settings';
import { signInWithAssociation } from '@renderer/features/auth/data/association-sign-in';
import { joinAssociation } from '@renderer/features/setup/data/join-association';
import { validateJoin } from '@renderer/features/setup/validate-join';
import { queryTokenEventSource } from '@renderer/sync/browser-transport';
import { startDeskSync } from '@renderer/sync/desk-sync';
import { manualOnlineSource } from '@renderer/sync/online-source';
import { endDeskSession, sendEndedSessions } from '@renderer/sync/session-end';
import { openDesk } from '../renderer/registry-fixtures';
import { uniqueName } from '../renderer/db-fixtures';
import { closedPortUrl, PASSWORD, startAuthServerOnRealClock, type AuthServer, waitFor } from './accounts-support';

/**
 * Signing out on a joined desk ends the server session and stops sync until the next sign-in; when
 * the server is out of reach the sign-out waits in the desk settings and goes at the next contact.
 * The renderer's real code (database on fake-indexeddb, desk sync) against the real server with
 * real accounts; "offline" is a real refused connection (a port nobody listens on).
 */
let auth: AuthServer;
let deadUrl: string;
beforeAll(async () => {
  auth = await startAuthServerOnRealClock({ collections: COLLECTIONS });
  deadUrl = await closedPortUrl();
}, 120_000);
afterAll(async () => auth?.close());

const online: FetchLike = (url, init) => fetch(url, init);
const offline: FetchLike = (url, init) => fetch(url.replace(auth.server.url, deadUrl), init);


/** What the server says of an access token: 200 while its session lives, 401 once it ended. */
const meStatus = async (token: string) => (await auth.call('/auth/me', { token })).status;

async function joinedDesk(deskCode: string, username: string) {
  const desk = await openDesk(uniqueName('wasl-signout-'));
  const code = ((await (await auth.call('/desks/registration-codes', { method: 'POST', token: auth.adminToken })).json()) as { code: string }).code;
  const valid = validateJoin({ serverUrl: auth.server.url, registrationCode: code, associationName: 'جمعية كادي', deskName: 'مكتب الخروج', deskCode });
  if (!valid.ok) throw new Error(JSON.stringify(valid.error));
  const joined = await joinAssociation({ db: desk.db, fetch: online, keys: { indexedDB, crypto, name: `${desk.name}-keys` }, now: () => new Date() }, valid.value, 'ar');
  if (!joined.ok) throw new Error(joined.error.code);
  const created = await auth.call('/accounts', { token: auth.adminToken, body: { username, displayName: `موظف ${username}`, roles: ['receptionist'], unitIds: [], password: PASSWORD } });
  expect(created.status).toBe(201);
  const signIn = async () => {
    const result = await signInWithAssociation({ db: desk.db, fetch: online, now: () => Date.now() }, username, PASSWORD);
    if (result.kind !== 'ok') throw new Error(result.kind);
    const token = (await readDeskSettings(desk.db))?.session?.accessToken;
    if (!token) throw new Error('no session stored');
    return token;
  };
  return { desk, signIn };
}

/** The desk's transport, counting every sync request (pulls, pushes, streams) it sends. */
function countingTransport() {
  const sent: string[] = [];
  const events = queryTokenEventSource(EventSource);
  const openEventSource: EventSourceFactory = (url, token) => {
    sent.push(url);
    return events(url, token);
  };
  const counted: FetchLike = (url, init) => {
    if (url.includes('/sync/')) sent.push(url);
    return fetch(url, init);
  };
  return { sent, transport: { fetch: counted, openEventSource } };
}

describe('signing out on a joined desk', () => {
  it('ends the server session (its token is refused) and sends no sync request until someone signs in again', async () => {
    const { desk, signIn } = await joinedDesk('OUT1', 'noura.s');
    const token = await signIn();
    const { sent, transport } = countingTransport();
    const sync = startDeskSync(desk.db, { online: manualOnlineSource(true), backoffBaseMs: 100, transport });
    await waitFor(() => sync.status$.value.phase === 'synced', 'in sync');
    expect(await meStatus(token)).toBe(200);

    expect(await endDeskSession(desk.db)).toBe(true);
    // Desk sync sends the sign-out once the session's replication has stopped.
    await waitFor(async () => (await meStatus(token)) === 401, 'the session ended on the server');
    await waitFor(async () => (await readDeskSettings(desk.db))?.endedSessions === undefined, 'the sign-out sent');
    expect((await readDeskSettings(desk.db))?.session).toBeUndefined();
    expect(sync.manager()).toBeNull();
    const after = sent.length;
    await new Promise((done) => setTimeout(done, 1_500));
    expect(sent.length).toBe(after);

    // The next sign-in opens a new session, and sync runs on it.
    const next = await signIn();
    expect(next).not.toBe(token);
    await waitFor(() => sent.length > after && sync.manager() !== null, 'sync on the new session');
    expect(await meStatus(next)).toBe(200);
    await sync.stop();
    await desk.close();
  }, 120_000);

  it('offline, queues the sign-out (sync stops at once) and sends it at the next contact', async () => {
    const { desk, signIn } = await joinedDesk('OUT2', 'reem.k');
    const token = await signIn();
    const network = manualOnlineSource(true);
    const { sent, transport } = countingTransport();
    const sync = startDeskSync(desk.db, { online: network, backoffBaseMs: 100, transport });
    await waitFor(() => sync.status$.value.phase === 'synced', 'in sync');

    network.set(false);
    expect(await endDeskSession(desk.db)).toBe(true);
    // Out of reach: the session stays alive on the server, its sign-out waits in the settings.
    expect(await sendEndedSessions(desk.db, offline)).toBe('pending');
    const queued = (await readDeskSettings(desk.db))?.endedSessions;
    expect(queued?.map((one) => one.accessToken)).toEqual([token]);
    expect((await readDeskSettings(desk.db))?.session).toBeUndefined();
    await waitFor(() => sync.manager() === null, 'sync stopped');
    const after = sent.length;
    expect(await meStatus(token)).toBe(200);

    // The network returns: the queued sign-out goes, and still no sync request without a sign-in.
    network.set(true);
    await waitFor(async () => (await meStatus(token)) === 401, 'the queued sign-out sent');
    await waitFor(async () => (await readDeskSettings(desk.db))?.endedSessions === undefined, 'the queue emptied');
    await new Promise((done) => setTimeout(done, 1_000));
    expect(sent.length).toBe(after);
    await sync.stop();
    await desk.close();
  }, 120_000);
});
