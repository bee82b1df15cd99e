import { useEffect, useRef } from 'react';
import { Button, Group, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../components/language-switch';
import { SyncIndicator } from '@renderer/features/sync/components/sync-indicator';
import { useSessionStore } from '../stores/session-store';
import { useDesk } from './desk-context';
import { hashOf, routePaths } from './route-paths';

/** The header's height when everything fits on one line. */
export const HEADER_MIN_HEIGHT = 64;

/**
 * Reports the header's content height, so the shell sizes the header to it: a sync error in
 * words, a long name or a narrow window wraps the header onto a second line instead of pushing
 * its buttons out of sight.
 */
function useContentHeight(onHeightChange: ((px: number) => void) | undefined) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element || !onHeightChange || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => onHeightChange(Math.max(HEADER_MIN_HEIGHT, Math.ceil(element.getBoundingClientRect().height))));
    observer.observe(element);
    return () => observer.disconnect();
  }, [onHeightChange]);
  return ref;
}

/** Association and desk on one side; who is signed in and the session controls on the other. */
export function AppHeader({ onHeightChange }: { onHeightChange?: (px: number) => void }) {
  const { t } = useTranslation();
  const { settings, switchLocale, lock, signOut } = useDesk();
  const user = useSessionStore((s) => s.user);
  const ref = useContentHeight(onHeightChange);
  // The name is isolated (<bdi>) so an Arabic name does not pull the English label's colon across.
  const [before = '', after = ''] = t('header.signedInAs', { name: '\u0000' }).split('\u0000');
  return (
    <Group ref={ref} mih={HEADER_MIN_HEIGHT} px="md" py={8} justify="space-between" wrap="wrap" data-testid="app-header">
      <Group gap="sm" wrap="wrap">
        <Title order={2} size="h4">
          {t('app.name')}
        </Title>
        <Text c="dimmed" data-testid="desk-name">
          <bdi>{settings.associationName}</bdi> — <bdi>{settings.deskName}</bdi>
        </Text>
      </Group>
      <Group gap="xs" wrap="wrap" justify="flex-end" style={{ marginInlineStart: 'auto' }}>
        <SyncIndicator onOpen={() => (window.location.hash = hashOf(routePaths.sync))} />
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
