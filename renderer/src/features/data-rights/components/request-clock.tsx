import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatGregorian, formatHijri } from '@shared/calendar/hijri';
import { useLocale } from '@renderer/i18n/use-locale';
import type { DataRequestClock } from '../data/data-request-queries';

/** The request's clock: the due date (Hijri, then Gregorian) AND the calendar days left; overdue flagged. */
export function RequestClock({ clock, testId }: { clock: DataRequestClock; testId?: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const days = clock.daysLeft;
  return (
    <Group gap="xs" wrap="wrap" data-testid={testId} data-overdue={clock.overdue}>
      <Text size="sm">{t('dataRequests.clock.due', { hijri: formatHijri(clock.dueDate, locale), gregorian: formatGregorian(clock.dueDate, locale) })}</Text>
      {clock.open && !clock.overdue && <Text size="sm" fw={600} data-testid={testId ? `${testId}-left` : undefined}>{t('dataRequests.clock.left', { n: days })}</Text>}
      {clock.overdue && <Badge color="red" data-testid={testId ? `${testId}-overdue` : undefined}>{t('dataRequests.clock.overdue', { n: -days })}</Badge>}
    </Group>
  );
}
