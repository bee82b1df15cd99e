import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CollectionDefinition } from '../../shared/db/collections';
import { openDatabase, type JsonDoc } from '../../renderer/src/db/database';
import { PULL_BATCH, type CollectionReplication } from '../../renderer/src/sync/replicate-collection';
import { dropSchema, startTestServer, testBeneficiarySchema, type TestServer } from '../server/sync-support/harness';
import { fakeDexieStorage, uniqueName } from './db-fixtures';
import { replicateBeneficiaries, seedBeneficiaries } from './sync-pull-support';
import type { RxCollection } from 'rxdb/plugins/core';

/**
 * Pages of a first pull overlap: the desk's replication (replicate-collection.ts, RxDB's resync
 * loop) asks for the next page before it has written the one just received, on the real desk
 * storage (Dexie on fake-indexeddb, encrypted at rest) and the real sync server. RxDB queues the
 * write of a page and goes on fetching (replication-protocol/downstream.js), so the pull handler
 * needs no prefetch of its own: one would be asked at the very same moment.
 */
const COUNT = 2 * PULL_BATCH + 300;
let server: TestServer;
const opened: { db: { close(): Promise<boolean> }; replication: CollectionReplication }[] = [];

beforeAll(async () => {
  server = await startTestServer();
  await seedBeneficiaries(server, COUNT);
}, 120_000);
afterAll(async () => {
  for (const { db, replication } of opened) {
    await replication.cancel();
    await db.close();
  }
  await server?.close();
  if (server) await dropSchema(server.schema);
});

/** A fresh encrypted desk holding only the beneficiaries; each pull request notes how many documents were written by then. */
async function pullingDesk(): Promise<{ collection: RxCollection<JsonDoc>; pulls: { checkpoint: number; written: number }[]; written: number }> {
  const definitions: Record<string, CollectionDefinition> = {
    beneficiaries: { schema: { ...testBeneficiarySchema, encrypted: ['nationalId', 'notes'] }, migrationStrategies: {} },
  };
  const db = await openDatabase<{ beneficiaries: RxCollection<JsonDoc> }>({ name: uniqueName('wasl-overlap-'), storage: fakeDexieStorage(), password: 'a-long-storage-secret-for-tests' }, definitions);
  const pulls: { checkpoint: number; written: number }[] = [];
  let written = 0;
  const replication = replicateBeneficiaries(db.beneficiaries, server, (input, init) => {
    const url = new URL(String(input));
    if (url.pathname.endsWith('/pull')) pulls.push({ checkpoint: Number(url.searchParams.get('checkpoint')), written });
    return fetch(input, init);
  });
  // received$: a pulled document once it is written to the desk.
  const subscription = replication.state.received$.subscribe(() => (written += 1));
  opened.push({ db, replication });
  await replication.state.awaitInitialReplication();
  subscription.unsubscribe();
  return { collection: db.beneficiaries, pulls, written };
}

describe('first pull', () => {
  it('asks for the next page before the previous one is written, each page once, none after the short page', async () => {
    const { collection, pulls, written } = await pullingDesk();
    expect(written).toBe(COUNT);
    expect(await collection.count().exec()).toBe(COUNT);
    expect((await collection.findOne('00000000-0000-4000-8000-000000000007').exec())?.toJSON()).toMatchObject({ nationalId: '1000000007' });
    // Three pages (1000, 1000, 300): three requests, each checkpoint once.
    expect(pulls.map((pull) => pull.checkpoint)).toHaveLength(3);
    expect(new Set(pulls.map((pull) => pull.checkpoint)).size).toBe(3);
    // The second page was asked for before the first one was all written.
    expect(pulls[1]?.written).toBeLessThan(PULL_BATCH);
  }, 60_000);
});
