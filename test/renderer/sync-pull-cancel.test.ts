import type { RxCollection, RxStorage, RxStorageInstanceCreationParams } from 'rxdb/plugins/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CollectionDefinition } from '../../shared/db/collections';
import { openDatabase, type JsonDoc } from '../../renderer/src/db/database';
import { PULL_AHEAD_PAGES, PULL_BATCH } from '../../renderer/src/sync/replicate-collection';
import { dropSchema, startTestServer, testBeneficiarySchema, type TestServer } from '../server/sync-support/harness';
import { fakeDexieStorage, uniqueName } from './db-fixtures';
import { replicateBeneficiaries, seedBeneficiaries } from './sync-pull-support';

/**
 * A first pull waits for room in its window (pull-window.ts) while pages are written. A replication
 * cancelled then (sign-out, or sync starting over after a server restore) lets that waiting pull go:
 * it must not send its request, whose answer nothing would read. Here the desk's writes of the
 * beneficiaries are held, so the pull after the window's pages waits for certain.
 */
const COUNT = PULL_AHEAD_PAGES * PULL_BATCH;
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  await seedBeneficiaries(server, COUNT);
}, 120_000);
afterAll(async () => {
  await server?.close();
  if (server) await dropSchema(server.schema);
});

/** The real desk storage, with the writes into one collection held until `release()`. */
function holdingWrites(storage: RxStorage<unknown, unknown>, collectionName: string) {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const wrapped: RxStorage<unknown, unknown> = {
    ...storage,
    async createStorageInstance<RxDocType>(params: RxStorageInstanceCreationParams<RxDocType, unknown>) {
      const instance = await storage.createStorageInstance(params);
      if (params.collectionName !== collectionName) return instance;
      const bulkWrite = instance.bulkWrite.bind(instance);
      instance.bulkWrite = async (rows, context) => {
        await held;
        return bulkWrite(rows, context);
      };
      return instance;
    },
  };
  return { storage: wrapped, release };
}

describe('a first pull cancelled while it waits for room', () => {
  it('sends no request once cancelled', async () => {
    const definitions: Record<string, CollectionDefinition> = { beneficiaries: { schema: testBeneficiarySchema, migrationStrategies: {} } };
    const writes = holdingWrites(fakeDexieStorage() as RxStorage<unknown, unknown>, 'beneficiaries');
    const db = await openDatabase<{ beneficiaries: RxCollection<JsonDoc> }>({ name: uniqueName('wasl-pull-cancel-'), storage: writes.storage }, definitions);
    const pulls: number[] = [];
    let answered = 0;
    const replication = replicateBeneficiaries(db.beneficiaries, server, (input, init) => {
      const url = new URL(String(input));
      if (!url.pathname.endsWith('/pull')) return fetch(input, init);
      pulls.push(Number(url.searchParams.get('checkpoint')));
      return fetch(input, init).then((response) => {
        answered += 1;
        return response;
      });
    });
    try {
      // The window's pages are answered, none written: the next pull waits for room.
      await expect.poll(() => answered, { timeout: 20_000 }).toBe(PULL_AHEAD_PAGES);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(pulls).toHaveLength(PULL_AHEAD_PAGES);

      const cancelled = replication.cancel();
      await new Promise((resolve) => setTimeout(resolve, 300));
      writes.release();
      await cancelled;
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(pulls).toHaveLength(PULL_AHEAD_PAGES);
    } finally {
      writes.release();
      await replication.cancel();
      await db.close();
    }
  }, 60_000);
});
