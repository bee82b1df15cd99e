import { createContext, useContext } from 'react';
import type { WaslBridge } from '@shared/ipc/contract';
import type { Locale } from '@shared/i18n/locale';
import type { WaslDatabase } from '@renderer/db/database';
import type { DeskSettings } from '@renderer/db/desk-settings';

/** What every signed-in screen needs: the database, the bridge and this desk's settings. */
export interface DeskContextValue {
  db: WaslDatabase;
  bridge: WaslBridge;
  settings: DeskSettings;
  switchLocale: (locale: Locale) => Promise<void>;
  signOut: () => Promise<void>;
  lock: () => void;
}

export const DeskContext = createContext<DeskContextValue | null>(null);

export function useDesk(): DeskContextValue {
  const value = useContext(DeskContext);
  if (!value) throw new Error('useDesk outside DeskContext');
  return value;
}
