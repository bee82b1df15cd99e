import { useState, type FormEvent } from 'react';
import { Alert, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AccountsErrorCode } from '@shared/accounts/session-client';
import type { Locale } from '@shared/i18n/locale';
import type { WaslDatabase } from '@renderer/db/database';
import { LanguageSwitch } from '@renderer/components/language-switch';
import { useLocale } from '@renderer/i18n/use-locale';
import { joinAssociation } from '../data/join-association';
import { JOIN_FIELDS, validateJoin, type JoinErrors, type JoinField, type JoinInput } from '../validate-join';

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
  const [refusal, setRefusal] = useState<AccountsErrorCode | null>(null);
  const [joining, setJoining] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setRefusal(null);
    const result = validateJoin(input);
    if (!result.ok) {
      setErrors(result.errors);
      const first = JOIN_FIELDS.find((field) => result.errors[field]);
      if (first) document.getElementById(`join-${first}`)?.focus();
      return;
    }
    setErrors({});
    setJoining(true);
    const joined = await joinAssociation(
      { db, fetch: (url, init) => window.fetch(url, init), keys: { indexedDB: window.indexedDB, crypto: window.crypto }, now: () => new Date() },
      result.value,
      locale,
    ).catch(() => ({ ok: false as const, error: 'server.error' as const, field: null }));
    // On success the desk settings exist and the desk moves on to sign-in by itself.
    if (joined.ok) return;
    setJoining(false);
    setRefusal(joined.error);
    if (joined.field) {
      setErrors({ [joined.field]: joined.error });
      document.getElementById(`join-${joined.field}`)?.focus();
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
                {t(`errors.${refusal}`)}
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
