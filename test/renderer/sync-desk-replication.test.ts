import { EventSource } from 'eventsource';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../shared/db/collections';
import type { BeneficiaryDoc } from '../../shared/db/schemas/beneficiary.schema';
import type { PushRow, SyncDocument } from '../../shared/sync/protocol';
import { saveBeneficiary } from '../../renderer/src/features/beneficiaries/data/save-beneficiary';
import { queryTokenEventSource } from '../../renderer/src/sync/browser-transport';
import { decodeConflict, resolveConflict } from '../../renderer/src/sync/conflict-records';
import { manualOnlineSource } from '../../renderer/src/sync/online-source';
import { isUnchangedSeed } from '../../renderer/src/db/catalog-seed';
import { startSyncManager, type SyncManager } from '../../renderer/src/sync/sync-manager';
import { dropSchema, pullAll, push, startTestServer, TOKEN, type TestServer } from '../server/sync-support/harness';
import { completeNationalId } from '../../shared/registry/national-id';
import { ACTOR, DESK, formInput, ID_B, openDesk, type Desk } from './registry-fixtures';
import { rawDump } from './idb-raw-fixtures';

/**
 * The desk's real replication (renderer/src/sync) on the real desk database — Dexie on
 * fake-indexeddb, encrypted at rest, the app's schemas — against the real sync server on PGlite
 * (or DATABASE_URL's PostgreSQL). One desk in this realm; two desks: sync-desk-two-desks.test.ts.
 */
let server: TestServer;
let desk: Desk;
let manager: SyncManager;
let serverClosed = false;
const online = manualOnlineSource(true);
const pushed: PushRow[] = [];
/** Set by a test: the next beneficiaries push's answer goes through it (a late or lost answer). */
let nextPushAnswer: ((answer: Promise<Response>) => Promise<Response>) | null = null;

/** The desk's sync manager as the app starts it (desk-sync.ts), on the real fetch (or `network`). */
function startManager(network: typeof fetch = fetch): SyncManager {
  return startSyncManager({
    db: desk.db,
    deskId: DESK.deskId,
    serverUrl: server.url,
    token: TOKEN,
    online,
    backoffBaseMs: 100,
    keepLocal: (_collection, doc) => isUnchangedSeed(doc),
    transport: {
      // The real fetch; the push bodies are kept to look at what left the desk.
      fetch: async (input, init) => {
        if (input.endsWith('/beneficiaries/push') && typeof init?.body === 'string') pushed.push(...(JSON.parse(init.body) as PushRow[]));
        const answerThrough = input.endsWith('/beneficiaries/push') ? nextPushAnswer : null;
        if (answerThrough) {
          nextPushAnswer = null;
          return answerThrough(network(input, init));
        }
        return network(input, init);
      },
      openEventSource: queryTokenEventSource(EventSource),
    },
  });
}

beforeAll(async () => {
  server = await startTestServer({ collections: COLLECTIONS });
  desk = await openDesk();
  manager = startManager();
});
afterAll(async () => {
  await manager?.stop();
  await desk?.close();
  if (server && !serverClosed) await server.close();
  if (server) await dropSchema(server.schema);
});

