import { Alert, Button, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@shared/i18n/locale';
import type { WaslDatabase } from '@renderer/db/database';
import { useLocale } from '@renderer/i18n/use-locale';
import { useAction } from '@renderer/components/use-action';
import { useCheckedForm } from '@renderer/components/use-checked-form';
import { FrontCard } from '@renderer/components/front-card';
import { joinAssociation } from '../data/join-association';
import { validateJoin, type JoinField, type JoinInput, type ValidJoin } from '../validate-join';

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
  const { form, formProps, showErrors } = useCheckedForm({ initialValues: EMPTY, validator: validateJoin, enter: 'next-then-submit' });
  const join = useAction((valid: ValidJoin) =>
    joinAssociation({ db, fetch: (url, init) => window.fetch(url, init), keys: { indexedDB: window.indexedDB, crypto: window.crypto }, now: () => new Date() }, valid, locale),
  );
  // On success the desk settings exist and the desk moves on to sign-in by itself: the button stays busy.
  const joining = join.busy || join.result?.ok === true;
  const refused = join.result && !join.result.ok ? join.result.error : null;
  // The server's refusal, or why the join itself failed (keys, storage), translated.
  const refusal = join.error ?? (refused ? `errors.${refused.code}` : null);

  const submit = async (valid: ValidJoin) => {
    join.reset();
    const joined = await join.run(valid);
    if (!joined.ok || joined.value.ok) return;
    const { code, field } = joined.value.error;
    // The server refused one field (a used code, a taken desk code): shown on it.
    if (field) showErrors({ [field]: code });
  };

  const field = (name: JoinField, autoFocus = false) => (
    <TextInput
      id={`join-${name}`}
      label={t(LABELS[name].label)}
      description={LABELS[name].hint ? t(LABELS[name].hint) : undefined}
      {...form.getInputProps(name)}
      autoFocus={autoFocus}
      dir={LABELS[name].dir}
      autoComplete="off"
      required
    />
  );

  return (
    <FrontCard title={t('join.title')} intro={t('join.intro')} onSwitchLocale={onSwitchLocale} form={formProps(submit)}>
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
    </FrontCard>
  );
}
