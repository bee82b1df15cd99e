import { useCallback, useState } from 'react';
import { Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WaslBridge } from '@shared/ipc/contract';
import { getBridge } from '@renderer/bridge/bridge';
import { getDatabase, type WaslDatabase } from '@renderer/db/database';
import { getDeskSync, type DeskSync } from '@renderer/sync/desk-sync';
import { DeskSyncContext } from '@renderer/sync/sync-context';
import { StatusScreen } from '../components/status-screen';
import { useLoad } from '../components/use-action';
import { Providers } from './providers';
import { DeskGate } from './desk-gate';
import { KeysGoneScreen } from './keys-gone-screen';
import { isKeysGone } from '@renderer/db/keys-gone';
import { startAppErasureWatch } from '@renderer/db/app-erasure-watch';
import { startAppHeldCopyPurge } from '@renderer/db/held-copy-purge';

type Boot =
  | { status: 'loading' }
  | { status: 'ready'; db: WaslDatabase; bridge: WaslBridge; sync: DeskSync }
  /** the desk's data is here but the OS no longer holds its key (db/keys-gone.ts) */
  | { status: 'keys-gone'; bridge: WaslBridge }
  /** Why, as a translation key (shared/errors.ts): the exception's own text never reaches the screen. */
  | { status: 'failed'; error: string };

/** Opens the bridge and the database once, before any screen that needs them renders; retry opens again. */
function useBoot(): [Boot, () => void] {
  const [attempt, setAttempt] = useState(0);
  // Sync runs from the start (not only once someone signs in): a revoked desk wipes itself even
  // when nobody uses it. One per database, however often this runs.
  const opened = useLoad(async () => {
    const db = await getDatabase().catch((error: unknown) => {
      if (isKeysGone(error)) return null;
      throw error;
    });
    if (!db) return null;
    // Erasures heard of by sync are applied on this desk too (PDPL Art. 18), whoever is signed in.
    startAppErasureWatch(db);
    // Duplicate-check copies an earlier server left here go (PDPL minimisation, policy 3.6b).
    const sync = getDeskSync(db);
    startAppHeldCopyPurge(db, sync.status$);
    return { bridge: getBridge(), db, sync };
  }, [attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  if (opened.error) return [{ status: 'failed', error: opened.error }, retry];
  if (opened.busy || opened.result === undefined) return [{ status: 'loading' }, retry];
  if (opened.result === null) return [{ status: 'keys-gone', bridge: getBridge() }, retry];
  return [{ status: 'ready', ...opened.result }, retry];
}

function BootView() {
  const { t } = useTranslation();
  const [boot, retry] = useBoot();
  if (boot.status === 'loading') return <StatusScreen title={t('app.loading')} busy />;
  if (boot.status === 'keys-gone') return <KeysGoneScreen bridge={boot.bridge} onRetry={retry} />;
  if (boot.status === 'failed') {
    return (
      <StatusScreen title={t('app.startFailed')}>
        <Text>{t('app.startFailedHint')}</Text>
        <Text>{t(boot.error)}</Text>
        <Button onClick={retry}>{t('app.retry')}</Button>
      </StatusScreen>
    );
  }
  return (
    <DeskSyncContext.Provider value={boot.sync}>
      <DeskGate db={boot.db} bridge={boot.bridge} />
    </DeskSyncContext.Provider>
  );
}

export function AppRoot() {
  return (
    <Providers>
      <BootView />
    </Providers>
  );
}
