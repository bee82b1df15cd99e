import type { ReactNode } from 'react';
import { Card, Group, Stack, Text, Title } from '@mantine/core';
import type { Locale } from '@shared/i18n/locale';
import { LanguageSwitch } from '@renderer/components/language-switch';

type SetupFrameProps = {
  title: string;
  intro: string;
  onSwitchLocale: (locale: Locale) => void | Promise<void>;
  formProps: React.ComponentProps<'form'>;
  children: ReactNode;
};

/** The first-run card both ways in share (a new association, or joining one): title, language, intro, then the form. */
export function SetupFrame({ title, intro, onSwitchLocale, formProps, children }: SetupFrameProps) {
  return (
    <main className="wasl-centered">
      <Card withBorder shadow="sm" padding="xl" className="wasl-card">
        <form {...formProps}>
          <Stack gap="md">
            <Group justify="space-between" wrap="nowrap">
              <Title order={1} size="h2">
                {title}
              </Title>
              <LanguageSwitch onSwitch={onSwitchLocale} />
            </Group>
            <Text c="dimmed">{intro}</Text>
            {children}
          </Stack>
        </form>
      </Card>
    </main>
  );
}
