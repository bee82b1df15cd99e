import type { ReactNode } from 'react';
import { Card, Group, Stack, Text, Title } from '@mantine/core';
import type { Locale } from '@shared/i18n/locale';
import type { DeskSettings } from '@renderer/db/desk-settings';
import { LanguageSwitch } from '@renderer/components/language-switch';

type Props = { title: string; settings: DeskSettings; onSwitchLocale: (locale: Locale) => void | Promise<void>; children: ReactNode };

/** The frame of the sign-in and lock screens (local staff, association accounts): title, language, which desk. */
export function SignInCard({ title, settings, onSwitchLocale, children }: Props) {
  return (
    <main className="wasl-centered">
      <Card withBorder shadow="sm" padding="xl" className="wasl-card">
        <Stack gap="md">
          <Group justify="space-between" wrap="nowrap">
            <Title order={1} size="h2">
              {title}
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
