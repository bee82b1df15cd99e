import type { ReactNode } from 'react';
import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@shared/i18n/locale';
import type { DeskSettings } from '@renderer/db/desk-settings';
import { LanguageSwitch } from '@renderer/components/language-switch';

type Props = { settings: DeskSettings; onSwitchLocale: (locale: Locale) => void | Promise<void>; children: ReactNode };

/** The frame of both sign-in screens (local staff, association accounts): title, language, which desk. */
export function SignInCard({ settings, onSwitchLocale, children }: Props) {
  const { t } = useTranslation();
  return (
    <main className="wasl-centered">
      <Card withBorder shadow="sm" padding="xl" className="wasl-card">
        <Stack gap="md">
          <Group justify="space-between" wrap="nowrap">
            <Title order={1} size="h2">
              {t('signIn.title')}
            </Title>
            <LanguageSwitch onSwitch={onSwitchLocale} />
          </Group>
          <Text c="dimmed">
            <bdi>{settings.associationName}</bdi> — <bdi>{settings.deskName}</bdi>
          </Text>
          {children}
        </Stack>
      </Card>
    </main>
  );
}
