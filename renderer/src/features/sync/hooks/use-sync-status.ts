import { useObservable } from '@renderer/components/use-observable';
import { useDeskSync } from '@renderer/sync/sync-context';
import { NOT_CONFIGURED, type SyncStatus } from '@renderer/sync/sync-status';

/** The desk's sync status, live (the sync the app started; it follows the settings). */
export function useSyncStatus(): SyncStatus {
  const sync = useDeskSync();
  return useObservable(() => sync.status$, [sync], NOT_CONFIGURED);
}
