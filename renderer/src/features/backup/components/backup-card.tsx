import { useState, type FormEvent } from 'react';
import { Alert, Button, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WaslBridge } from '@shared/ipc/contract';
import type { WaslDatabase } from '@renderer/db/database';
import { getFileStore } from '@renderer/db/file-store';
import { appendAudit } from '@renderer/stores/audit-log';
import { PasswordInput } from '@renderer/components/password-input';
import { useAction } from '@renderer/components/use-action';
import { makeBackup } from '../data/desk-backup';
import { checkNewPassphrase, joinParts } from '../data/backup-passphrase';
import { ScheduleSection } from './schedule-section';

type Props = { db: WaslDatabase; bridge: WaslBridge; deskId: string; deskCode: string; actorId: string };

type Outcome = { refused: string } | { saved: string; documents: number; files: number } | { cancelled: true };

/**
 * A backup on demand (settings, admin): the whole desk, encrypted under a passphrase the admin types
 * twice. The desktop app asks where to save it; the browser build downloads it. Only ciphertext
 * leaves this page.
 */
export function BackupCard({ db, bridge, deskId, deskCode, actorId }: Props) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const make = useAction(async (): Promise<Outcome> => {
    const problem = checkNewPassphrase(passphrase, confirm);
    if (problem) return { refused: problem };
    const made = await makeBackup(db, await getFileStore(), passphrase, { now: new Date(), deskCode });
    const saved = await bridge.invoke('backup:save', { fileName: made.fileName, bytes: joinParts(made.parts) });
    if (saved.outcome === 'cancelled') return { cancelled: true };
    await appendAudit(db, { actorId, action: 'desk.backup', entity: 'desk', entityId: deskId, fields: [], deskId });
    setPassphrase('');
    setConfirm('');
    return { saved: saved.path, documents: made.documents, files: made.files };
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void make.run();
  };
  const outcome = make.result;

  return (
    <Card withBorder>
      <form onSubmit={submit} noValidate aria-label={t('backup.title')}>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('backup.title')}
          </Title>
          <Text size="sm">{t('backup.intro')}</Text>
          <PasswordInput label={t('backup.passphrase')} description={t('backup.passphraseHint')} value={passphrase} onChange={(e) => setPassphrase(e.currentTarget.value)} autoComplete="new-password" />
          <PasswordInput label={t('backup.passphraseConfirm')} value={confirm} onChange={(e) => setConfirm(e.currentTarget.value)} autoComplete="new-password" />
          {make.error && <Alert color="red" role="alert">{t('errors.save-failed', { message: t(make.error) })}</Alert>}
          {outcome && 'refused' in outcome && <Alert color="red" role="alert">{t(`backup.errors.${outcome.refused}`)}</Alert>}
          {outcome && 'saved' in outcome && (
            <Alert color="green" role="status" data-testid="backup-made">
              {t('backup.made', { path: outcome.saved, documents: outcome.documents, files: outcome.files })}
            </Alert>
          )}
          <Button type="submit" loading={make.busy} w="fit-content">
            {t('backup.make')}
          </Button>
          <ScheduleSection db={db} bridge={bridge} passphrase={passphrase} confirm={confirm} />
        </Stack>
      </form>
    </Card>
  );
}
