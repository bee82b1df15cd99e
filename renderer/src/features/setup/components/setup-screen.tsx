import { useState, type FormEvent } from 'react';
import { Alert, Button, Card, Fieldset, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@shared/i18n/locale';
import type { WaslDatabase } from '@renderer/db/database';
import type { SessionUser } from '@renderer/stores/session-store';
import { LanguageSwitch } from '@renderer/components/language-switch';
import { useLocale } from '@renderer/i18n/use-locale';
import { completeSetup } from '../data/complete-setup';
import { JoinScreen } from './join-screen';
import { SETUP_FIELDS, validateSetup, type SetupErrors, type SetupField, type SetupInput, type ValidSetup } from '../validate-setup';
import { PasswordInput } from '@renderer/components/password-input';
import { useAction } from '@renderer/components/use-action';

interface SetupScreenProps {
  db: WaslDatabase;
  onSwitchLocale: (locale: Locale) => void | Promise<void>;
  onComplete: (admin: SessionUser) => void;
}

const EMPTY: SetupInput = { associationName: '', deskName: '', deskCode: '', adminName: '', username: '', password: '', passwordConfirm: '' };

const LABELS: Record<SetupField, { label: string; hint?: string; secret?: boolean; dir?: 'ltr' }> = {
  associationName: { label: 'setup.associationName' },
  deskName: { label: 'setup.deskName' },
  deskCode: { label: 'setup.deskCode', hint: 'setup.deskCodeHint', dir: 'ltr' },
  adminName: { label: 'setup.adminName' },
  username: { label: 'setup.username', hint: 'setup.usernameHint', dir: 'ltr' },
  password: { label: 'setup.password', hint: 'setup.passwordHint', secret: true },
  passwordConfirm: { label: 'setup.passwordConfirm', secret: true },
};

export function SetupScreen({ db, onSwitchLocale, onComplete }: SetupScreenProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [input, setInput] = useState<SetupInput>(EMPTY);
  const [errors, setErrors] = useState<SetupErrors>({});
  const save = useAction(async (valid: ValidSetup) => onComplete(await completeSetup(db, valid, locale)));
  const [joining, setJoining] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    save.reset();
    const result = validateSetup(input);
    if (!result.ok) {
      setErrors(result.error);
      const first = SETUP_FIELDS.find((field) => result.error[field]);
      if (first) document.getElementById(`setup-${first}`)?.focus();
      return;
    }
    setErrors({});
    await save.run(result.value);
  };

  const field = (name: SetupField, autoFocus = false) => {
    const spec = LABELS[name];
    const Input = spec.secret ? PasswordInput : TextInput;
    return (
      <Input
        id={`setup-${name}`}
        label={t(spec.label)}
        description={spec.hint ? t(spec.hint) : undefined}
        value={input[name]}
        onChange={(e) => {
          const value = e.currentTarget.value; // read now: React clears currentTarget after the handler
          setInput((prev) => ({ ...prev, [name]: value }));
        }}
        error={errors[name] ? t(`errors.${errors[name]}`) : undefined}
        // Mantine's PasswordInput does not mark its input invalid itself.
        aria-invalid={Boolean(errors[name])}
        autoFocus={autoFocus}
        dir={spec.dir}
        autoComplete={spec.secret ? 'new-password' : 'off'}
        required
      />
    );
  };

  if (joining) return <JoinScreen db={db} onSwitchLocale={onSwitchLocale} onBack={() => setJoining(false)} />;

  return (
    <main className="wasl-centered">
      <Card withBorder shadow="sm" padding="xl" className="wasl-card">
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack gap="md">
            <Group justify="space-between" wrap="nowrap">
              <Title order={1} size="h2">
                {t('setup.title')}
              </Title>
              <LanguageSwitch onSwitch={onSwitchLocale} />
            </Group>
            <Text c="dimmed">{t('setup.intro')}</Text>
            <Button variant="light" onClick={() => setJoining(true)}>
              {t('join.offer')}
            </Button>
            {Object.keys(errors).length > 0 && (
              <Alert color="red" role="alert">
                {t('setup.fixErrors')}
              </Alert>
            )}
            <Fieldset legend={t('setup.deskSection')}>
              <Stack gap="sm">
                {field('associationName', true)}
                {field('deskName')}
                {field('deskCode')}
              </Stack>
            </Fieldset>
            <Fieldset legend={t('setup.adminSection')}>
              <Stack gap="sm">
                {field('adminName')}
                {field('username')}
                {field('password')}
                {field('passwordConfirm')}
              </Stack>
            </Fieldset>
            {save.error && (
              <Alert color="red" role="alert">
                {t('errors.save-failed', { message: t(save.error) })}
              </Alert>
            )}
            <Button type="submit" loading={save.busy}>
              {save.busy ? t('setup.saving') : t('setup.submit')}
            </Button>
          </Stack>
        </form>
      </Card>
    </main>
  );
}
