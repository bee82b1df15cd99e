import { Button, Card, Group, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WaslDatabase } from '@renderer/db/database';
import type { DeskSettings } from '@renderer/db/desk-settings';
import { saveSyncSettings, validateSyncSettings, type SyncSettingsInput } from '@renderer/sync/sync-settings';
import { PasswordInput } from '@renderer/components/password-input';
import { SaveStatus } from '@renderer/components/save-status';
import { useAction } from '@renderer/components/use-action';
import { useCheckedForm } from '@renderer/components/use-checked-form';

/** The sync server's address and the development token; saving (re)starts sync. */
export function ServerSettingsForm({ db, settings, actorId }: { db: WaslDatabase; settings: DeskSettings; actorId: string }) {
  const { t } = useTranslation();
  const { form, formProps, showErrors } = useCheckedForm({
    initialValues: { serverUrl: settings.serverUrl ?? '', syncToken: settings.syncToken ?? '' },
    validator: validateSyncSettings,
  });

  const save = useAction(async (input: SyncSettingsInput) => {
    const result = await saveSyncSettings(db, input, actorId);
    if (!result.ok) showErrors(result.error);
    return result.ok;
  });

  return (
    <Card withBorder>
      <form {...formProps((input) => save.run(input), save.reset)}>
        <Stack gap="sm">
          <Title order={2} size="h3">
            {t('sync.server.title')}
          </Title>
          <TextInput label={t('sync.server.url')} description={t('sync.server.urlHint')} {...form.getInputProps('serverUrl')} dir="ltr" required />
          <PasswordInput label={t('sync.server.token')} description={t('sync.server.tokenHint')} {...form.getInputProps('syncToken')} dir="ltr" required />
          <SaveStatus save={save} savedText={t('sync.server.saved')} />
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
