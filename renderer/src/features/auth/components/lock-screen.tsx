import { Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@shared/i18n/locale';
import type { WaslDatabase } from '@renderer/db/database';
import type { DeskSettings } from '@renderer/db/desk-settings';
import type { SessionUser } from '@renderer/stores/session-store';
import { PasswordForm } from './password-form';
import { SignInCard } from './sign-in-card';

interface LockScreenProps {
  db: WaslDatabase;
  settings: DeskSettings;
  user: SessionUser;
  onSwitchLocale: (locale: Locale) => void | Promise<void>;
  onUnlocked: () => void;
  onSwitchUser: () => void;
}

/** The locked session: its owner unlocks with a password; anyone else switches user. */
export function LockScreen({ db, settings, user, onSwitchLocale, onUnlocked, onSwitchUser }: LockScreenProps) {
  const { t } = useTranslation();
  return (
    <SignInCard title={t('lock.title')} settings={settings} onSwitchLocale={onSwitchLocale}>
      <Text fw={600}>{t('lock.lockedFor', { name: user.displayName })}</Text>
      <PasswordForm
        db={db}
        staffId={user.staffId}
        purpose="unlock"
        passwordLabel={t('lock.password')}
        submitLabel={t('lock.unlock')}
        autoFocusPassword
        onSuccess={onUnlocked}
      />
      <Button variant="subtle" onClick={onSwitchUser}>
        {t('lock.switchUser')}
      </Button>
    </SignInCard>
  );
}
