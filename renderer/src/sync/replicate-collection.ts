/**
 * One collection's replication: RxDB's replicateRxCollection speaking shared/sync's HTTP
 * protocol — pull by the server's sequence checkpoint, push in batches, and this collection's
 * part of the desk's one SSE stream (RESYNC on every reconnect, then change batches) as
 * pull.stream$ (the manager opens the stream: see openMultiplexedStream).
 */
import { replicateRxCollection, type RxReplicationState } from 'rxdb/plugins/replication';
import type { RxCollection } from 'rxdb/plugins/core';
import { tap, type Observable } from 'rxjs';
import { createSyncClient, type EventSourceFactory, type FetchLike } from '@shared/sync/http-client';
import { KNOWN_THROUGH_HEADER, type PushRow, type StreamEvent, type SyncCheckpoint } from '@shared/sync/protocol';
import { acknowledge } from '../db/pending-ledger';
import type { BackoffGate } from './backoff-gate';
import { createPullWindow } from './pull-window';

type Doc = Record<string, unknown>;

export type SyncTransport = { fetch: FetchLike; openEventSource: EventSourceFactory };

export type CollectionReplication = {
  name: string;
  state: RxReplicationState<Doc, SyncCheckpoint>;
  /** takes out of the pending ledger the documents that settled on the server's state after a conflict */
  settle(): Promise<void>;
  /** the last server sequence this replication has pulled through (as far as this session saw) */
  knownThrough(): number;
  /** offline (once a push under way has its answer) and for good on a revoked desk */
  pause(): Promise<void>;
  resume(): Promise<void>;
  /** resolves when the push under way (if any) has its answer noted */
  pushSettled(): Promise<void>;
  cancel(): Promise<void>;
};

export const PULL_BATCH = 1000;
export const PUSH_BATCH = 100;
/**
 * A first sync lets at most this many fetched pages wait to be written (pull-window.ts says why). Measured at
 * 100,000 encrypted files (bench sync, one run each): unbounded 712 docs/s; 1 page 754, 2 786, 4 837 and 797,
 * 8 738.
 */
export const PULL_AHEAD_PAGES = 4;
const PULL_STALL_MS = 5000;

type ReplicationOptions = {
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
  /** a new one after the server's database was restored: every checkpoint starts over (generation-guard.ts) */
  identifierSuffix?: string;
  /** after a restore: the last sequence this collection had pulled before it, sent with every push */
  knownThrough?: number;
  /** the session's first pull answer: what remained on the server then (the first sync's total) */
  onRemaining?(remaining: number): void;
};

/** Every request waits for the shared backoff and reports how it went. */
function gatedRequests(options: ReplicationOptions) {
  return async function request<T>(run: () => Promise<T>): Promise<T> {
    await options.gate.wait();
    try {
      const result = await run();
      options.gate.succeeded();
      options.onSuccess();
      return result;
    } catch (error) {
      options.gate.failed();
      options.onFailure(error);
      throw error;
    }
  };
}

/**
 * The push, noting in the pending ledger (db/pending-ledger.ts) what the server now holds. The
 * server answers with its state of the rows it refused; the others it accepted.
 */
function acknowledgingPush(collection: RxCollection<Doc>, send: (rows: PushRow[]) => Promise<Doc[]>) {
  const primary = collection.schema.primaryPath as string;
  const idOf = (doc: Doc) => String(doc[primary]);
  // The server's state of each document a push conflicted on: when the conflict resolves to it,
  // nothing is pushed again, and the local write is no longer pending (settle()).
  const serverStates = new Map<string, Doc>();
  return {
    async push(rows: PushRow[]): Promise<Doc[]> {
      const conflicts = await send(rows);
      const refused = new Set(conflicts.map(idOf));
      for (const row of rows) serverStates.delete(idOf(row.newDocumentState));
      for (const master of conflicts) serverStates.set(idOf(master), master);
      const accepted = rows.map((row) => row.newDocumentState).filter((doc) => !refused.has(idOf(doc)));
      // Noted after the handler returns, not awaited: the ledger reads the collection, and a read
      // awaited inside RxDB's push can wait on the very replication step that is pushing (the
      // upstream then never pushes again). A failure to note leaves the count high, not the data wrong.
      void acknowledge(collection, accepted).catch((error: unknown) => console.error('sync: pending ledger not updated', error));
      return conflicts;
    },
    settle: () => acknowledge(collection, [...serverStates.values()]),
  };
}

