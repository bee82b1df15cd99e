import { useState, type FormEvent } from 'react';
import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WaslDatabase } from '@renderer/db/database';
import { PasswordInput } from '@renderer/components/password-input';
import { useAction } from '@renderer/components/use-action';
import type { PolicyVersion } from '@shared/policy';
import { acknowledgePolicy, type Signer } from '../data/acknowledge-policy';

type Props = { db: WaslDatabase; signer: Signer; version: PolicyVersion; readToEnd: boolean };

/**
 * Signing (Art. 4): the staff member types their name and confirms with their password. The button
 * waits until the text was read to the end; the data function refuses it too, so no path signs unread.
 */
export function SignPolicyForm({ db, signer, version, readToEnd }: Props) {
  const { t } = useTranslation();
  const [typedName, setTypedName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const sign = useAction(() => acknowledgePolicy(db, signer, version, { readToEnd, typedName, password }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sign.busy) return;
    setError(null);
    const outcome = await sign.run();
    setPassword('');
    if (!outcome.ok) return setError(outcome.error);
    if (!outcome.value.ok) setError(`policy.errors.${outcome.value.error}`);
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('policy.signTitle')}>
      <Stack gap="sm">
        {!readToEnd && (
          <Text c="dimmed" data-testid="policy-scroll-hint">
            {t('policy.scrollHint')}
          </Text>
        )}
        <TextInput id="policy-typed-name" label={t('policy.typedName')} value={typedName} onChange={(e) => setTypedName(e.currentTarget.value)} autoComplete="off" />
        <PasswordInput id="policy-password" label={t('policy.password')} value={password} onChange={(e) => setPassword(e.currentTarget.value)} autoComplete="current-password" />
        {error && (
          <Alert color="red" role="alert">
            {t(error)}
          </Alert>
        )}
        <Button type="submit" loading={sign.busy} disabled={!readToEnd}>
          {t('policy.sign')}
        </Button>
      </Stack>
    </form>
  );
}
