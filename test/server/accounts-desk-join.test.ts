import { EventSource } from 'eventsource';
import { indexedDB } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLLECTIONS } from '@shared/db/collections';
import type { FetchLike } from '@shared/sync/http-client';
import { readAccountLink } from '@renderer/db/account-links';
import { loadOrCreateDeskKey } from '@renderer/db/desk-keys';
import { readDeskSettings } from '@renderer/db/desk-settings';
import { signInWithAssociation } from '@renderer/features/auth/data/association-sign-in';
import { attemptPassword } from '@renderer/features/auth/data/attempt-password';
import { saveBeneficiary } from '@renderer/features/beneficiaries/data/save-beneficiary';
import { joinAssociation } from '@renderer/features/setup/data/join-association';
import { validateJoin, type JoinInput } from '@renderer/features/setup/validate-join';
import { queryTokenEventSource } from '@renderer/sync/browser-transport';
import { startDeskSync } from '@renderer/sync/desk-sync';
import { manualOnlineSource } from '@renderer/sync/online-source';
import { refreshDeskSession } from '@renderer/sync/session-refresh';
import { formInput, openDesk, type Desk } from '../renderer/registry-fixtures';
import { uniqueName } from '../renderer/db-fixtures';
import { closedPortUrl, PASSWORD, registerTestDesk, startAuthServerOnRealClock, type AuthServer, waitFor } from './accounts-support';

