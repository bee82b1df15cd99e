/**
 * The desk's replication manager: every collection in COLLECTIONS replicates with the server
 * (replicate-collection.ts), each with the three-way-merge conflict handler; offline pauses them
 * all, online resumes them; failures back off exponentially through one shared gate; the status
 * (sync-status.ts) is recomputed from the replications' activity and pending local writes.
 */
import { BehaviorSubject, merge, Subject, type Subscription } from 'rxjs';
import type { RxCollection } from 'rxdb/plugins/core';
import { COLLECTIONS, type CollectionName } from '@shared/db/collections';
import { openMultiplexedStream } from '@shared/sync/http-client';
import type { StreamEvent } from '@shared/sync/protocol';
import type { WaslDatabase } from '../db/database';
import { createBackoffGate } from './backoff-gate';
import { createConflictHandler } from './conflict-handler';
import { recordConflicts } from './conflict-records';
import type { OnlineSource } from './online-source';
import { countPendingChanges } from './pending-changes';
import { guardRevocation } from './revocation-guard';
import { replicateCollection, type CollectionReplication, type SyncTransport } from './replicate-collection';
import { overallPhase, syncErrorCodeOf, type CollectionSyncStatus, type SyncErrorCode, type SyncStatus } from './sync-status';

type Doc = Record<string, unknown>;

export type SyncManagerOptions = {
  db: WaslDatabase;
  deskId: string;
  serverUrl: string;
  token: string;
  transport: SyncTransport;
  online: OnlineSource;
  now?: () => Date;
  /** which collections; all of COLLECTIONS by default */
  collections?: readonly CollectionName[];
  /** the backoff's first step (ms); tests shorten it */
  backoffBaseMs?: number;
  /** the server said this desk is revoked: replication has already halted and sends nothing more */
  onRevoked?: () => void;
  /** documents of a collection that stay on this desk, never pushed (unedited seed entries: desk-sync.ts) */
  keepLocal?: (collection: CollectionName, doc: Doc) => boolean;
};

export type SyncManager = {
  readonly status$: BehaviorSubject<SyncStatus>;
  /** resolves when every local write is on the server and the server's writes are here */
  awaitInSync(): Promise<void>;
  /** retry now: skips the backoff and asks the server for changes */
  syncNow(): void;
  stop(): Promise<void>;
};

const RECOUNT_DELAY_MS = 250;