/**
 * Whether this replication's first pull is bounded (pull-window.ts): only into a collection that holds
 * nothing yet. RxDB does not write a pulled document the desk already holds as the server has it, so such
 * documents never count as written: a desk starting over after a server restore (`knownThrough` given)
 * pulls its whole history again, and a desk with files of its own gets its pushes back.
 */
export async function boundsFirstPull(collection: RxCollection<Doc>, knownThrough: number | undefined): Promise<boolean> {
  if (knownThrough !== undefined) return false;
  return (await collection.findOne().exec()) === null;
}

export function replicateCollection(options: ReplicationOptions): CollectionReplication {
  const { name } = options;
  let knownThrough = 0;
  let counted = false;
  const seen = (checkpoint: SyncCheckpoint | undefined) => {
    knownThrough = Math.max(knownThrough, checkpoint?.seq ?? 0);
  };
  const resend = options.knownThrough === undefined ? null : { [KNOWN_THROUGH_HEADER]: String(options.knownThrough) };
  const fetch: FetchLike = resend
    ? (input, init) => options.transport.fetch(input, init?.method === 'POST' ? { ...init, headers: { ...(init.headers as Record<string, string>), ...resend } } : init)
    : options.transport.fetch;
  const client = createSyncClient({ baseUrl: options.serverUrl, token: options.token, collection: name, fetch });
  const request = gatedRequests(options);
  const pushing = acknowledgingPush(options.collection, (rows) => request(() => client.push(rows)));
  const ahead = createPullWindow({ aheadDocs: PULL_AHEAD_PAGES * PULL_BATCH, stallMs: PULL_STALL_MS });
  let cancelled = false;
  // Unknown (the collection could not be read): unbounded, as before the window.
  const bounded = boundsFirstPull(options.collection, options.knownThrough).catch(() => false);

  const state = replicateRxCollection<Doc, SyncCheckpoint>({
    collection: options.collection,
    // Checkpoints belong to one server and one generation of its database: another address, or the
    // same server restored from a backup, starts from the beginning.
    replicationIdentifier: `wasl-sync-${name}-${options.serverUrl}${options.identifierSuffix ?? ''}`,
    live: true,
    // RxDB's own retry pause; the gate adds the growing backoff on top.
    retryTime: 1000,
    waitForLeadership: false,
    pull: {
      handler: async (checkpoint, batchSize) => {
        seen(checkpoint);
        if (await bounded) await ahead.room();
        // Cancelled while waiting for room (sign-out, sync starting over after a server restore, the
        // collection closed): nothing would read the answer, so the request is not sent. RxDB checks only
        // before asking. A pause is not this: its pull waits at the gate and is answered after resuming.
        if (cancelled || state.isStopped()) return { documents: [], checkpoint };
        // The count of what remains is asked until one answer brought it: the session's first pull.
        const pulled = await request(() => client.pull(checkpoint, batchSize, !counted));
        ahead.fetched(pulled.documents.length);
        // A short page is the end of the server's history: the first sync's pages are all in.
        if (pulled.documents.length < batchSize) ahead.close();
        if (!counted && pulled.remaining !== undefined) options.onRemaining?.(pulled.remaining);
        counted ||= pulled.remaining !== undefined;
        seen(pulled.checkpoint);
        return pulled;
      },
      // The server speaks RxDB's stream protocol; its types differ only in the document type.
      stream$: options.stream$.pipe(tap((event) => event !== 'RESYNC' && seen(event.checkpoint))) as never,
      batchSize: PULL_BATCH,
    },
    push: {
      handler: (rows) => pushing.push(rows as PushRow[]) as never,
      batchSize: PUSH_BATCH,
      // Returning null leaves a row out of the push (RxDB counts it as sent).
      modifier: (doc) => (options.keepLocal(doc) ? null : doc),
    },
  });
  const written = state.received$.subscribe(() => ahead.written());
  return {
    name,
    state,
    settle: pushing.settle,
    knownThrough: () => knownThrough,
    pause: () => state.pause(),
    resume: () => state.start(),
    pushSettled: async () => {
      await state.internalReplicationState?.streamQueue.up;
    },
    cancel: () => {
      cancelled = true;
      ahead.close();
      written.unsubscribe();
      return state.cancel().then(() => undefined);
    },
  };
}