async function until(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const serverDoc = async (id: string) => (await pullAll(server, 'beneficiaries')).find((d) => d.id === id);
const deskDoc = async (id: string) => (await desk.db.beneficiaries.findOne(id).exec())?.toJSON() as BeneficiaryDoc | undefined;
const stripMeta = (doc: Record<string, unknown>) => Object.fromEntries(Object.entries(doc).filter(([key]) => !key.startsWith('_')));

let registered = 0;
/** A new file with its own (synthetic, valid) ID and mobile, so no duplicate warning stops it. */
async function register(nationalId: string | null, first = 'سارة'): Promise<BeneficiaryDoc> {
  registered += 1;
  const input = formInput({
    nationalId: nationalId ?? completeNationalId(`1200000${String(registered).padStart(2, '0')}`),
    mobiles: [`05600000${String(registered).padStart(2, '0')}`],
    name: { first, father: 'علي', grandfather: 'سعد', family: 'الشهري' },
  });
  const saved = await saveBeneficiary(desk.deps, input, { acknowledged: [] });
  if (!saved.ok) throw new Error(JSON.stringify(saved.error));
  return saved.value;
}

/** Another desk's write, straight to the server, based on what the server holds now. */
async function editOnServer(id: string, fields: Record<string, unknown>): Promise<void> {
  const master = await serverDoc(id);
  if (!master) throw new Error(`${id} not on the server`);
  const response = await push(server, 'beneficiaries', [{ assumedMasterState: master, newDocumentState: { ...master, ...fields, deskId: 'other-desk' } as SyncDocument }]);
  expect(await response.json()).toEqual([]);
}

describe('desk replication against the server', () => {
  it('pushes a beneficiary in plaintext (the encryption wrapper decrypts for replication) and the server stores plaintext', async () => {
    const doc = await register(ID_B);
    await until(async () => (await serverDoc(doc.id)) !== undefined, 'the file on the server');
    const row = pushed.find((r) => r.newDocumentState.id === doc.id);
    expect(row?.newDocumentState).toMatchObject({ nationalId: ID_B, mobiles: doc.mobiles, address: doc.address, notes: doc.notes });
    expect(stripMeta(await serverDoc(doc.id) ?? {})).toEqual(stripMeta(doc as unknown as Record<string, unknown>));
    await until(() => manager.status$.value.phase === 'synced', 'the synced status');
    expect(manager.status$.value).toMatchObject({ pending: 0, error: null, online: true });
    expect(manager.status$.value.lastSyncedAt).not.toBeNull();
    // The audit entry of the registration syncs too (every collection replicates).
    await until(async () => (await pullAll(server, 'audit')).some((a) => a.entityId === doc.id), 'the audit entry on the server');
  });

  it('keeps edits made offline, counts them as pending, and pushes them when back online', async () => {
    const doc = await register(null, 'هند');
    await until(async () => (await serverDoc(doc.id)) !== undefined, 'the file on the server');
    online.set(false);
    await until(() => manager.status$.value.phase === 'offline', 'the offline status');
    await (await desk.db.beneficiaries.findOne(doc.id).exec())?.incrementalPatch({ district: 'الملقا' });
    await until(() => manager.status$.value.pending >= 1, 'a pending change');
    expect((await serverDoc(doc.id))?.district).not.toBe('الملقا');
    online.set(true);
    await until(async () => (await serverDoc(doc.id))?.district === 'الملقا', 'the offline edit on the server');
    await until(() => manager.status$.value.phase === 'synced' && manager.status$.value.pending === 0, 'synced again');
  });

  it('counts what the ledger holds whenever it is written, even with no change event after it', async () => {
    // A write's change event comes before its ledger entry is stored (an incremental patch does not
    // even wait for it): a recount that event started could read the ledger without the entry, and an
    // offline desk showed 0 pending. Here the entry is stored with no collection write at all.
    const doc = await register(null, 'جميلة');
    await until(async () => (await serverDoc(doc.id)) !== undefined, 'the file on the server');
    online.set(false);
    await until(() => manager.status$.value.phase === 'offline' && manager.status$.value.pending === 0, 'offline, nothing pending');
    // Going offline pauses the replications a moment later, and that recounts: let it pass first.
    await new Promise((done) => setTimeout(done, 1000));
    await desk.db.upsertLocal('sync-pending-beneficiaries', { ids: [doc.id] });
    await until(() => manager.status$.value.pending === 1, 'the ledger entry counted');
    await desk.db.upsertLocal('sync-pending-beneficiaries', { ids: [] });
    await until(() => manager.status$.value.pending === 0, 'the ledger emptied, counted');
    online.set(true);
    await until(() => manager.status$.value.phase === 'synced', 'synced again');
  });

  it('merges a field edited here with another field edited on the server meanwhile', async () => {
    const doc = await register(null, 'ريم');
    await until(async () => (await serverDoc(doc.id)) !== undefined, 'the file on the server');
    online.set(false);
    await (await desk.db.beneficiaries.findOne(doc.id).exec())?.incrementalPatch({ city: 'جدة' });
    await editOnServer(doc.id, { district: 'الروضة' });
    online.set(true);
    await until(async () => (await serverDoc(doc.id))?.city === 'جدة', 'the merged file on the server');
    await manager.awaitInSync();
    expect(await serverDoc(doc.id)).toMatchObject({ city: 'جدة', district: 'الروضة' });
    expect(await deskDoc(doc.id)).toMatchObject({ city: 'جدة', district: 'الروضة' });
    expect(await desk.db.conflicts.find({ selector: { documentId: doc.id } }).exec()).toEqual([]);
  });

  it('records the same field edited on both sides as a conflict (both values, encrypted at rest), then a resolution syncs and is audited', async () => {
    const doc = await register(null, 'لطيفة');
    await until(async () => (await serverDoc(doc.id)) !== undefined, 'the file on the server');
    online.set(false);
    await (await desk.db.beneficiaries.findOne(doc.id).exec())?.incrementalPatch({ notes: 'ملاحظة المكتب الأول' });
    await editOnServer(doc.id, { notes: 'ملاحظة المكتب الثاني' });
    online.set(true);
    await until(async () => (await desk.db.conflicts.find({ selector: { documentId: doc.id } }).exec()).length > 0, 'the conflict record');
    await manager.awaitInSync();
    const [record] = await desk.db.conflicts.find({ selector: { documentId: doc.id } }).exec();
    expect(decodeConflict(record!.toJSON())).toMatchObject({
      collectionName: 'beneficiaries', field: 'notes', status: 'open', base: doc.notes, mine: 'ملاحظة المكتب الأول', theirs: 'ملاحظة المكتب الثاني',
    });
    // The server's value stays in the file until a person decides.
    expect((await deskDoc(doc.id))?.notes).toBe('ملاحظة المكتب الثاني');
    expect(await rawDump(desk.name)).not.toContain('ملاحظة المكتب الأول');

    const error = await resolveConflict({ db: desk.db, actorId: ACTOR.id, deskId: DESK.deskId, now: () => new Date() }, record!.id, 'mine');
    expect(error).toBeNull();
    await until(async () => (await serverDoc(doc.id))?.notes === 'ملاحظة المكتب الأول', 'the chosen value on the server');
    await until(async () => (await pullAll(server, 'conflicts')).some((c) => c.id === record!.id && c.status === 'resolved'), 'the resolved record on the server');
    const audit = await pullAll(server, 'audit');
    await until(async () => (await pullAll(server, 'audit')).some((a) => a.action === 'sync.conflict-resolve' && a.entityId === doc.id), 'the audit entry');
    expect(audit.length).toBeGreaterThan(0);
  });

  it('counts the writes made offline before the desk closed as pending when it opens again, and 0 once they reach the server', async () => {
    const docs = [await register(null, 'نورة'), await register(null, 'عبير')];
    await until(async () => (await serverDoc(docs[1]!.id)) !== undefined, 'the files on the server');
    await until(() => manager.status$.value.phase === 'synced' && manager.status$.value.pending === 0, 'nothing pending');
    online.set(false);
    await until(() => manager.status$.value.phase === 'offline', 'the offline status');
    for (const doc of docs) await (await desk.db.beneficiaries.findOne(doc.id).exec())?.incrementalPatch({ district: 'النرجس' });
    await until(() => manager.status$.value.pending === 2, 'two pending changes');

    // The desk closes while offline and opens again: a new database object and a new manager.
    await manager.stop();
    await desk.close();
    desk = await openDesk(desk.name);
    // Offline for real: the replication starts before the manager pauses it, and finds no network.
    manager = startManager((input, init) => (online.isOnline() ? fetch(input, init) : Promise.reject(new TypeError('Failed to fetch'))));
    await until(() => manager.status$.value.phase === 'offline' && manager.status$.value.pending === 2, 'the earlier session\'s two writes counted');
    expect((await serverDoc(docs[0]!.id))?.district).not.toBe('النرجس');

    online.set(true);
    await until(async () => (await serverDoc(docs[0]!.id))?.district === 'النرجس' && (await serverDoc(docs[1]!.id))?.district === 'النرجس', 'both edits on the server');
    await until(() => manager.status$.value.phase === 'synced' && manager.status$.value.pending === 0, 'nothing pending once they reached the server');
  });

  // The server stored the push, but its answer reached the desk only after the desk went offline (late), or
  // never (lost). The desk must not take its write as unsent: the edit it makes next, offline, goes on top of
  // what the server holds, with no conflict (RxDB's pause drops a late answer's bookkeeping).
  for (const answer of ['late', 'lost'] as const) {
    it(`a push the server stored whose answer came ${answer} as the desk went offline: the next offline edit still reaches the server, no conflict`, async () => {
      await until(() => manager.status$.value.phase === 'synced', 'synced before');
      let answerNow: () => void = () => {};
      const held = new Promise<void>((resolve) => (answerNow = resolve));
      nextPushAnswer = async (response) => {
        const stored = await response;
        online.set(false);
        await held;
        if (answer === 'lost') throw new TypeError('Failed to fetch');
        return stored;
      };
      const doc = await register(null, answer === 'late' ? 'غادة' : 'جود');
      await until(async () => (await serverDoc(doc.id)) !== undefined, 'the file on the server');
      await until(() => manager.status$.value.phase === 'offline', 'offline');
      answerNow();
      await new Promise((resolve) => setTimeout(resolve, 300));
      await (await desk.db.beneficiaries.findOne(doc.id).exec())?.incrementalPatch({ city: 'الدمام' });
      online.set(true);
      await until(async () => (await serverDoc(doc.id))?.city === 'الدمام', 'the offline edit on the server');
      await until(() => manager.status$.value.phase === 'synced' && manager.status$.value.pending === 0, 'synced again');
      expect(await desk.db.conflicts.find({ selector: { documentId: doc.id } }).exec()).toEqual([]);
      expect((await deskDoc(doc.id))?.city).toBe('الدمام');
    });
  }

  it('a push under way when the desk stops (sign-out) gets its answer noted: the next session\'s edit reaches the server, no conflict', async () => {
    await until(() => manager.status$.value.phase === 'synced', 'synced before');
    let stopping: Promise<void> = Promise.resolve();
    nextPushAnswer = async (response) => {
      const stored = await response;
      stopping = manager.stop();
      await new Promise((resolve) => setTimeout(resolve, 200));
      return stored;
    };
    const doc = await register(null, 'سلمى');
    await until(async () => (await serverDoc(doc.id)) !== undefined, 'the file on the server');
    await stopping;
    manager = startManager();
    await (await desk.db.beneficiaries.findOne(doc.id).exec())?.incrementalPatch({ city: 'الخبر' });
    await until(async () => (await serverDoc(doc.id))?.city === 'الخبر', 'the next session\'s edit on the server');
    await until(() => manager.status$.value.phase === 'synced' && manager.status$.value.pending === 0, 'synced again');
    expect(await desk.db.conflicts.find({ selector: { documentId: doc.id } }).exec()).toEqual([]);
  });

  it('shows an unreachable server as an error code, keeping the write pending', async () => {
    serverClosed = true;
    await server.close();
    await register(null, 'منيرة');
    await until(() => manager.status$.value.phase === 'error', 'the error status');
    expect(manager.status$.value.error).toBe('sync.unreachable');
    await until(() => manager.status$.value.pending >= 1, 'the write counted as pending');
  });
});

