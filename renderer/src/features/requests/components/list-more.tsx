import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocale } from '@renderer/i18n/use-locale';

type Props = { shown: number; count: number; onMore: () => void };

/**
 * Under a list that shows only its first rows: how many of the whole list are shown, and a button
 * for more. Nothing when every row is shown.
 */
export function ListMore({ shown, count, onMore }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (count <= shown) return null;
  const number = (value: number) => value.toLocaleString(locale === 'ar' ? 'ar-SA' : 'en-GB');
  return (
    <Group justify="space-between" mt="sm">
      <Text size="sm" c="dimmed">
        {t('requests.listShown', { shown: number(shown), count: number(count) })}
      </Text>
      <Button variant="light" size="compact-sm" onClick={onMore}>
        {t('requests.showMore')}
      </Button>
    </Group>
  );
}