export function startSyncManager(options: SyncManagerOptions): SyncManager {
  const { db } = options;
  const now = options.now ?? (() => new Date());
  const names = options.collections ?? (Object.keys(COLLECTIONS) as CollectionName[]);
  const gate = createBackoffGate({ baseMs: options.backoffBaseMs });
  let online = options.online.isOnline();
  let initialDone = false;
  let stopped = false;
  let lastSyncedAt: string | null = null;
  let violation: SyncErrorCode | null = null;
  const parts = new Map<string, CollectionSyncStatus>(
    names.map((name) => [name, { name, active: false, pending: 0, error: null, lastSuccessAt: null }]),
  );
  const status$ = new BehaviorSubject<SyncStatus>(snapshot());
  // Every request goes through the latch: after the first "revoked" answer nothing leaves the desk.
  const { transport } = guardRevocation(options.transport, {
    serverUrl: options.serverUrl,
    token: options.token,
    onRevoked: () => {
      violation = 'sync.desk-revoked';
      publish();
      void pauseAll();
      options.onRevoked?.();
    },
  });

  function snapshot(): SyncStatus {
    const collections = [...parts.values()];
    const phase = violation && online ? 'error' : overallPhase(online, collections, initialDone);
    if (phase === 'synced') lastSyncedAt = now().toISOString();
    return {
      phase,
      online,
      serverUrl: options.serverUrl,
      pending: collections.reduce((sum, c) => sum + c.pending, 0),
      lastSyncedAt,
      error: violation ?? collections.find((c) => c.error)?.error ?? null,
      collections,
    };
  }
  const publish = () => {
    if (!stopped) status$.next(snapshot());
  };
  const update = (name: string, patch: Partial<CollectionSyncStatus>) => {
    const current = parts.get(name);
    if (current) parts.set(name, { ...current, ...patch });
    publish();
  };

  // One SSE connection for all collections (a browser has 6 per server), fanned out here.
  const streams = new Map(names.map((name) => [name as string, new Subject<StreamEvent>()]));
  let closeStream: (() => void) | null = null;
  const openStream = () => {
    closeStream?.();
    // A new connection brings RESYNC for every collection: whatever changed while away is pulled.
    closeStream = openMultiplexedStream({ baseUrl: options.serverUrl, token: options.token, collections: names }, transport.openEventSource, (collection, event) =>
      streams.get(collection)?.next(event),
    );
  };
  const pauseAll = async () => {
    closeStream?.();
    closeStream = null;
    await Promise.all(replications.map((r) => r.pause()));
  };
  const resumeAll = async () => {
    openStream();
    await Promise.all(replications.map((r) => r.resume()));
  };

  const replications: CollectionReplication[] = names.map((name) => {
    const collection = db.collections[name] as unknown as RxCollection<Doc>;
    // RxDB reads the handler from the collection when a replication starts; the database is
    // opened before the desk knows it will sync, so the handler is set here.
    collection.conflictHandler = createConflictHandler(name, {
      record: (conflicts, theirsDeskId) => recordConflicts(db, conflicts, options.deskId, theirsDeskId, now()),
      immutableViolation: (collectionName, documentId) => {
        console.error(`sync: append-only ${collectionName}/${documentId} differs on the server; the server's version stays`);
        violation = 'sync.immutable-changed';
        publish();
      },
    });
    return replicateCollection({
      name,
      collection,
      serverUrl: options.serverUrl,
      token: options.token,
      transport,
      gate,
      stream$: (streams.get(name) as Subject<StreamEvent>).asObservable(),
      onSuccess: () => update(name, { error: null, lastSuccessAt: now().toISOString() }),
      onFailure: (error) => update(name, { error: syncErrorCodeOf(error) }),
      keepLocal: (doc: Doc) => options.keepLocal?.(name, doc) ?? false,
    });
  });

  const subscriptions: Subscription[] = [];
  const recountTimers = new Map<string, ReturnType<typeof setTimeout>>();
  function scheduleRecount(replication: CollectionReplication): void {
    if (recountTimers.has(replication.name) || stopped) return;
    recountTimers.set(
      replication.name,
      setTimeout(() => {
        recountTimers.delete(replication.name);
        const state = replication.state.internalReplicationState;
        if (!state || stopped) return;
        countPendingChanges(state as never).then(
          (pending) => update(replication.name, { pending }),
          () => undefined,
        );
      }, RECOUNT_DELAY_MS),
    );
  }
  for (const replication of replications) {
    const collection = db.collections[replication.name as CollectionName] as unknown as RxCollection<Doc>;
    subscriptions.push(
      replication.state.active$.subscribe((active) => {
        update(replication.name, { active });
        if (initialDone) scheduleRecount(replication);
      }),
      // Not during the first sync: every recount reads each document changed since the upstream
      // checkpoint, which then is every document pulled so far (bench sync: quadratic at 100k).
      merge(collection.$, replication.state.sent$, replication.state.received$).subscribe(() => {
        if (initialDone) scheduleRecount(replication);
      }),
      // Errors outside the handlers (e.g. writing a conflict record) show too; a handler's own
      // failure was already classified from the original error, which RxDB's wrapper has lost.
      replication.state.error$.subscribe(() => {
        if (parts.get(replication.name)?.error === null) update(replication.name, { error: 'sync.failed' });
      }),
    );
  }
  // RxDB writes the acknowledged state after the replication already reported "idle"; while
  // anything is pending, look again every second so the count reaches 0 without a new event.
  const recountTimer = setInterval(() => {
    for (const replication of replications) if ((parts.get(replication.name)?.pending ?? 0) > 0) scheduleRecount(replication);
  }, 1000);
  void Promise.all(replications.map((r) => r.state.awaitInitialReplication())).then(() => {
    initialDone = true;
    for (const replication of replications) scheduleRecount(replication);
    publish();
  }, () => undefined);

  const unsubscribeOnline = options.online.subscribe((next) => {
    if (next === online) return;
    online = next;
    if (online) {
      gate.release();
      void resumeAll();
    } else {
      void pauseAll();
    }
    publish();
  });
  if (online) openStream();
  else void pauseAll();

  return {
    status$,
    async awaitInSync() {
      await Promise.all(replications.map((r) => r.state.awaitInSync()));
    },
    syncNow() {
      gate.release();
      for (const replication of replications) replication.state.reSync();
    },
    async stop() {
      stopped = true;
      clearInterval(recountTimer);
      unsubscribeOnline();
      for (const timer of recountTimers.values()) clearTimeout(timer);
      for (const subscription of subscriptions) subscription.unsubscribe();
      closeStream?.();
      await Promise.all(replications.map((r) => r.cancel()));
      for (const stream of streams.values()) stream.complete();
      status$.complete();
    },
  };
}
