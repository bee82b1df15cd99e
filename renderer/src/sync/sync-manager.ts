/**
 * The desk's replication manager: every collection in COLLECTIONS replicates with the server
 * (replicate-collection.ts), each with the three-way-merge conflict handler; offline holds their
 * requests, online lets them go; failures back off exponentially through one shared gate; the status
 * (sync-status.ts) is recomputed from the replications' activity and pending local writes.
 */
import type { BehaviorSubject, Observable } from 'rxjs';
import { COLLECTIONS, type CollectionName } from '@shared/db/collections';
import type { StreamEvent } from '@shared/sync/protocol';
import { jsonCollection, type WaslDatabase } from '../db/database';
import { createBackoffGate, type BackoffGate } from './backoff-gate';
import { createConflictHandler } from './conflict-handler';
import { saveEditAsNewVersion } from './questionnaire-fork';
import { recordConflicts } from './conflict-records';
import type { OnlineSource } from './online-source';
import { guardRevocation } from './revocation-guard';
import { epochSuffix, generationTracker, hearGeneration, type KnownThrough } from './generation-guard';
import { replicateCollection, type CollectionReplication, type SyncTransport } from './replicate-collection';
import { watchReplications, type ReplicationWatch } from './replication-watch';
import { syncErrorCodeOf, type SyncStatus } from './sync-status';
import { createStatusBook, type StatusBook } from './sync-status-book';
import { streamFanout } from './stream-fanout';

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

type CollectionWiring = { transport: SyncTransport; gate: BackoffGate; book: StatusBook; stream$: Observable<StreamEvent>; now: () => Date; epoch: number; knownThrough: KnownThrough };

/** A collection's replication, with the three-way-merge conflict handler set on it first. */
function startCollection(options: SyncManagerOptions, name: CollectionName, wiring: CollectionWiring): CollectionReplication {
  const { db } = options;
  const { book, now } = wiring;
  const collection = jsonCollection(db, name);
  // RxDB reads the handler from the collection when a replication starts; the database is
  // opened before the desk knows it will sync, so the handler is set here.
  collection.conflictHandler = createConflictHandler(name, {
    record: (conflicts, theirsDeskId) => recordConflicts(db, conflicts, options.deskId, theirsDeskId, now()),
    immutableViolation: (collectionName, documentId) => {
      console.error(`sync: append-only ${collectionName}/${documentId} differs on the server; the server's version stays`);
      book.violate('sync.immutable-changed');
    },
    questionnaireEdit: (edit) => saveEditAsNewVersion(db, edit),
  });
  return replicateCollection({
    name,
    collection,
    serverUrl: options.serverUrl,
    token: options.token,
    transport: wiring.transport,
    gate: wiring.gate,
    stream$: wiring.stream$,
    onSuccess: () => book.update(name, { error: null, lastSuccessAt: now().toISOString() }),
    onFailure: (error) => book.update(name, { error: syncErrorCodeOf(error) }),
    onRemaining: (remaining) => book.remaining(name, remaining),
    keepLocal: (doc: Doc) => options.keepLocal?.(name, doc) ?? false,
    identifierSuffix: epochSuffix(wiring.epoch),
    knownThrough: wiring.epoch > 0 ? (wiring.knownThrough[name] ?? 0) : undefined,
  });
}

/** Offline holds every replication's requests, online lets them go; the status shows which. */
function followOnline(source: OnlineSource, book: StatusBook, on: { online(): void; offline(): void }): () => void {
  return source.subscribe((next) => {
    if (next === book.isOnline()) return;
    book.setOnline(next);
    if (next) on.online();
    else on.offline();
  });
}

const STOP_SETTLE_MS = 3000;

async function settleOrGiveUp(replications: readonly CollectionReplication[], withinMs: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, withinMs)));
  await Promise.race([Promise.all(replications.map((r) => r.pushSettled())), late]);
  clearTimeout(timer);
}

