import { useState, type FormEvent } from 'react';
import { Alert, Button, Card, Group, NativeSelect, NumberInput, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LOCALES, isLocale, type Locale } from '@shared/i18n/locale';
import type { WaslDatabase } from '@renderer/db/database';
import { writeDeskSettings, type DeskSettings } from '@renderer/db/desk-settings';
import { appendAudit } from '@renderer/stores/audit-log';
import { PrintSettingsCard } from './print-settings-card';
import { validateSettings, type SettingsErrors, type SettingsInput } from '../validate-settings';

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
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const set = (patch: Partial<SettingsInput>) => setInput((prev) => ({ ...prev, ...patch }));
  const errorOf = (field: keyof SettingsErrors) => (errors[field] ? t(`errors.${errors[field]}`) : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    const result = validateSettings(input);
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    try {
      const next = { ...settings, ...result.value };
      await writeDeskSettings(db, next);
      await appendAudit(db, { actorId, action: 'desk.settings-update', entity: 'desk', entityId: settings.deskId, fields: result.changed(settings), deskId: settings.deskId });
      if (next.locale !== settings.locale) await onLocaleChosen(next.locale);
      setMessage({ ok: true, text: t('settings.saved') });
    } catch (error) {
      setMessage({ ok: false, text: t('errors.save-failed', { message: error instanceof Error ? error.message : String(error) }) });
    }
  };

  return (
    <Stack gap="lg">
      <Title order={1} size="h2">
        {t('settings.title')}
      </Title>
      <Card withBorder>
        <form onSubmit={(e) => void submit(e)} noValidate>
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
              <Button type="submit">{t('settings.submit')}</Button>
            </Group>
          </Stack>
        </form>
      </Card>
      <PrintSettingsCard db={db} deskId={settings.deskId} actorId={actorId} />
    </Stack>
  );
}
