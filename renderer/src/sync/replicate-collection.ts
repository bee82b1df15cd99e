/**
 * One collection's replication: RxDB's replicateRxCollection speaking shared/sync's HTTP
 * protocol — pull by the server's sequence checkpoint, push in batches, and this collection's
 * part of the desk's one SSE stream (RESYNC on every reconnect, then change batches) as
 * pull.stream$ (the manager opens the stream: see openMultiplexedStream).
 */
import { replicateRxCollection, type RxReplicationState } from 'rxdb/plugins/replication';
import type { RxCollection } from 'rxdb/plugins/core';
import type { Observable } from 'rxjs';
import { createSyncClient, type EventSourceFactory, type FetchLike } from '@shared/sync/http-client';
import type { PushRow, StreamEvent, SyncCheckpoint } from '@shared/sync/protocol';
import type { BackoffGate } from './backoff-gate';

type Doc = Record<string, unknown>;

export type SyncTransport = { fetch: FetchLike; openEventSource: EventSourceFactory };

export type CollectionReplication = {
  name: string;
  state: RxReplicationState<Doc, SyncCheckpoint>;
  pause(): Promise<void>;
  resume(): Promise<void>;
  cancel(): Promise<void>;
};

export const PULL_BATCH = 1000;
export const PUSH_BATCH = 100;

export function replicateCollection(options: {
  name: string;
  collection: RxCollection<Doc>;
  serverUrl: string;
  token: string;
  transport: SyncTransport;
  gate: BackoffGate;
  stream$: Observable<StreamEvent>;
  onSuccess(): void;
  onFailure(error: unknown): void;
  /** documents that stay on this desk, never pushed (the desk's wiring says which: desk-sync.ts) */
  keepLocal: (doc: Doc) => boolean;
}): CollectionReplication {
  const { name, gate } = options;
  const client = createSyncClient({ baseUrl: options.serverUrl, token: options.token, collection: name, fetch: options.transport.fetch });

  /** Every request waits for the shared backoff and reports how it went. */
  async function request<T>(run: () => Promise<T>): Promise<T> {
    await gate.wait();
    try {
      const result = await run();
      gate.succeeded();
      options.onSuccess();
      return result;
    } catch (error) {
      gate.failed();
      options.onFailure(error);
      throw error;
    }
  }

  const state = replicateRxCollection<Doc, SyncCheckpoint>({
    collection: options.collection,
    // Checkpoints belong to one server: another address starts from the beginning.
    replicationIdentifier: `wasl-sync-${name}-${options.serverUrl}`,
    live: true,
    // RxDB's own retry pause; the gate adds the growing backoff on top.
    retryTime: 1000,
    waitForLeadership: false,
    pull: {
      handler: (checkpoint, batchSize) => request(() => client.pull(checkpoint, batchSize)),
      // The server speaks RxDB's stream protocol; its types differ only in the document type.
      stream$: options.stream$ as never,
      batchSize: PULL_BATCH,
    },
    push: {
      handler: (rows) => request(() => client.push(rows as PushRow[])) as never,
      batchSize: PUSH_BATCH,
      // Returning null leaves a row out of the push (RxDB counts it as sent).
      modifier: (doc) => (options.keepLocal(doc) ? null : doc),
    },
  });
  return {
    name,
    state,
    pause: () => state.pause(),
    resume: () => state.start(),
    cancel: () => state.cancel().then(() => undefined),
  };
}
