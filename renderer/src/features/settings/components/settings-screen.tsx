import { Button, Card, Group, NativeSelect, NumberInput, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '@shared/i18n/locale';
import type { WaslDatabase } from '@renderer/db/database';
import { writeDeskSettings, type DeskSettings } from '@renderer/db/desk-settings';
import { appendAudit } from '@renderer/stores/audit-log';
import { useAction } from '@renderer/components/use-action';
import { useCheckedForm } from '@renderer/components/use-checked-form';
import { SaveStatus } from '@renderer/components/save-status';
import { PrintSettingsCard } from './print-settings-card';
import { changedSettings, validateSettings, type SettingsInput, type ValidSettings } from '../validate-settings';

interface SettingsScreenProps {
  db: WaslDatabase;
  settings: DeskSettings;
  actorId: string;
  onLocaleChosen: (locale: Locale) => Promise<void>;
}

export function SettingsScreen({ db, settings, actorId, onLocaleChosen }: SettingsScreenProps) {
  const { t } = useTranslation();
  const initialValues: SettingsInput = {
    associationName: settings.associationName,
    deskName: settings.deskName,
    idleLockMinutes: String(settings.idleLockMinutes),
    locale: settings.locale,
  };
  const { form, formProps } = useCheckedForm({ initialValues, validator: validateSettings });

  const save = useAction(async (value: ValidSettings) => {
    const next = { ...settings, ...value };
    await writeDeskSettings(db, next);
    await appendAudit(db, { actorId, action: 'desk.settings-update', entity: 'desk', entityId: settings.deskId, fields: changedSettings(value, settings), deskId: settings.deskId });
    if (next.locale !== settings.locale) await onLocaleChosen(next.locale);
    return true;
  });

  return (
    <Stack gap="lg">
      <Title order={1} size="h2">
        {t('settings.title')}
      </Title>
      <Card withBorder>
        <form {...formProps((value) => save.run(value), save.reset)}>
          <Stack gap="sm">
            <TextInput label={t('settings.associationName')} {...form.getInputProps('associationName')} autoFocus required />
            <TextInput label={t('settings.deskName')} {...form.getInputProps('deskName')} required />
            <TextInput label={t('settings.deskCode')} description={t('settings.deskCodeReadOnly')} value={settings.deskCode} dir="ltr" readOnly />
            <NumberInput
              label={t('settings.idleLockMinutes')}
              {...form.getInputProps('idleLockMinutes')}
              // The number input hands back a number, or the text while it is partial: kept as typed, checked on save.
              onChange={(value) => form.setFieldValue('idleLockMinutes', String(value))}
              min={1}
              max={60}
              clampBehavior="none"
              required
            />
            <NativeSelect label={t('settings.language')} {...form.getInputProps('locale')} data={LOCALES.map((locale) => ({ value: locale, label: t(`language.${locale}`) }))} />
            <SaveStatus save={save} savedText={t('settings.saved')} />
            <Group>
              <Button type="submit" loading={save.busy}>
                {t('settings.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
      <PrintSettingsCard db={db} deskId={settings.deskId} actorId={actorId} />
    </Stack>
  );
}
