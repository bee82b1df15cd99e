import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WaslBridge } from '@shared/ipc/contract';
import type { WaslDatabase } from '@renderer/db/database';
import { useAction, useLoad } from '@renderer/components/use-action';
import { keepScheduleKey } from '../data/backup-schedule';
import { checkNewPassphrase } from '../data/backup-passphrase';

type Props = { db: WaslDatabase; bridge: WaslBridge; passphrase: string; confirm: string };

/** Desktop only: the folder for daily backups (chosen through main) and the passphrase they use. */
export function ScheduleSection({ db, bridge, passphrase, confirm }: Props) {
  const { t } = useTranslation();
  const info = useLoad(async () => ({ shell: (await bridge.invoke('app:get-info', undefined)).shell, folder: (await bridge.invoke('backup:get-folder', undefined)).folder }), [bridge]);
  const choose = useAction(async () => bridge.invoke('backup:choose-folder', undefined));
  const keep = useAction(async () => {
    const problem = checkNewPassphrase(passphrase, confirm);
    if (problem) return problem;
    await keepScheduleKey(db, passphrase);
    return null;
  });
  if (info.result?.shell !== 'electron') return null;
  const folder = choose.result?.outcome === 'chosen' ? choose.result.folder : info.result.folder;
  return (
    <>
      <Text size="sm">{folder ? t('backup.schedule.folder', { folder }) : t('backup.schedule.noFolder')}</Text>
      <Group>
        <Button variant="light" onClick={() => void choose.run()} loading={choose.busy}>{t('backup.schedule.chooseFolder')}</Button>
        <Button variant="light" onClick={() => void keep.run()} loading={keep.busy} disabled={!folder}>{t('backup.schedule.keep')}</Button>
      </Group>
      {keep.result && <Alert color="red" role="alert">{t(`backup.errors.${keep.result}`)}</Alert>}
      {keep.result === null && !keep.busy && <Alert color="green" role="status">{t('backup.schedule.kept')}</Alert>}
      {(keep.error ?? choose.error) && <Alert color="red" role="alert">{t('errors.save-failed', { message: t(keep.error ?? choose.error ?? '') })}</Alert>}
    </>
  );
}
