import { useState, type FormEvent } from 'react';
import { Alert, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@shared/i18n/locale';
import type { WaslDatabase } from '@renderer/db/database';
import { LanguageSwitch } from '@renderer/components/language-switch';
import { useLocale } from '@renderer/i18n/use-locale';
import { useAction } from '@renderer/components/use-action';
import { joinAssociation } from '../data/join-association';
import { JOIN_FIELDS, validateJoin, type JoinErrors, type JoinField, type JoinInput, type ValidJoin } from '../validate-join';

interface JoinScreenProps {
  db: WaslDatabase;
  onSwitchLocale: (locale: Locale) => void | Promise<void>;
  onBack: () => void;
}

const EMPTY: JoinInput = { serverUrl: '', registrationCode: '', associationName: '', deskName: '', deskCode: '' };

const LABELS: Record<JoinField, { label: string; hint?: string; dir?: 'ltr' }> = {
  serverUrl: { label: 'join.serverUrl', hint: 'join.serverUrlHint', dir: 'ltr' },
  registrationCode: { label: 'join.registrationCode', hint: 'join.registrationCodeHint', dir: 'ltr' },
  associationName: { label: 'setup.associationName' },
  deskName: { label: 'setup.deskName' },
  deskCode: { label: 'setup.deskCode', hint: 'setup.deskCodeHint', dir: 'ltr' },
};

/** First run on a desk of an association that already has its server: register, then sign in online. */
export function JoinScreen({ db, onSwitchLocale, onBack }: JoinScreenProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [input, setInput] = useState<JoinInput>(EMPTY);
  const [errors, setErrors] = useState<JoinErrors>({});
  const join = useAction((valid: ValidJoin) =>
    joinAssociation({ db, fetch: (url, init) => window.fetch(url, init), keys: { indexedDB: window.indexedDB, crypto: window.crypto }, now: () => new Date() }, valid, locale),
  );
  // On success the desk settings exist and the desk moves on to sign-in by itself: the button stays busy.
  const joining = join.busy || join.result?.ok === true;
  const refused = join.result && !join.result.ok ? join.result.error : null;
  // The server's refusal, or why the join itself failed (keys, storage), translated.
  const refusal = join.error ?? (refused ? `errors.${refused.code}` : null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    join.reset();
    const result = validateJoin(input);
    if (!result.ok) {
      setErrors(result.error);
      const first = JOIN_FIELDS.find((field) => result.error[field]);
      if (first) document.getElementById(`join-${first}`)?.focus();
      return;
    }
    setErrors({});
    const joined = await join.run(result.value);
    if (!joined.ok || joined.value.ok) return;
    const { code, field } = joined.value.error;
    if (field) {
      setErrors({ [field]: code });
      document.getElementById(`join-${field}`)?.focus();
    }
  };

  const field = (name: JoinField, autoFocus = false) => (
    <TextInput
      id={`join-${name}`}
      label={t(LABELS[name].label)}
      description={LABELS[name].hint ? t(LABELS[name].hint) : undefined}
      value={input[name]}
      onChange={(e) => {
        const value = e.currentTarget.value;
        setInput((prev) => ({ ...prev, [name]: value }));
      }}
      error={errors[name] ? t(`errors.${errors[name]}`) : undefined}
      autoFocus={autoFocus}
      dir={LABELS[name].dir}
      autoComplete="off"
      required
    />
  );

  return (
    <main className="wasl-centered">
      <Card withBorder shadow="sm" padding="xl" className="wasl-card">
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack gap="md">
            <Group justify="space-between" wrap="nowrap">
              <Title order={1} size="h2">
                {t('join.title')}
              </Title>
              <LanguageSwitch onSwitch={onSwitchLocale} />
            </Group>
            <Text c="dimmed">{t('join.intro')}</Text>
            {field('serverUrl', true)}
            {field('registrationCode')}
            {field('associationName')}
            {field('deskName')}
            {field('deskCode')}
            {refusal && (
              <Alert color="red" role="alert" data-testid="join-error">
                {t(refusal)}
              </Alert>
            )}
            <Button type="submit" loading={joining}>
              {t('join.submit')}
            </Button>
            <Button variant="subtle" onClick={onBack} disabled={joining}>
              {t('join.back')}
            </Button>
          </Stack>
        </form>
      </Card>
    </main>
  );
}
