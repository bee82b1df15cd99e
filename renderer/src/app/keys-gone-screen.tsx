import { useState } from 'react';
import { Alert, Button, Checkbox, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WaslBridge } from '@shared/ipc/contract';
import { discardUnreadableDesk, unreadableDatabases } from '@renderer/db/keys-gone';
import { StatusScreen } from '../components/status-screen';
import { useAction, useLoad } from '../components/use-action';

type Props = { bridge: WaslBridge; onRetry: () => void };

/**
 * The desk's data is on this computer but its OS-kept key is not (db/keys-gone.ts). Says so plainly;
 * offers trying again (a keychain that was only locked), or starting the desk over to restore it from
 * a backup or re-join the association's server. Starting over deletes the unreadable data: only after
 * a confirmation that names what goes and what is lost with it.
 */
export function KeysGoneScreen({ bridge, onRetry }: Props) {
  const { t } = useTranslation();
  const [next, setNext] = useState<'restore' | 'join' | null>(null);
  const [understood, setUnderstood] = useState(false);
  const databases = useLoad(() => unreadableDatabases(globalThis.indexedDB), []);
  const discard = useAction(async () => {
    await discardUnreadableDesk(globalThis.indexedDB, bridge);
    // A new start: the first-run screen offers both restoring a backup and joining the server.
    window.location.reload();
  });

  return (
    <StatusScreen title={t('backup.keysGone.title')}>
      <Text>{t('backup.keysGone.explain')}</Text>
      {next === null ? (
        <Group justify="center">
          <Button onClick={() => setNext('restore')}>{t('backup.keysGone.restore')}</Button>
          <Button onClick={() => setNext('join')}>{t('backup.keysGone.join')}</Button>
          <Button variant="subtle" onClick={onRetry}>{t('backup.keysGone.retry')}</Button>
        </Group>
      ) : (
        <>
          <Alert color="red" title={t('backup.keysGone.confirmTitle')}>
            <Text>{t(next === 'restore' ? 'backup.keysGone.confirmRestore' : 'backup.keysGone.confirmJoin')}</Text>
            <Text>{t('backup.keysGone.lost', { count: databases.result?.length ?? 0 })}</Text>
            <List size="sm" data-testid="unreadable-databases">
              {(databases.result ?? []).map((name) => <List.Item key={name} dir="ltr">{name}</List.Item>)}
            </List>
          </Alert>
          <Checkbox label={t('backup.keysGone.understood')} checked={understood} onChange={(e) => setUnderstood(e.currentTarget.checked)} />
          {discard.error && <Alert color="red" role="alert">{t(discard.error)}</Alert>}
          <Group justify="center">
            <Button color="red" disabled={!understood} loading={discard.busy} onClick={() => void discard.run()}>{t('backup.keysGone.discard')}</Button>
            <Button variant="subtle" onClick={() => { setNext(null); setUnderstood(false); }}>{t('backup.restore.back')}</Button>
          </Group>
        </>
      )}
    </StatusScreen>
  );
}
