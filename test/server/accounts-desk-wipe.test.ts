import { EventSource } from 'eventsource';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { COLLECTIONS } from '@shared/db/collections';
import { completeNationalId } from '@shared/registry/national-id';
import { loadOrCreateDeskKey } from '@renderer/db/desk-keys';
import { writeDeskSettings, type DeskSettings } from '@renderer/db/desk-settings';
import { createFileStore, type FileStore } from '@renderer/db/file-store';
import { wipeDesk } from '@renderer/db/wipe-desk';
import { saveBeneficiary } from '@renderer/features/beneficiaries/data/save-beneficiary';
import { queryTokenEventSource } from '@renderer/sync/browser-transport';
import { startDeskSync, type DeskSync } from '@renderer/sync/desk-sync';
import { manualOnlineSource } from '@renderer/sync/online-source';
import { formInput, openDesk, PASSWORD as STORAGE_SECRET, type Desk } from '../renderer/registry-fixtures';
import { staffDoc, uniqueName } from '../renderer/db-fixtures';
import { registerTestDesk, requestGate, staffOn, startAuthServer, type AuthServer, type Staff } from './accounts-support';

/**
 * A revoked desk wipes itself (policy 3.6b): the renderer's real database (encrypted Dexie on
 * fake-indexeddb), search index, file store and desk key, synced by the renderer's desk sync
 * against the real server with real sign-in. After the server's first "revoked" answer, no
 * request leaves the desk, nothing more reaches the server, and every local database is gone.
 */
let auth: AuthServer;
beforeAll(async () => {
  auth = await startAuthServer({ collections: COLLECTIONS });
}, 120_000);
afterAll(async () => auth?.close());

type Sent = { method: string; url: string; status?: number };

