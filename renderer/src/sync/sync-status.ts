/**
 * What the desk shows about sync (the header indicator, the sync screen). Error values are
 * error codes: the UI translates them with t(`errors.${code}`), so they read in Arabic.
 */
import { SyncHttpError } from '@shared/sync/http-client';

export type SyncErrorCode =
  | 'sync.unauthorized'
  | 'sync.unreachable'
  | 'sync.server-error'
  | 'sync.rejected'
  | 'sync.immutable-changed'
  | 'sync.desk-revoked'
  | 'sync.failed';

export type SyncPhase = 'not-configured' | 'offline' | 'syncing' | 'synced' | 'error';

export type CollectionSyncStatus = {
  name: string;
  active: boolean;
  /** local writes the server has not acknowledged yet */
  pending: number;
  error: SyncErrorCode | null;
  /** ISO 8601 of the last request the server answered */
  lastSuccessAt: string | null;
};

/** The first pull of a session while it runs (the screen shows it): documents arrived of the server's total, and the time left. */
export type InitialPull = {
  done: number;
  /** what the server said remained at the session's first pull (an upper bound: shared/sync/sync-progress.ts) */
  total: number;
  /** null while the rate is not known yet */
  secondsLeft: number | null;
};

export type SyncStatus = {
  phase: SyncPhase;
  /** the browser's view (navigator.onLine): offline pauses every replication */
  online: boolean;
  serverUrl: string | null;
  pending: number;
  /** ISO 8601 of the last moment everything was in step with the server */
  lastSyncedAt: string | null;
  error: SyncErrorCode | null;
  collections: CollectionSyncStatus[];
  /** null once the first pull of every collection is done, or while nothing is known to remain */
  initialPull: InitialPull | null;
};

export const NOT_CONFIGURED: SyncStatus = {
  phase: 'not-configured',
  online: true,
  serverUrl: null,
  pending: 0,
  lastSyncedAt: null,
  error: null,
  collections: [],
  initialPull: null,
};

export function syncErrorCodeOf(error: unknown): SyncErrorCode {
  if (error instanceof SyncHttpError) {
    if (error.status === 403 && error.code === 'desk.revoked') return 'sync.desk-revoked';
    if (error.status === 401 || error.status === 403) return 'sync.unauthorized';
    if (error.status >= 500) return 'sync.server-error';
    return 'sync.rejected';
  }
  // fetch rejects with a TypeError when the server cannot be reached at all.
  if (error instanceof TypeError) return 'sync.unreachable';
  return 'sync.failed';
}

/** The overall phase from the parts: errors first, then work in flight, then "synced". */
export function overallPhase(online: boolean, collections: readonly CollectionSyncStatus[], initialDone: boolean): SyncPhase {
  if (!online) return 'offline';
  if (collections.some((c) => c.error !== null)) return 'error';
  if (!initialDone || collections.some((c) => c.active || c.pending > 0)) return 'syncing';
  return 'synced';
}
