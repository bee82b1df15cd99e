import { EventSource } from 'eventsource';
import { NEVER } from 'rxjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAssumedMasterState, type RxCollection } from 'rxdb/plugins/core';
import type { CollectionDefinition } from '../../shared/db/collections';
import type { PushRow, SyncDocument } from '../../shared/sync/protocol';
import { openDatabase, type JsonDoc } from '../../renderer/src/db/database';
import { createBackoffGate } from '../../renderer/src/sync/backoff-gate';
import { queryTokenEventSource } from '../../renderer/src/sync/browser-transport';
import { replicateCollection, type CollectionReplication } from '../../renderer/src/sync/replicate-collection';
import { beneficiary, push, startTestServer, testBeneficiarySchema, TOKEN, type TestServer } from '../server/sync-support/harness';
import { fakeDexieStorage, uniqueName } from './db-fixtures';
import { closeDesksAndServer, type OpenedDesk } from './sync-desk-fixtures';

/**
 * A first pull of whole pages written in bulk (renderer/src/sync/bulk-pull.ts) on the real desk
 * storage (Dexie on fake-indexeddb, encrypted at rest) against the real sync server: the desk ends
 * as RxDB's own downstream leaves it — the same stored documents and meta copies (this fails if an
 * RxDB upgrade changes what the module copies), nothing pushed back, a local edit pushed against
 * the pulled state, a document already here taken by RxDB's downstream, a cut pull resumed.
 */
const idOf = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
// Pages of 100 (the app pulls 1,000): the same whole-page path at a tenth of the fake IndexedDB's cost.
const PULL_BATCH = 100;
const COUNT = PULL_BATCH + 5;
const DELETED = idOf(7);
let server: TestServer;
const opened: OpenedDesk[] = [];

async function serverPush(rows: PushRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) expect(await (await push(server, 'beneficiaries', rows.slice(i, i + 500))).json()).toEqual([]);
}

beforeAll(async () => {
  server = await startTestServer();
  const docs: SyncDocument[] = Array.from({ length: COUNT }, (_, i) => beneficiary(idOf(i), { nationalId: `1${String(i).padStart(9, '0')}` }));
  await serverPush(docs.map((doc) => ({ newDocumentState: doc.id === DELETED ? { ...doc, _deleted: true } : doc })));
}, 120_000);
afterAll(() => closeDesksAndServer(opened, server));

type Desk = { collection: RxCollection<JsonDoc>; pushes: { rows: PushRow[]; answer: unknown }[]; failPulls: { after: number }; pulls: number };

async function openBulkDesk(): Promise<Desk> {
  const definitions: Record<string, CollectionDefinition> = { beneficiaries: { schema: { ...testBeneficiarySchema, encrypted: ['nationalId', 'notes'] }, migrationStrategies: {} } };
  const db = await openDatabase<{ beneficiaries: RxCollection<JsonDoc> }>({ name: uniqueName('wasl-bulk-'), storage: fakeDexieStorage(), password: 'a-long-storage-secret-for-tests' }, definitions);
  opened.push({ db, replication: { cancel: () => Promise.resolve() } as CollectionReplication });
  return { collection: db.beneficiaries, pushes: [], failPulls: { after: Infinity }, pulls: 0 };
}

function replicate(desk: Desk): CollectionReplication {
  const replication = replicateCollection({
    name: 'beneficiaries',
    collection: desk.collection,
    serverUrl: server.url,
    token: TOKEN,
    transport: {
      fetch: async (input, init) => {
        const path = new URL(String(input)).pathname;
        if (path.endsWith('/pull') && ++desk.pulls > desk.failPulls.after) throw new TypeError('network down');
        const response = await fetch(input, init);
        if (path.endsWith('/push')) desk.pushes.push({ rows: JSON.parse(String(init?.body)) as PushRow[], answer: await response.clone().json() });
        return response;
      },
      openEventSource: queryTokenEventSource(EventSource),
    },
    gate: createBackoffGate({ baseMs: 20 }),
    stream$: NEVER,
    onSuccess: () => undefined,
    onFailure: () => undefined,
    keepLocal: () => false,
    pullBatch: PULL_BATCH,
  });
  opened.push({ db: { close: () => Promise.resolve(true) }, replication });
  return replication;
}

/** Stored as RxDB's storage hands it back: top-level keys, _meta keys, the revision's height. */
function shape(doc: Record<string, unknown> | undefined) {
  const meta = doc?._meta as Record<string, unknown>;
  return { keys: Object.keys(doc ?? {}).sort(), meta: Object.keys(meta ?? {}).sort(), rev: String(doc?._rev).split('-')[0] };
}