async function until(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

const onServer = async (id: string) => (await auth.server.db.query('SELECT 1 FROM documents WHERE id = $1', [id])).length > 0;
const databaseNames = async () => (await indexedDB.databases()).map((info) => info.name ?? '');

type Running = {
  desk: Desk; staff: Staff; files: FileStore; sync: DeskSync; sent: Sent[]; online: ReturnType<typeof manualOnlineSource>;
  sentAtRevocation: () => number | null;
  /** Holds the desk's requests until the returned release is called (a write then lands before any answer). */
  holdNetwork: () => () => void;
};

let n = 0;
/** A desk synced by desk sync; `signOuts` gates its sign-out requests (held from before its start). */
async function runDesk(deskCode: string, settings: Partial<DeskSettings> = {}, signOuts = requestGate()): Promise<Running> {
  const registered = await registerTestDesk(auth, deskCode);
  const staff = await staffOn(auth, registered, ['receptionist']);
  const desk = await openDesk(uniqueName('wasl-wipe-'));
  desk.deps.desk = { deskId: registered.deskId, deskCode };
  desk.deps.actor = { id: staff.id };
  const files = createFileStore({ secret: STORAGE_SECRET, name: `${desk.name}-files`, indexedDB, IDBKeyRange });
  expect((await files.putFile(new TextEncoder().encode('%PDF-1.4\nscan\n%%EOF').buffer, 'scan.pdf', 'application/pdf')).ok).toBe(true);
  await loadOrCreateDeskKey({ indexedDB, crypto, name: `${desk.name}-key` }, registered.deskId);
  await writeDeskSettings(desk.db, {
    deskId: registered.deskId, associationName: 'جمعية كادي', deskName: `مكتب ${deskCode}`, deskCode, idleLockMinutes: 5, locale: 'ar',
    setupCompletedAt: '2026-03-01T08:00:00.000Z', serverUrl: auth.server.url, syncToken: staff.token, ...settings,
  });
  const sent: Sent[] = [];
  let atRevocation: number | null = null;
  const network = requestGate();
  const online = manualOnlineSource(true);
  const sync = startDeskSync(desk.db, {
    online,
    backoffBaseMs: 100,
    transport: {
      // What really reaches the network: the desk's revocation latch sits above this.
      fetch: async (input, init) => {
        await network.passed();
        if (input.includes('/auth/sign-out')) await signOuts.passed();
        const entry: Sent = { method: init?.method ?? 'GET', url: input };
        sent.push(entry);
        const response = await fetch(input, init);
        entry.status = response.status;
        if (response.status === 403 && response.headers.get('x-wasl-wipe') === '1') atRevocation ??= sent.length;
        return response;
      },
      openEventSource: queryTokenEventSource(EventSource),
    },
    wipe: (db) =>
      wipeDesk({
        db,
        indexedDB,
        databases: [`${desk.name}-search-index`, `${desk.name}-files`, `${desk.name}-key`],
        close: async () => {
          await desk.index.close();
          files.close();
        },
      }),
  });
  return { desk, staff, files, sync, sent, online, sentAtRevocation: () => atRevocation, holdNetwork: network.hold };
}

async function register(running: Running, first: string) {
  n += 1;
  const saved = await saveBeneficiary(running.desk.deps, formInput({ name: { first, father: 'خالد', grandfather: 'سعد', family: 'العتيبي' }, nationalId: completeNationalId(`14${String(n).padStart(7, '0')}`), mobiles: [`05600000${String(n).padStart(2, '0')}`] }), { acknowledged: [] });
  if (!saved.ok) throw new Error(JSON.stringify(saved.error));
  return saved.value;
}

async function expectWiped(running: Running): Promise<void> {
  await until(() => running.sync.revocation$.value !== 'wiping' && running.sync.revocation$.value !== 'active', 'the wipe');
  expect(running.sync.revocation$.value).toBe('wiped');
  const names = await databaseNames();
  expect(names.filter((name) => name.includes(running.desk.name))).toEqual([]);
  expect(running.sync.manager()).toBeNull();
}

describe('a revoked desk', () => {
  it('answers its next push refused: halts, sends nothing more, and wipes every local database', async () => {
    const running = await runDesk('WPA');
    const before = await register(running, 'هند');
    await until(() => onServer(before.id), 'the first file on the server');
    expect((await databaseNames()).filter((name) => name.includes(running.desk.name)).length).toBeGreaterThan(3);

    // Under load the desk's next pull could meet the revocation while the write below is still
    // encrypting (and the wipe would close the database under it): the write lands first.
    const release = running.holdNetwork();
    expect((await auth.call(`/desks/${running.desk.deps.desk.deskId}/revoke`, { method: 'POST', token: auth.adminToken })).status).toBe(200);
    const after = await register(running, 'ريم');
    release();
    await expectWiped(running);

    expect(running.sentAtRevocation()).not.toBeNull();
    // Replication retries every second: give it time to try, and see that nothing went out.
    await new Promise((done) => setTimeout(done, 2_500));
    expect(running.sent.length).toBe(running.sentAtRevocation());
    expect(await onServer(after.id)).toBe(false);
    expect(await onServer(before.id)).toBe(true);
  }, 90_000);

  it('that was offline when revoked learns it when it connects again, and wipes', async () => {
    const running = await runDesk('WPB');
    const before = await register(running, 'لمى');
    await until(() => onServer(before.id), 'the file on the server');
    running.online.set(false);
    await until(() => running.sync.status$.value.phase === 'offline', 'offline');
    const offlineWrite = await register(running, 'دانة');
    expect((await auth.call(`/desks/${running.desk.deps.desk.deskId}/revoke`, { method: 'POST', token: auth.adminToken })).status).toBe(200);

    running.online.set(true);
    await expectWiped(running);
    await new Promise((done) => setTimeout(done, 2_500));
    expect(running.sent.length).toBe(running.sentAtRevocation());
    expect(await onServer(offlineWrite.id)).toBe(false);
  }, 90_000);

  it('waits for a sign-out already on its way before it wipes (its settings are not removed under it)', async () => {
    // A sign-out queued while the server was out of reach (a session the server never knew: it
    // answers 401, the send then counts it ended and writes the settings without it).
    const queued = { accountId: crypto.randomUUID(), accessToken: 'gone-access', accessExpiresAt: Date.now() + 60_000, refreshToken: 'gone-refresh', refreshExpiresAt: Date.now() + 60_000 };
    const errors = vi.spyOn(console, 'error');
    try {
      const signOuts = requestGate();
      const releaseSignOuts = signOuts.hold();
      const running = await runDesk('WPD', { endedSessions: [queued] }, signOuts);
      await until(() => running.sync.status$.value.phase === 'synced', 'in sync');
      const releaseNetwork = running.holdNetwork();
      expect((await auth.call(`/desks/${running.desk.deps.desk.deskId}/revoke`, { method: 'POST', token: auth.adminToken })).status).toBe(200);
      await register(running, 'جود');
      releaseNetwork();
      await until(() => running.sentAtRevocation() !== null, 'the revocation answered');
      await new Promise((done) => setTimeout(done, 1_000));
      expect(running.sync.revocation$.value).toBe('wiping');
      releaseSignOuts();
      await expectWiped(running);
      expect(running.sent.filter((entry) => entry.url.includes('/auth/sign-out')).length).toBe(1);
      expect(errors.mock.calls.filter((call) => String(call[0]).startsWith('sync:'))).toEqual([]);
    } finally {
      errors.mockRestore();
    }
  }, 90_000);

  it('a refusal that is not a revocation (a role without the right) wipes nothing', async () => {
    const running = await runDesk('WPC');
    const saved = await register(running, 'سارة');
    await until(() => onServer(saved.id), 'the file on the server');
    // Staff accounts are the administration's: a receptionist's desk is refused a new one, 403.
    const at = new Date().toISOString();
    await running.desk.db.staff.insert(staffDoc({ id: crypto.randomUUID(), username: 'sneaky.admin', deskId: running.desk.deps.desk.deskId, updatedBy: running.staff.id, createdAt: at, updatedAt: at }));
    await until(() => running.sent.some((entry) => entry.url.includes('/sync/staff/push') && entry.status === 403), 'the staff push refused');
    expect(running.sync.revocation$.value).toBe('active');
    expect(await running.desk.db.beneficiaries.findOne(saved.id).exec()).not.toBeNull();
    await running.sync.stop();
    await running.desk.close();
    running.files.close();
  }, 90_000);
});
