import { EventSource } from 'eventsource';
import { addRxPlugin, createRxDatabase, type MigrationStrategies, type RxCollection, type RxConflictHandler, type RxDatabase } from 'rxdb';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import { replicateRxCollection, type RxReplicationState } from 'rxdb/plugins/replication';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { Subject } from 'rxjs';
import type { CollectionSchema } from '@shared/db/schema-types';
import { createSyncClient, type EventSourceFactory, type EventSourceLike } from '@shared/sync/http-client';
import type { StreamEvent, SyncCheckpoint } from '@shared/sync/protocol';
import { mergeDocuments, type FieldConflict } from '@shared/sync/three-way-merge';
import { jsonEqual } from '@shared/sync/deep-equal';

/**
 * A test "desk": an RxDB database on memory storage replicating through the real RxDB
 * replication client (replicateRxCollection) over HTTP + SSE to a running sync server, with the
 * three-way merge as its conflict handler. The renderer's real replication lands with the desk
 * side of the sync issue; this is the same wiring without the UI.
 */
type Doc = Record<string, unknown>;

export type Desk = {
  db: RxDatabase;
  collection(name: string): RxCollection<Doc>;
  replications: RxReplicationState<Doc, SyncCheckpoint>[];
  /** field conflicts the merge raised (the desk issue stores them in the `conflicts` collection) */
  conflicts: FieldConflict[];
  awaitInSync(): Promise<void>;
  close(): Promise<void>;
};

/** Node 24 has no global EventSource: the `eventsource` package, with the token as a header. */
export const nodeEventSource: EventSourceFactory = (url, token) => {
  const source = new EventSource(url, {
    fetch: (input, init) => fetch(input, { ...init, headers: { ...init.headers, authorization: `Bearer ${token}` } }),
  });
  const adapter: EventSourceLike = { onmessage: null, onerror: null, onopen: null, close: () => source.close() };
  source.onmessage = (event) => adapter.onmessage?.(event);
  source.onerror = (event) => adapter.onerror?.(event);
  source.onopen = (event) => adapter.onopen?.(event);
  return adapter;
};

function conflictHandler(collection: string, conflicts: FieldConflict[]): RxConflictHandler<Doc> {
  return {
    isEqual: (a, b) => jsonEqual(a, b),
    async resolve(input) {
      const result = mergeDocuments(input.assumedMasterState, input.newDocumentState, input.realMasterState, { collection });
      if (result.kind === 'merged') conflicts.push(...result.conflicts);
      return result.document as typeof input.realMasterState;
    },
  };
}

export async function openDesk(options: {
  name: string;
  serverUrl: string;
  token: string;
  collections: Record<string, { schema: CollectionSchema; migrationStrategies?: MigrationStrategies }>;
  live?: boolean;
}): Promise<Desk> {
  // The app's schemas carry versions (audit, cases, surveys…): RxDB wants the migration plugin and strategies for them.
  addRxPlugin(RxDBMigrationSchemaPlugin);
  const db = await createRxDatabase({ name: options.name, storage: getRxStorageMemory(), multiInstance: false });
  const conflicts: FieldConflict[] = [];
  await db.addCollections(
    Object.fromEntries(
      Object.entries(options.collections).map(([name, { schema, migrationStrategies }]) => [
        name,
        { schema: schema as never, migrationStrategies: migrationStrategies ?? {}, conflictHandler: conflictHandler(name, conflicts) },
      ]),
    ),
  );
  const replications = Object.keys(options.collections).map((name) => {
    const client = createSyncClient({ baseUrl: options.serverUrl, token: options.token, collection: name, fetch: (input, init) => fetch(input, init) });
    const stream$ = new Subject<StreamEvent>();
    const closeStream = options.live === false ? () => {} : client.openStream(nodeEventSource, (event) => stream$.next(event));
    const replication = replicateRxCollection<Doc, SyncCheckpoint>({
      collection: db.collections[name] as RxCollection<Doc>,
      replicationIdentifier: `wasl-http-${name}-${options.serverUrl}`,
      live: options.live ?? true,
      retryTime: 200,
      pull: {
        handler: async (checkpoint, batchSize) => client.pull(checkpoint, batchSize),
        stream$: stream$.asObservable() as never,
        batchSize: 100,
      },
      push: { handler: async (rows) => client.push(rows as never) as never, batchSize: 100 },
    });
    replication.error$.subscribe(() => {});
    const cancel = replication.cancel.bind(replication);
    replication.cancel = async () => {
      closeStream();
      stream$.complete();
      return cancel();
    };
    return replication;
  });
  return {
    db,
    collection: (name) => db.collections[name] as RxCollection<Doc>,
    replications,
    conflicts,
    async awaitInSync() {
      await Promise.all(replications.map((replication) => replication.awaitInSync()));
    },
    async close() {
      await Promise.all(replications.map((replication) => replication.cancel()));
      await db.close();
    },
  };
}
