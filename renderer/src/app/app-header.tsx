import { Button, Group, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../components/language-switch';
import { SyncIndicator } from '@renderer/features/sync/sync-indicator';
import { useSessionStore } from '../stores/session-store';
import { useDesk } from './desk-context';

/** Association and desk on one side; who is signed in and the session controls on the other. */
export function AppHeader() {
  const { t } = useTranslation();
  const { db, settings, switchLocale, lock, signOut } = useDesk();
  const user = useSessionStore((s) => s.user);
  // The name is isolated (<bdi>) so an Arabic name does not pull the English label's colon across.
  const [before = '', after = ''] = t('header.signedInAs', { name: '\u0000' }).split('\u0000');
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        <Title order={2} size="h4">
          {t('app.name')}
        </Title>
        <Text c="dimmed" data-testid="desk-name">
          <bdi>{settings.associationName}</bdi> — <bdi>{settings.deskName}</bdi>
        </Text>
      </Group>
      <Group gap="xs" wrap="nowrap">
        <SyncIndicator db={db} onOpen={() => (window.location.hash = '#/sync')} />
        <Text data-testid="signed-in-user">
          {before}
          <bdi>{user?.displayName ?? ''}</bdi>
          {after}
        </Text>
        <LanguageSwitch onSwitch={switchLocale} />
        <Button variant="default" size="compact-md" onClick={lock}>
          {t('header.lock')}
        </Button>
        <Button variant="light" size="compact-md" onClick={() => void signOut()}>
          {t('header.signOut')}
        </Button>
      </Group>
    </Group>
  );
}
