import { useState, type ReactNode } from 'react';
import { Alert, Button, Fieldset, Stack, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@shared/i18n/locale';
import type { WaslDatabase } from '@renderer/db/database';
import type { SessionUser } from '@renderer/stores/session-store';
import { useLocale } from '@renderer/i18n/use-locale';
import { PasswordInput } from '@renderer/components/password-input';
import { useAction } from '@renderer/components/use-action';
import { useCheckedForm } from '@renderer/components/use-checked-form';
import { FrontCard } from '@renderer/components/front-card';
import { completeSetup } from '../data/complete-setup';
import { validateSetup, type SetupField, type SetupInput, type ValidSetup } from '../validate-setup';
import { JoinScreen } from './join-screen';

interface SetupScreenProps {
  db: WaslDatabase;
  onSwitchLocale: (locale: Locale) => void | Promise<void>;
  onComplete: (admin: SessionUser) => void;
  /** restoring this desk from a backup file instead (composed by the app: another feature) */
  restore?: (back: () => void) => ReactNode;
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

/** One field of the form, labelled, hinted and kept from autofill as LABELS says. */
function SetupInput({ name, input, autoFocus }: { name: SetupField; input: GetInputPropsReturnType; autoFocus: boolean }) {
  const { t } = useTranslation();
  const spec = LABELS[name];
  const Input = spec.secret ? PasswordInput : TextInput;
  const autoComplete = spec.secret ? 'new-password' : 'off';
  return <Input id={`setup-${name}`} label={t(spec.label)} description={spec.hint ? t(spec.hint) : undefined} {...input} autoFocus={autoFocus} dir={spec.dir} autoComplete={autoComplete} required />;
}

export function SetupScreen({ db, onSwitchLocale, onComplete, restore }: SetupScreenProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  // Enter walks the fields in order and saves from the last: the first run is typed top to bottom.
  const { form, formProps } = useCheckedForm({ initialValues: EMPTY, validator: validateSetup, enter: 'next-then-submit' });
  const save = useAction(async (valid: ValidSetup) => onComplete(await completeSetup(db, valid, locale)));
  const [joining, setJoining] = useState(false);
  const [restoring, setRestoring] = useState(false);

  const field = (name: SetupField, autoFocus = false) => <SetupInput name={name} input={form.getInputProps(name)} autoFocus={autoFocus} />;

  if (joining) return <JoinScreen db={db} onSwitchLocale={onSwitchLocale} onBack={() => setJoining(false)} />;
  if (restoring && restore) return restore(() => setRestoring(false));

  return (
    <FrontCard title={t('setup.title')} intro={t('setup.intro')} onSwitchLocale={onSwitchLocale} form={formProps((valid) => save.run(valid))}>
      <Button variant="light" onClick={() => setJoining(true)}>
        {t('join.offer')}
      </Button>
      {restore && (
        <Button variant="light" onClick={() => setRestoring(true)}>
          {t('backup.restore.offer')}
        </Button>
      )}
      {Object.keys(form.errors).length > 0 && (
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
    </FrontCard>
  );
}
