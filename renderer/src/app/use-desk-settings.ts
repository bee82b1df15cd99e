import { useEffect, useState } from 'react';
import type { WaslDatabase } from '@renderer/db/database';
import { watchDeskSettings, type DeskSettings } from '@renderer/db/desk-settings';
import { discardInterruptedSetup } from '@renderer/features/setup/data/discard-interrupted-setup';

/** undefined while loading; null when the desk has not been set up (orphans already removed). */
export function useDeskSettings(db: WaslDatabase): DeskSettings | null | undefined {
  const [settings, setSettings] = useState<DeskSettings | null | undefined>(undefined);
  useEffect(() => {
    let cleaned = false;
    const subscription = watchDeskSettings(db).subscribe({
      next: (value) => {
        if (value || cleaned) {
          setSettings(value);
          return;
        }
        // No desk settings: any staff or audit docs are leftovers of an interrupted setup.
        cleaned = true;
        discardInterruptedSetup(db).then(
          () => setSettings(null),
          () => setSettings(null),
        );
      },
    });
    return () => subscription.unsubscribe();
  }, [db]);
  return settings;
}
