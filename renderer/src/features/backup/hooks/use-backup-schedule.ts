import { useEffect } from 'react';
import type { WaslBridge } from '@shared/ipc/contract';
import type { WaslDatabase } from '@renderer/db/database';
import { getFileStore } from '@renderer/db/file-store';
import { runScheduledBackup } from '../data/backup-schedule';

/** How often the desk looks whether the day's backup is due (the backup itself is daily). */
const CHECK_MS = 15 * 60 * 1000;

/** While the desk app runs: the day's scheduled backup, when one is set up (backup-schedule.ts). */
export function useBackupSchedule(db: WaslDatabase, bridge: WaslBridge, deskCode: string | null): void {
  useEffect(() => {
    // Not before setup: a desk with no code has nothing to back up.
    if (deskCode === null) return;
    let running = false;
    const check = () => {
      if (running) return;
      running = true;
      getFileStore()
        .then((files) => runScheduledBackup(db, files, bridge, deskCode, new Date()))
        .catch((error: unknown) => console.warn('backup: the scheduled backup failed; it is tried again later', error))
        .finally(() => {
          running = false;
        });
    };
    const first = setTimeout(check, 60_000);
    const timer = setInterval(check, CHECK_MS);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [db, bridge, deskCode]);
}
