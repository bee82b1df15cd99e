import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatGregorian, formatHijri } from '@shared/calendar/hijri';
import { useLocale } from '@renderer/i18n/use-locale';

/** A civil date in Hijri (Umm al-Qura) first, then Gregorian: the order Saudi forms use. */
export function DualDate({ date, testId, weekday = false }: { date: string; testId?: string; weekday?: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Stack gap={0} data-testid={testId}>
      <Text fw={600} data-testid={testId ? `${testId}-hijri` : undefined}>
        {t('intake.dates.hijri', { date: formatHijri(date, locale, { weekday }) })}
      </Text>
      <Text size="sm" c="dimmed" data-testid={testId ? `${testId}-gregorian` : undefined}>
        {t('intake.dates.gregorian', { date: formatGregorian(date, locale, { weekday }) })}
      </Text>
    </Stack>
  );
}
