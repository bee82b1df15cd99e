/**
 * The sync manager's running account: each collection's part (active, pending, error, last
 * success), whether the desk is online, a violation that stops the desk (revoked, an append-only
 * document changed on the server), and the overall status it publishes from them (sync-status.ts).
 */
import { BehaviorSubject } from 'rxjs';
import { keepSamples, secondsLeft, type ProgressSample } from '@shared/sync/sync-progress';
import { overallPhase, type CollectionSyncStatus, type InitialPull, type SyncErrorCode, type SyncStatus } from './sync-status';

export type StatusBook = {
  readonly status$: BehaviorSubject<SyncStatus>;
  update(name: string, patch: Partial<CollectionSyncStatus>): void;
  part(name: string): CollectionSyncStatus | undefined;
  isOnline(): boolean;
  setOnline(online: boolean): void;
  violate(code: SyncErrorCode): void;
  /** the session's first pull answer said this much remained: the collection's first-sync total */
  remaining(name: string, total: number): void;
  /**
   * documents pulled and written to the desk's storage; the search index takes them moments later,
   * and the sync's own records of them (RxDB's meta copies) are written after them
   */
  arrived(name: string, documents: number): void;
  /** the first pull of every collection is done: from now on "synced" can show */
  markInitialDone(): void;
  isInitialDone(): boolean;
  /** nothing is published any more (the manager completes status$ once all has stopped) */
  close(): void;
};

export function createStatusBook(serverUrl: string, names: readonly string[], online: boolean, now: () => Date): StatusBook {
  let initialDone = false;
  let stopped = false;
  let lastSyncedAt: string | null = null;
  let violation: SyncErrorCode | null = null;
  const parts = new Map<string, CollectionSyncStatus>(names.map((name) => [name, { name, active: false, pending: 0, error: null, lastSuccessAt: null }]));

  const pull = initialPullBook(now);

  function snapshot(): SyncStatus {
    const collections = [...parts.values()];
    const phase = violation && online ? 'error' : overallPhase(online, collections, initialDone);
    if (phase === 'synced') lastSyncedAt = now().toISOString();
    return {
      phase,
      online,
      serverUrl,
      pending: collections.reduce((sum, c) => sum + c.pending, 0),
      lastSyncedAt,
      error: violation ?? collections.find((c) => c.error)?.error ?? null,
      collections,
      initialPull: initialDone ? null : pull.progress(),
    };
  }
  const status$ = new BehaviorSubject<SyncStatus>(snapshot());
  const publish = () => {
    if (!stopped) status$.next(snapshot());
  };

  return {
    status$,
    update(name, patch) {
      const current = parts.get(name);
      if (current) parts.set(name, { ...current, ...patch });
      publish();
    },
    part: (name) => parts.get(name),
    isOnline: () => online,
    setOnline(next) {
      online = next;
      publish();
    },
    violate(code) {
      violation = code;
      publish();
    },
    remaining(name, total) {
      pull.start(name, total);
      publish();
    },
    arrived(name, documents) {
      if (pull.add(name, documents)) publish();
    },
    markInitialDone() {
      initialDone = true;
      publish();
    },
    isInitialDone: () => initialDone,
    close() {
      stopped = true;
    },
  };
}

/** Each collection's documents written and total this session, and the recent samples of their sum. */
function initialPullBook(now: () => Date) {
  const parts = new Map<string, { done: number; total: number }>();
  let samples: ProgressSample[] = [];
  const sum = (pick: (part: { done: number; total: number }) => number) => [...parts.values()].reduce((n, part) => n + pick(part), 0);
  const sample = () => {
    samples = keepSamples(samples, { at: now().getTime(), done: sum((p) => p.done) });
  };
  return {
    /** The first answer of a session (again after a restart) sets the collection's total anew. */
    start(name: string, total: number): void {
      parts.set(name, { done: 0, total });
      sample();
    },
    /** False when the collection has no total (the server did not say): nothing to show. */
    add(name: string, documents: number): boolean {
      const part = parts.get(name);
      if (!part) return false;
      // Never past the total: it is an upper bound, so the sum stays truthful.
      part.done = Math.min(part.total, part.done + documents);
      sample();
      return true;
    },
    progress(): InitialPull | null {
      const total = sum((p) => p.total);
      if (total === 0) return null;
      const done = sum((p) => p.done);
      return { done, total, secondsLeft: secondsLeft(total - done, samples) };
    },
  };
}