export function startSyncManager(options: SyncManagerOptions): SyncManager {
  const now = options.now ?? (() => new Date());
  const names = options.collections ?? (Object.keys(COLLECTIONS) as CollectionName[]);
  const gate = createBackoffGate({ baseMs: options.backoffBaseMs });
  const book = createStatusBook(options.serverUrl, names, options.online.isOnline(), now);
  const run = { replications: [] as CollectionReplication[], watch: null as ReplicationWatch | null, stopped: false };
  // Starting, restarting (a new server generation) and stopping the replications, one after another.
  let lifecycle: Promise<void> = Promise.resolve();
  let restarted: () => void = () => {};
  let restart$ = new Promise<void>((resolve) => (restarted = resolve));
  const generations = generationTracker(options.db, options.serverUrl);
  // Every request goes through the latch: after the first "revoked" answer nothing leaves the desk.
  const { transport } = guardRevocation(
    hearGeneration(options.transport, (generation) => {
      void generations.heard(generation).then((epoch) => {
        if (epoch !== null) lifecycle = lifecycle.then(() => relaunch(epoch));
      }, (error: unknown) => console.error('sync: server generation not recorded', error));
    }),
    {
      serverUrl: options.serverUrl,
      token: options.token,
      onRevoked: () => {
        book.violate('sync.desk-revoked');
        void pauseAll();
        options.onRevoked?.();
      },
    },
  );
  const streams = streamFanout(options, names, transport);
  const pauseReplications = async () => {
    await Promise.all(run.replications.map((r) => r.pause()));
  };
  // Revoked: the replications stop for good (the latch already refuses every request).
  const pauseAll = async () => {
    streams.close();
    await pauseReplications();
  };
  // Offline first holds every new request at the gate and lets a push already under way get its answer noted
  // (backoff-gate.ts says why), then pauses: a write made while paused is pushed at the RESYNC of coming back,
  // against what the desk knows then. A push computed while offline and held would carry what the desk knew
  // at that moment, which may be a pulled document whose note RxDB had not yet written.
  let offlineRun = 0;
  const goOffline = () => {
    const thisOffline = ++offlineRun;
    streams.close();
    gate.hold();
    void settleOrGiveUp(run.replications, STOP_SETTLE_MS).then(() => {
      if (thisOffline === offlineRun && !book.isOnline()) return pauseReplications();
    });
  };
  const goOnline = () => {
    offlineRun += 1;
    // Resumed before the gate opens: RxDB's RESYNC then pushes from the desk's notes as they are now.
    void Promise.all(run.replications.map((r) => r.resume())).finally(() => {
      gate.letGo();
      gate.release();
    });
    // A new connection brings RESYNC for every collection: whatever changed while away is pulled.
    streams.open();
  };
  const launch = ({ epoch, knownThrough }: { epoch: number; knownThrough: KnownThrough }) => {
    if (run.stopped) return;
    run.replications = names.map((name) => startCollection(options, name, { transport, gate, book, stream$: streams.stream$(name), now, epoch, knownThrough }));
    run.watch = watchReplications(options.db, run.replications, book, (name, doc) => options.keepLocal?.(name, doc) ?? false);
    if (!book.isOnline()) void pauseReplications();
  };
  /** The server's database is another generation: every replication starts over (generation-guard.ts). */
  const relaunch = async (epoch: number) => {
    if (run.stopped) return;
    console.warn('sync: the server was restored or recreated; starting sync over');
    run.watch?.stop();
    await Promise.all(run.replications.map((r) => r.cancel()));
    // What each collection had pulled of the old history decides whether its copies may replace restored ones.
    const knownThrough: KnownThrough = Object.fromEntries(run.replications.map((r) => [r.name, r.knownThrough()]));
    await generations.remember(knownThrough);
    launch({ epoch, knownThrough });
    restarted();
    restart$ = new Promise<void>((resolve) => (restarted = resolve));
    // A new connection brings RESYNC for every collection, to the new replications.
    if (book.isOnline()) streams.open();
  };
  lifecycle = generations.load().then(launch, (error: unknown) => {
    console.error('sync: server generation not read', error);
    launch({ epoch: 0, knownThrough: {} });
  });

  const unsubscribeOnline = followOnline(options.online, book, { online: goOnline, offline: goOffline });
  if (book.isOnline()) streams.open();
  else goOffline();

  return {
    status$: book.status$,
    async awaitInSync() {
      // In sync with the replications that run at the end: a restart meanwhile means waiting for the new ones.
      for (;;) {
        await lifecycle;
        const current = run.replications;
        const outcome = await Promise.race([Promise.all(current.map((r) => r.state.awaitInSync())).then(() => 'done'), restart$.then(() => 'restarted')]);
        await lifecycle;
        if (outcome === 'done' && current === run.replications) return;
      }
    },
    syncNow() {
      gate.release();
      for (const replication of run.replications) replication.state.reSync();
    },
    async stop() {
      run.stopped = true;
      await lifecycle;
      // A push under way when the desk stops (sign-out) gets a moment for its answer: cancelled, RxDB keeps
      // no note that the server took it, and the next session's edit of that document would meet a conflict.
      if (book.isOnline()) await settleOrGiveUp(run.replications, STOP_SETTLE_MS);
      book.close();
      run.watch?.stop();
      unsubscribeOnline();
      streams.close();
      gate.close();
      await Promise.all(run.replications.map((r) => r.cancel()));
      streams.complete();
      book.status$.complete();
    },
  };
}
