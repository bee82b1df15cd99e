/**
 * The sync manager's running account: each collection's part (active, pending, error, last
 * success), whether the desk is online, a violation that stops the desk (revoked, an append-only
 * document changed on the server), and the overall status it publishes from them (sync-status.ts).
 */
import { BehaviorSubject } from 'rxjs';
import { overallPhase, type CollectionSyncStatus, type SyncErrorCode, type SyncStatus } from './sync-status';

export type StatusBook = {
  readonly status$: BehaviorSubject<SyncStatus>;
  update(name: string, patch: Partial<CollectionSyncStatus>): void;
  part(name: string): CollectionSyncStatus | undefined;
  isOnline(): boolean;
  setOnline(online: boolean): void;
  violate(code: SyncErrorCode): void;
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
