import { useState, type FormEvent } from 'react';
import { Alert, Button, FileInput, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@shared/i18n/locale';
import type { WaslDatabase } from '@renderer/db/database';
import { getFileStore } from '@renderer/db/file-store';
import { FrontCard } from '@renderer/components/front-card';
import { PasswordInput } from '@renderer/components/password-input';
import { useAction } from '@renderer/components/use-action';
import { restoreBackup } from '../data/restore-backup';

type Props = { db: WaslDatabase; onSwitchLocale: (locale: Locale) => void | Promise<void>; onBack: () => void };

/**
 * First run from a backup file: the file and its passphrase. The whole file is checked before
 * anything is written (restore-backup.ts); a refusal says why and leaves the desk as it was. Once
 * restored, the desk settings exist and the desk moves on to sign-in by itself.
 */
export function RestoreScreen({ db, onSwitchLocale, onBack }: Props) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const restore = useAction(async (chosen: File) => restoreBackup(db, await getFileStore(), new Uint8Array(await chosen.arrayBuffer()), passphrase));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file) void restore.run(file);
  };
  const refused = restore.result && !restore.result.ok ? restore.result.error : null;
  const busy = restore.busy || restore.result?.ok === true;

  return (
    <FrontCard title={t('backup.restore.title')} intro={t('backup.restore.intro')} onSwitchLocale={onSwitchLocale} form={{ onSubmit: submit, noValidate: true }}>
      <FileInput label={t('backup.restore.file')} value={file} onChange={setFile} accept=".waslbackup" clearable />
      <PasswordInput label={t('backup.passphrase')} value={passphrase} onChange={(e) => setPassphrase(e.currentTarget.value)} autoComplete="off" />
      {refused && <Alert color="red" role="alert" data-testid="restore-refused">{t(`backup.errors.${refused}`)}</Alert>}
      {restore.error && <Alert color="red" role="alert">{t('errors.save-failed', { message: t(restore.error) })}</Alert>}
      <Group>
        <Button type="submit" loading={busy} disabled={!file || passphrase === ''}>
          {t('backup.restore.submit')}
        </Button>
        <Button variant="subtle" onClick={onBack} disabled={busy}>
          {t('backup.restore.back')}
        </Button>
      </Group>
    </FrontCard>
  );
}