describe('a first pull written in bulk', () => {
  let desk: Desk;
  let replication: CollectionReplication;

  it('leaves the documents and meta copies as RxDB writes them, pushes back nothing, and pushes a write made meanwhile', async () => {
    desk = await openBulkDesk();
    // What the point of the bulk path is: the pulled documents are not read from the desk first
    // (RxDB's downstream reads every one of them before writing it).
    const fork = desk.collection.storageInstance.originalStorageInstance;
    const findById = fork.findDocumentsById.bind(fork);
    let idsRead = 0;
    fork.findDocumentsById = (ids, withDeleted) => {
      idsRead += ids.filter((id) => id !== idOf(900_000)).length;
      return findById(ids, withDeleted);
    };
    replication = replicate(desk);
    let received = 0;
    const subscription = replication.state.received$.subscribe(() => (received += 1));
    const { _deleted: _notDeleted, ...localDoc } = beneficiary(idOf(900_000), { nationalId: '2000000001' });
    const local = await desk.collection.insert(localDoc);
    await replication.state.awaitInitialReplication();
    await replication.state.awaitInSync();
    subscription.unsubscribe();
    expect(received).toBe(COUNT);
    // The whole page written in bulk; only the last, short page (5 documents) went through RxDB.
    expect(idsRead).toBeLessThanOrEqual(2 * (COUNT - PULL_BATCH));
    fork.findDocumentsById = findById;
    expect(await desk.collection.count().exec()).toBe(COUNT);
    expect(await desk.collection.findOne(DELETED).exec()).toBeNull();
    expect((await desk.collection.findOne(idOf(42)).exec())?.toJSON()).toMatchObject({ nationalId: '1000000042' });
    // Only the desk's own write went to the server, none of what it pulled.
    expect(desk.pushes.flatMap((p) => p.rows.map((row) => row.newDocumentState.id))).toEqual([local.primary]);

    // A document RxDB's own downstream writes (a short page) is stored the same way.
    await serverPush([{ newDocumentState: beneficiary(idOf(COUNT), { nationalId: '1000099999' }) }]);
    replication.state.reSync();
    await replication.state.awaitInSync();
    const internal = replication.state.internalReplicationState;
    if (!internal) throw new Error('replication not started');
    const [bulkDoc, rxdbDoc] = await desk.collection.storageInstance.findDocumentsById([idOf(42), idOf(COUNT)], true);
    expect(rxdbDoc?.nationalId).toBe('1000099999');
    expect(shape(bulkDoc)).toEqual(shape(rxdbDoc));
    expect(bulkDoc?._rev).toBe(rxdbDoc?._rev);
    const masters = await getAssumedMasterState(internal, [idOf(42), idOf(COUNT)]);
    expect(masters[idOf(42)]?.docData).toMatchObject({ id: idOf(42), nationalId: '1000000042', _deleted: false });
    expect(shape(masters[idOf(42)]?.metaDocument)).toEqual(shape(masters[idOf(COUNT)]?.metaDocument));
    expect(internal.lastCheckpointDoc.down?.checkpointData).toMatchObject({ seq: expect.any(Number) as number });
  }, 60_000);

  it('pushes a later edit of a pulled document against the state pulled: the server takes it', async () => {
    const doc = await desk.collection.findOne(idOf(42)).exec();
    await doc?.incrementalPatch({ city: 'جدة' });
    await replication.state.awaitInSync();
    const last = desk.pushes.at(-1);
    expect(last?.rows[0]?.assumedMasterState).toMatchObject({ id: idOf(42), city: 'الرياض' });
    expect(last?.answer).toEqual([]);
  }, 30_000);

  it('hands a document the desk already holds to RxDB with the last page', async () => {
    const fresh = Array.from({ length: PULL_BATCH }, (_, i) => ({ newDocumentState: beneficiary(idOf(2000 + i)) }));
    await serverPush([{ assumedMasterState: beneficiary(idOf(3), { nationalId: '1000000003' }), newDocumentState: beneficiary(idOf(3), { nationalId: '1000000003', city: 'مكة' }) }, ...fresh]);
    replication.state.reSync();
    await replication.state.awaitInSync();
    expect((await desk.collection.findOne(idOf(3)).exec())?.toJSON()).toMatchObject({ city: 'مكة' });
    expect(await desk.collection.count().exec()).toBe(COUNT + 1 + PULL_BATCH);
    const internal = replication.state.internalReplicationState;
    if (!internal) throw new Error('replication not started');
    expect((await getAssumedMasterState(internal, [idOf(3)]))[idOf(3)]?.docData).toMatchObject({ city: 'مكة' });
  }, 60_000);
});

describe('a first pull cut short', () => {
  it('resumes from the last page written: every document once, none lost', async () => {
    const desk = await openBulkDesk();
    desk.failPulls.after = 2;
    const first = replicate(desk);
    let received = 0;
    const subscription = first.state.received$.subscribe(() => (received += 1));
    while (received < PULL_BATCH) await new Promise((resolve) => setTimeout(resolve, 20));
    subscription.unsubscribe();
    await first.cancel();
    desk.failPulls.after = Infinity;
    const again = replicate(desk);
    await again.state.awaitInitialReplication();
    await again.state.awaitInSync();
    const ids = (await desk.collection.find().exec()).map((doc) => doc.primary);
    expect(new Set(ids).size).toBe(ids.length);
    const onServer = COUNT + 1 + PULL_BATCH;
    expect(ids).toHaveLength(onServer);
    expect(desk.pushes).toEqual([]);
  }, 60_000);
});

describe('a first pull paused (offline)', () => {
  it('goes on from the last page written when resumed: every document once, none lost', async () => {
    const desk = await openBulkDesk();
    const replication = replicate(desk);
    let received = 0;
    const subscription = replication.state.received$.subscribe(() => (received += 1));
    while (received < PULL_BATCH) await new Promise((resolve) => setTimeout(resolve, 10));
    await replication.pause();
    await replication.resume();
    // The resumed replication pulls again from its checkpoint (a RESYNC queued behind the stopped pull).
    while ((await desk.collection.count().exec()) < COUNT + 1 + PULL_BATCH) await new Promise((resolve) => setTimeout(resolve, 50));
    await replication.state.awaitInSync();
    subscription.unsubscribe();
    const ids = (await desk.collection.find().exec()).map((doc) => doc.primary);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(COUNT + 1 + PULL_BATCH);
  }, 60_000);
});
