import { useState, type FormEvent } from 'react';
import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@shared/i18n/locale';
import type { WaslDatabase } from '@renderer/db/database';
import type { DeskSettings } from '@renderer/db/desk-settings';
import type { SessionUser } from '@renderer/stores/session-store';
import { useDeskSync } from '@renderer/sync/sync-context';
import { signInWithAssociation, type AssociationSignIn } from '../data/association-sign-in';
import { SignInCard } from './sign-in-card';
import { PasswordInput } from '@renderer/components/password-input';
import { useAction } from '@renderer/components/use-action';

interface AssociationSignInScreenProps {
  db: WaslDatabase;
  settings: DeskSettings;
  onSwitchLocale: (locale: Locale) => void | Promise<void>;
  onSignedIn: (user: SessionUser) => void;
}

const ERROR_OF: Record<Exclude<AssociationSignIn['kind'], 'ok'>, string> = {
  wrong: 'errors.auth.wrong-credentials',
  locked: 'errors.auth.locked-later',
  'needs-server': 'errors.auth.needs-server',
  revoked: 'errors.sync.desk-revoked',
};

/** A joined desk: staff sign in with their association account (online the first time, then offline too). */
export function AssociationSignInScreen({ db, settings, onSwitchLocale, onSignedIn }: AssociationSignInScreenProps) {
  const { t } = useTranslation();
  const sync = useDeskSync();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const signIn = useAction(() =>
    signInWithAssociation({ db, fetch: (url, init) => window.fetch(url, { ...init, signal: AbortSignal.timeout(10_000) }), now: Date.now }, username, password),
  );
  const busy = signIn.busy;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!username.trim() || !password) {
      setError('errors.auth.wrong-credentials');
      return;
    }
    setError(null);
    const outcome = await signIn.run();
    // An unreachable server throws: it reads as "needs the server", the one thing the person can act on.
    const result: AssociationSignIn = outcome.ok ? outcome.value : { kind: 'needs-server', error: 'server.error' };
    setPassword('');
    if (result.kind === 'ok') onSignedIn(result.user);
    // A revoked desk learns it here when nobody had signed in yet: it wipes itself like sync does.
    else if (result.kind === 'revoked') void sync.revoke();
    else setError(ERROR_OF[result.kind]);
  };

  return (
    <SignInCard title={t('signIn.title')} settings={settings} onSwitchLocale={onSwitchLocale}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('signIn.association')}</Text>
          <TextInput id="sign-in-username" label={t('signIn.username')} value={username} onChange={(e) => setUsername(e.currentTarget.value)} dir="ltr" autoComplete="username" autoFocus required />
          <PasswordInput id="sign-in-password" label={t('signIn.password')} value={password} onChange={(e) => setPassword(e.currentTarget.value)} autoComplete="current-password" required />
          {error && (
            <Alert color="red" role="alert" data-testid="sign-in-error">
              {t(error)}
            </Alert>
          )}
          <Button type="submit" loading={busy}>
            {busy ? t('signIn.checking') : t('signIn.submit')}
          </Button>
        </Stack>
      </form>
    </SignInCard>
  );
}
