import type { ComponentProps, ReactNode } from 'react';
import { Card, Group, Stack, Text, Title } from '@mantine/core';
import type { Locale } from '@shared/i18n/locale';
import { LanguageSwitch } from './language-switch';

type FrontCardProps = {
  title: string;
  /** The line under the title: what the screen is for, or which desk this is. */
  intro: ReactNode;
  onSwitchLocale: (locale: Locale) => void | Promise<void>;
  /** When the card is one form (setup, joining): its props; the card's content is then the form. */
  form?: ComponentProps<'form'>;
  children: ReactNode;
};

/**
 * The card of the screens before anyone is signed in (setup, joining an association, sign-in,
 * the lock): title, the language switch, a line under them, then the screen's own content.
 */
export function FrontCard({ title, intro, onSwitchLocale, form, children }: FrontCardProps) {
  const content = (
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
  );
  return (
    <main className="wasl-centered">
      <Card withBorder shadow="sm" padding="xl" className="wasl-card">
        {form ? <form {...form}>{content}</form> : content}
      </Card>
    </main>
  );
}
