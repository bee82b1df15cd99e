import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Screens owned by later issues: they exist in the navigation and say when they arrive. */
export function PlaceholderScreen({ titleKey }: { titleKey: string }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={1} size="h2">
        {t(titleKey)}
      </Title>
      <Text>{t('placeholder.later')}</Text>
    </Stack>
  );
}
