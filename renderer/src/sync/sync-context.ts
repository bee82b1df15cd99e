import { createContext, useContext } from 'react';
import type { DeskSync } from './desk-sync';

/**
 * The desk's sync, as the app started it (app-root.tsx, one per database). Screens read it from
 * here rather than from a module-level instance, so what they talk to is what the app gave them
 * (and a test can give them another).
 */
export const DeskSyncContext = createContext<DeskSync | null>(null);

export function useDeskSync(): DeskSync {
  const sync = useContext(DeskSyncContext);
  if (!sync) throw new Error('useDeskSync outside DeskSyncContext');
  return sync;
}
