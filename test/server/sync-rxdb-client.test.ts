import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDesk, type Desk } from './sync-support/desk';
import { beneficiary, dropSchema, pullAll, push, startTestServer, TEST_COLLECTIONS, TOKEN, type TestServer } from './sync-support/harness';

/**
 * The real RxDB replication client (replicateRxCollection on memory storage) against the real
 * server: what a desk does, minus the UI. One desk in this realm (3 collections of the 13 the
 * RxDB free tier allows); several desks run in their own processes (sync-two-desks.test.ts).
 */
let server: TestServer;
let desk: Desk;
const collections = { beneficiaries: TEST_COLLECTIONS.beneficiaries, audit: TEST_COLLECTIONS.audit };

beforeAll(async () => {
  server = await startTestServer();
  desk = await openDesk({ name: 'desk-rx-a', serverUrl: server.url, token: TOKEN, collections });
});
afterAll(async () => {
  await desk?.close();
  await server.close();
  await dropSchema(server.schema);
});

async function until(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const serverDoc = async (id: string) => (await pullAll(server, 'beneficiaries')).find((d) => d.id === id);
const deskDoc = async (id: string) => (await desk.collection('beneficiaries').findOne(id).exec())?.toJSON();

describe('RxDB replication client against the server', () => {
  it('pushes a desk write to the server and pulls a server write into the desk (live, via SSE)', async () => {
    const { _deleted: _d, ...fields } = beneficiary('rx-1', { nationalId: '5000000001' });
    await desk.collection('beneficiaries').insert(fields);
    await desk.awaitInSync();
    expect(await serverDoc('rx-1')).toEqual({ ...fields, _deleted: false });

    // Another desk's write, straight to the server: the stream brings it without a poll.
    const other = beneficiary('rx-2', { nationalId: '5000000002', deskId: 'desk-b' });
    await push(server, 'beneficiaries', [{ newDocumentState: other }]);
    await until(async () => (await deskDoc('rx-2')) !== undefined, 'the streamed document');
    expect(await deskDoc('rx-2')).toMatchObject({ id: 'rx-2', deskId: 'desk-b' });
  });

  it('merges edits of different fields made while the desk was away', async () => {
    const start = beneficiary('rx-3', { nationalId: '5000000003' });
    await push(server, 'beneficiaries', [{ newDocumentState: start }]);
    await until(async () => (await deskDoc('rx-3')) !== undefined, 'rx-3 on the desk');

    await Promise.all(desk.replications.map((replication) => replication.pause()));
    const local = await desk.collection('beneficiaries').findOne('rx-3').exec();
    await local?.incrementalPatch({ city: 'جدة', updatedAt: '2026-01-02T08:00:00.000Z' });
    await push(server, 'beneficiaries', [{ assumedMasterState: start, newDocumentState: { ...start, notes: 'زيارة', deskId: 'desk-b' } }]);
    await Promise.all(desk.replications.map((replication) => replication.start()));
    await until(async () => (await serverDoc('rx-3'))?.city === 'جدة', 'the merged document on the server');
    await desk.awaitInSync();
    expect(await serverDoc('rx-3')).toMatchObject({ city: 'جدة', notes: 'زيارة' });
    expect(await deskDoc('rx-3')).toMatchObject({ city: 'جدة', notes: 'زيارة' });
    expect(desk.conflicts).toEqual([]);
  });

  it('turns the same field edited on both sides into a conflict record, keeping both values', async () => {
    const start = beneficiary('rx-4', { nationalId: '5000000004' });
    await push(server, 'beneficiaries', [{ newDocumentState: start }]);
    await until(async () => (await deskDoc('rx-4')) !== undefined, 'rx-4 on the desk');

    await Promise.all(desk.replications.map((replication) => replication.pause()));
    await (await desk.collection('beneficiaries').findOne('rx-4').exec())?.incrementalPatch({ city: 'أبها' });
    await push(server, 'beneficiaries', [{ assumedMasterState: start, newDocumentState: { ...start, city: 'تبوك' } }]);
    await Promise.all(desk.replications.map((replication) => replication.start()));
    await until(() => desk.conflicts.length > 0, 'the conflict record');
    await desk.awaitInSync();
    expect(desk.conflicts).toEqual([{ documentId: 'rx-4', collection: 'beneficiaries', field: 'city', base: 'الرياض', mine: 'أبها', theirs: 'تبوك' }]);
    expect((await serverDoc('rx-4'))?.city).toBe('تبوك');
    expect((await deskDoc('rx-4'))?.city).toBe('تبوك');
  });
});
