import { useState, type FormEvent, type ReactNode } from 'react';
import { Alert, Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WaslDatabase } from '@renderer/db/database';
import type { SessionUser } from '@renderer/stores/session-store';
import { attemptPassword } from '../data/attempt-password';
import { useLockoutRemaining } from '../hooks/use-lockout-remaining';
import { PasswordInput } from '@renderer/components/password-input';
import { useAction } from '@renderer/components/use-action';

interface PasswordFormProps {
  db: WaslDatabase;
  staffId: string | null;
  purpose: 'sign-in' | 'unlock';
  submitLabel: string;
  passwordLabel: string;
  autoFocusPassword: boolean;
  onSuccess: (user: SessionUser) => void;
  /** Fields shown above the password (the staff picker on sign-in). */
  children?: ReactNode;
}

/** Password entry with the lockout countdown; Enter submits. */
export function PasswordForm(props: PasswordFormProps) {
  const { db, staffId, purpose, onSuccess } = props;
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const attempt = useAction((id: string) => attemptPassword(db, id, password, purpose));
  const busy = attempt.busy;
  const remaining = useLockoutRemaining(db, staffId);
  const locked = remaining > 0;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!staffId) return setError('errors.auth.choose-staff');
    if (!password) return setError('errors.password.required');
    setError(null);
    const outcome = await attempt.run(staffId);
    setPassword('');
    if (!outcome.ok) return setError(outcome.error);
    const result = outcome.value;
    if (result.kind === 'ok') return onSuccess(result.user);
    setError(result.kind === 'wrong' ? 'errors.auth.wrong-password' : result.kind === 'unknown-staff' ? 'errors.auth.choose-staff' : null);
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        {props.children}
        <PasswordInput
          id={`${purpose}-password`}
          label={props.passwordLabel}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          autoFocus={props.autoFocusPassword}
          autoComplete="current-password"
          error={error && !locked ? t(error) : undefined}
          aria-invalid={Boolean(error && !locked)}
        />
        {locked && (
          <Alert color="red" role="alert" data-testid="lockout-message">
            {t('errors.auth.locked', { seconds: Math.ceil(remaining / 1000) })}
          </Alert>
        )}
        <Button type="submit" loading={busy}>
          {props.submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
