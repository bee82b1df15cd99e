import { useState, type FormEvent } from 'react';
import { Alert, Button, Card, Group, NativeSelect, NumberInput, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LOCALES, isLocale, type Locale } from '@shared/i18n/locale';
import type { WaslDatabase } from '@renderer/db/database';
import { writeDeskSettings, type DeskSettings } from '@renderer/db/desk-settings';
import { appendAudit } from '@renderer/stores/audit-log';
import { useAction } from '@renderer/components/use-action';
import { PrintSettingsCard } from './print-settings-card';
import { changedSettings, validateSettings, type SettingsErrors, type SettingsInput, type ValidSettings } from '../validate-settings';

interface SettingsScreenProps {
  db: WaslDatabase;
  settings: DeskSettings;
  actorId: string;
  onLocaleChosen: (locale: Locale) => Promise<void>;
}

export function SettingsScreen({ db, settings, actorId, onLocaleChosen }: SettingsScreenProps) {
  const { t } = useTranslation();
  const [input, setInput] = useState<SettingsInput>({
    associationName: settings.associationName,
    deskName: settings.deskName,
    idleLockMinutes: String(settings.idleLockMinutes),
    locale: settings.locale,
  });
  const [errors, setErrors] = useState<SettingsErrors>({});
  const set = (patch: Partial<SettingsInput>) => setInput((prev) => ({ ...prev, ...patch }));
  const errorOf = (field: keyof SettingsErrors) => (errors[field] ? t(`errors.${errors[field]}`) : undefined);

  const save = useAction(async (value: ValidSettings) => {
    const next = { ...settings, ...value };
    await writeDeskSettings(db, next);
    await appendAudit(db, { actorId, action: 'desk.settings-update', entity: 'desk', entityId: settings.deskId, fields: changedSettings(value, settings), deskId: settings.deskId });
    if (next.locale !== settings.locale) await onLocaleChosen(next.locale);
    return true;
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.reset();
    const result = validateSettings(input);
    if (!result.ok) return setErrors(result.error);
    setErrors({});
    void save.run(result.value);
  };
  const message = save.error
    ? { ok: false, text: t('errors.save-failed', { message: t(save.error) }) }
    : save.result && !save.busy
      ? { ok: true, text: t('settings.saved') }
      : null;

  return (
    <Stack gap="lg">
      <Title order={1} size="h2">
        {t('settings.title')}
      </Title>
      <Card withBorder>
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <TextInput label={t('settings.associationName')} value={input.associationName} onChange={(e) => set({ associationName: e.currentTarget.value })} error={errorOf('associationName')} autoFocus required />
            <TextInput label={t('settings.deskName')} value={input.deskName} onChange={(e) => set({ deskName: e.currentTarget.value })} error={errorOf('deskName')} required />
            <TextInput label={t('settings.deskCode')} description={t('settings.deskCodeReadOnly')} value={settings.deskCode} dir="ltr" readOnly />
            <NumberInput label={t('settings.idleLockMinutes')} value={input.idleLockMinutes} onChange={(value) => set({ idleLockMinutes: String(value) })} min={1} max={60} clampBehavior="none" error={errorOf('idleLockMinutes')} required />
            <NativeSelect
              label={t('settings.language')}
              value={input.locale}
              onChange={(e) => isLocale(e.currentTarget.value) && set({ locale: e.currentTarget.value })}
              data={LOCALES.map((locale) => ({ value: locale, label: t(`language.${locale}`) }))}
            />
            {message && (
              <Alert color={message.ok ? 'teal' : 'red'} role={message.ok ? 'status' : 'alert'}>
                {message.text}
              </Alert>
            )}
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
