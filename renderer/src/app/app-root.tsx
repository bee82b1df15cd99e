import { useCallback, useEffect, useState } from 'react';
import { Button, Code, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WaslBridge } from '@shared/ipc/contract';
import { getBridge } from '@renderer/bridge/bridge';
import { getDatabase, type WaslDatabase } from '@renderer/db/database';
import { getDeskSync, type DeskSync } from '@renderer/sync/desk-sync';
import { DeskSyncContext } from '@renderer/sync/sync-context';
import { StatusScreen } from '../components/status-screen';
import { Providers } from './providers';
import { DeskGate } from './desk-gate';

type Boot =
  | { status: 'loading' }
  | { status: 'ready'; db: WaslDatabase; bridge: WaslBridge; sync: DeskSync }
  | { status: 'failed'; message: string };

/** Opens the bridge and the database once, before any screen that needs them renders. */
function useBoot(): [Boot, () => void] {
  const [boot, setBoot] = useState<Boot>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let cancelled = false;
    (async () => {
      const bridge = getBridge();
      const db = await getDatabase();
      // Sync runs from the start (not only once someone signs in): a revoked desk wipes itself
      // even when nobody uses it. One per database, however often this effect runs.
      if (!cancelled) setBoot({ status: 'ready', db, bridge, sync: getDeskSync(db) });
    })().catch((error: unknown) => {
      if (!cancelled) setBoot({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
    });
    return () => {
      cancelled = true;
    };
  }, [attempt]);
  const retry = useCallback(() => {
    setBoot({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  return [boot, retry];
}

function BootView() {
  const { t } = useTranslation();
  const [boot, retry] = useBoot();
  if (boot.status === 'loading') return <StatusScreen title={t('app.loading')} busy />;
  if (boot.status === 'failed') {
    return (
      <StatusScreen title={t('app.startFailed')}>
        <Text>{t('app.startFailedHint')}</Text>
        <Code block>{boot.message}</Code>
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
