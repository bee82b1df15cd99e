import { useObservable } from '@renderer/components/use-observable';
import { useDeskSync } from '@renderer/sync/sync-context';
import { NOT_CONFIGURED, type SyncStatus } from '@renderer/sync/sync-status';

/** The desk's sync status, live (the sync the app started; it follows the settings). */
export function useSyncStatus(): SyncStatus {
  const sync = useDeskSync();
  return useObservable(() => sync.status$, [sync], NOT_CONFIGURED);
}

/** A time of day in the UI language (Latin digits in both, like the rest of the app's numbers). */
export function formatSyncTime(iso: string | null, locale: string): string | null {
  if (!iso) return null;
  return new Intl.DateTimeFormat(locale === 'ar' ? 'ar-SA-u-nu-latn-ca-gregory' : 'en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(new Date(iso));
}
