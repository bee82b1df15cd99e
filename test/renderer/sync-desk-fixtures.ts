import type { CollectionReplication } from '../../renderer/src/sync/replicate-collection';
import { dropSchema, type TestServer } from '../server/sync-support/harness';

/** A desk database and its replication opened by a test, closed after the file's tests. */
export type OpenedDesk = { db: { close(): Promise<boolean> }; replication: CollectionReplication };

/** Cancels every replication, closes every desk, then stops the real server and drops its schema. */
export async function closeDesksAndServer(opened: readonly OpenedDesk[], server: TestServer | undefined): Promise<void> {
  for (const { db, replication } of opened) {
    await replication.cancel();
    await db.close();
  }
  await server?.close();
  if (server) await dropSchema(server.schema);
}