/**
 * Joining an association and signing in on the joined desk, with the renderer's real
 * code (database on fake-indexeddb, desk key in WebCrypto, desk sync) against the real server
 * with real accounts. "Offline" is a real refused connection: a port nobody listens on.
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


async function newCode(): Promise<string> {
  const response = await auth.call('/desks/registration-codes', { method: 'POST', token: auth.adminToken });
  return ((await response.json()) as { code: string }).code;
}

async function createAccount(username: string, roles: string[]): Promise<void> {
  const response = await auth.call('/accounts', { token: auth.adminToken, body: { username, displayName: `موظف ${username}`, roles, unitIds: [], password: PASSWORD } });
  expect(response.status).toBe(201);
}

function join(desk: Desk, keysName: string, input: Partial<JoinInput>, fetchLike: FetchLike = online) {
  const valid = validateJoin({ serverUrl: auth.server.url, registrationCode: '', associationName: 'جمعية كادي', deskName: 'مكتب الشمال', deskCode: 'NTH1', ...input });
  if (!valid.ok) throw new Error(JSON.stringify(valid.error));
  return joinAssociation({ db: desk.db, fetch: fetchLike, keys: { indexedDB, crypto, name: keysName }, now: () => new Date() }, valid.value, 'ar');
}

async function keySlots(name: string): Promise<string[]> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => open.result.createObjectStore('keys');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const keys = await new Promise<IDBValidKey[]>((resolve) => {
    const request = db.transaction('keys').objectStore('keys').getAllKeys();
    request.onsuccess = () => resolve(request.result);
  });
  db.close();
  return keys.map(String);
}

describe('joining an existing association', () => {
  it('refuses a wrong code, a taken desk code and an unreachable server, writing nothing; then registers with the same code and another desk code', async () => {
    // Another desk already holds TKN1 (one RxDB database per realm at a time: the free tier's limit).
    await registerTestDesk(auth, 'TKN1');
    const other = await openDesk(uniqueName('wasl-join-'));
    const otherKeys = `${other.name}-keys`;
    expect(await join(other, otherKeys, { registrationCode: 'AAAA-BBBB-CCCC', deskCode: 'NTH2' })).toEqual({ ok: false, error: { code: 'desk.registration-code-invalid', field: 'registrationCode' } });
    const code = await newCode();
    expect(await join(other, otherKeys, { registrationCode: code, deskCode: 'tkn1' })).toEqual({ ok: false, error: { code: 'desk.code-taken', field: 'deskCode' } });
    expect(await join(other, otherKeys, { registrationCode: code, deskCode: 'NTH2' }, offline)).toEqual({ ok: false, error: { code: 'server.unreachable', field: 'serverUrl' } });
    expect(await readDeskSettings(other.db)).toBeNull();
    expect(await keySlots(otherKeys)).toEqual([]);

    // The code was not spent by the refusal: the user only picks another desk code.
    const joined = await join(other, otherKeys, { registrationCode: code, deskCode: 'NTH2' });
    if (!joined.ok) throw new Error(joined.error.code);
    const settings = await readDeskSettings(other.db);
    expect(settings).toMatchObject({ deskCode: 'NTH2', serverUrl: auth.server.url, deskId: joined.value.deskId });
    expect(settings?.deskCredential).toEqual(expect.any(String));
    // The server publishes the key the desk holds under its server-given id.
    expect(await keySlots(otherKeys)).toEqual([joined.value.deskId]);
    const key = await loadOrCreateDeskKey({ indexedDB, crypto, name: otherKeys }, joined.value.deskId);
    const { desks } = (await (await auth.call('/desks/keys', { token: auth.adminToken })).json()) as { desks: { deskId: string; code: string; publicKey: string }[] };
    expect(desks.find((d) => d.deskId === joined.value.deskId)).toMatchObject({ code: 'NTH2', publicKey: key.publicKeyRaw });
    await other.close();
    // A used code cannot join a third desk.
    const third = await openDesk(uniqueName('wasl-join-'));
    expect(await join(third, `${third.name}-keys`, { registrationCode: code, deskCode: 'NTH3' })).toMatchObject({ ok: false, error: { code: 'desk.registration-code-invalid' } });
    await third.close();
  }, 90_000);
});

describe('staff on a joined desk', () => {
  it('first sign-in online ties the account (a verifier, never the password); sync then runs on that session; offline sign-in uses the verifier; refresh rotates', async () => {
    const desk = await openDesk(uniqueName('wasl-join-'));
    const joined = await join(desk, `${desk.name}-keys`, { registrationCode: await newCode(), deskCode: 'SGN1' });
    if (!joined.ok) throw new Error(joined.error.code);
    await createAccount('huda.r', ['receptionist']);
    const deps = (fetchLike: FetchLike) => ({ db: desk.db, fetch: fetchLike, now: () => Date.now() });

    expect(await signInWithAssociation(deps(offline), 'huda.r', PASSWORD)).toEqual({ kind: 'needs-server', error: 'server.unreachable' });
    expect(await signInWithAssociation(deps(online), 'huda.r', 'not the password')).toEqual({ kind: 'wrong' });
    expect(await readAccountLink(desk.db, 'huda.r')).toBeNull();
    const first = await signInWithAssociation(deps(online), ' Huda.R ', PASSWORD);
    if (first.kind !== 'ok') throw new Error(first.kind);
    expect(first).toMatchObject({ online: true, user: { displayName: 'موظف huda.r', roles: ['receptionist'] } });
    const link = await readAccountLink(desk.db, 'huda.r');
    expect(link).toMatchObject({ accountId: first.user.staffId, verifier: { algorithm: 'scrypt' } });
    expect(JSON.stringify(link)).not.toContain(PASSWORD);
    const settings = await readDeskSettings(desk.db);
    expect(settings?.session?.accountId).toBe(first.user.staffId);

    // Sync starts from the stored session: a file registered here reaches the server.
    desk.deps.desk = { deskId: joined.value.deskId, deskCode: 'SGN1' };
    desk.deps.actor = { id: first.user.staffId };
    const sync = startDeskSync(desk.db, { online: manualOnlineSource(true), backoffBaseMs: 100, transport: { fetch: online, openEventSource: queryTokenEventSource(EventSource) } });
    const saved = await saveBeneficiary(desk.deps, formInput({}), { acknowledged: [] });
    if (!saved.ok) throw new Error(JSON.stringify(saved.error));
    await waitFor(async () => (await auth.server.db.query('SELECT 1 FROM documents WHERE id = $1', [saved.value.id])).length > 0, 'the file on the server');

    // The server's published desk keys arrive as local catalog entries (what verification reads),
    // and stay local: the catalog is not a receptionist's to push, so nothing is refused.
    const keyOf = async (code: string) => (await desk.db.catalog.find({ selector: { kind: 'desk-key' } }).exec()).find((doc) => doc.data?.deskCode === code);
    await waitFor(async () => (await keyOf('TKN1')) !== undefined && (await keyOf('SGN1')) !== undefined, 'the server-published keys');
    const own = await loadOrCreateDeskKey({ indexedDB, crypto, name: `${desk.name}-keys` }, joined.value.deskId);
    expect((await keyOf('SGN1'))?.key).toBe(own.keyId);
    await waitFor(async () => sync.status$.value.phase === 'synced', 'in sync');
    await new Promise((done) => setTimeout(done, 1_500));
    expect(sync.status$.value.collections.find((c) => c.name === 'catalog')).toMatchObject({ error: null, pending: 0 });

    // Offline: the verifier signs her in; a wrong password is refused; the lock screen uses it too.
    expect(await signInWithAssociation(deps(offline), 'huda.r', PASSWORD)).toMatchObject({ kind: 'ok', online: false, user: { staffId: first.user.staffId } });
    expect(await signInWithAssociation(deps(offline), 'huda.r', 'wrong')).toEqual({ kind: 'wrong' });
    expect(await attemptPassword(desk.db, first.user.staffId, PASSWORD, 'unlock')).toMatchObject({ kind: 'ok' });
    expect(await attemptPassword(desk.db, first.user.staffId, 'wrong', 'unlock')).toEqual({ kind: 'wrong' });

    // Refresh: a new pair; the spent refresh token is refused by the server.
    const before = (await readDeskSettings(desk.db))?.session;
    expect(await refreshDeskSession(desk.db, online)).toBe('refreshed');
    const after = (await readDeskSettings(desk.db))?.session;
    expect(after?.refreshToken).not.toBe(before?.refreshToken);
    expect(after?.accountId).toBe(first.user.staffId);
    expect((await auth.call('/auth/refresh', { body: { refreshToken: before?.refreshToken } })).status).toBe(401);
    // Reuse detection revoked the session: the desk drops it and waits for the next online sign-in.
    expect(await refreshDeskSession(desk.db, online)).toBe('ended');
    expect((await readDeskSettings(desk.db))?.session).toBeUndefined();
    expect(sync.manager()).toBeNull();
    await sync.stop();
    await desk.close();
  }, 120_000);
});
