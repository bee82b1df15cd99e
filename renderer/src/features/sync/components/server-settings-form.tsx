import { useState, type FormEvent } from 'react';
import { Alert, Button, Card, Group, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WaslDatabase } from '@renderer/db/database';
import type { DeskSettings } from '@renderer/db/desk-settings';
import { saveSyncSettings, type SyncSettingsErrors } from '@renderer/sync/sync-settings';
import { PasswordInput } from '@renderer/components/password-input';
import { useAction } from '@renderer/components/use-action';

/** The sync server's address and the development token; saving (re)starts sync. */
export function ServerSettingsForm({ db, settings, actorId }: { db: WaslDatabase; settings: DeskSettings; actorId: string }) {
  const { t } = useTranslation();
  const [serverUrl, setServerUrl] = useState(settings.serverUrl ?? '');
  const [syncToken, setSyncToken] = useState(settings.syncToken ?? '');
  const [errors, setErrors] = useState<SyncSettingsErrors>({});

  const save = useAction(async () => {
    const result = await saveSyncSettings(db, { serverUrl, syncToken }, actorId);
    setErrors(result.ok ? {} : result.error);
    return result.ok;
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save.run();
  };
  const message = save.busy
    ? null
    : save.error
      ? { ok: false, text: t('errors.save-failed', { message: t(save.error) }) }
      : save.result
        ? { ok: true, text: t('sync.server.saved') }
        : null;

  return (
    <Card withBorder>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h3">
            {t('sync.server.title')}
          </Title>
          <TextInput
            label={t('sync.server.url')}
            description={t('sync.server.urlHint')}
            value={serverUrl}
            onChange={(e) => setServerUrl(e.currentTarget.value)}
            error={errors.serverUrl ? t(`errors.${errors.serverUrl}`) : undefined}
            dir="ltr"
            required
          />
          <PasswordInput
            label={t('sync.server.token')}
            description={t('sync.server.tokenHint')}
            value={syncToken}
            onChange={(e) => setSyncToken(e.currentTarget.value)}
            error={errors.syncToken ? t(`errors.${errors.syncToken}`) : undefined}
            dir="ltr"
            required
          />
          {message && (
            <Alert color={message.ok ? 'teal' : 'red'} role={message.ok ? 'status' : 'alert'}>
              {message.text}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={save.busy}>
              {t('sync.server.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
