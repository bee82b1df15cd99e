import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatGregorian, formatHijri } from '@shared/calendar/hijri';
import type { CaseClockView, CaseDueState } from '@shared/cases/case-clock';
import type { CaseStatus } from '@shared/cases/case-status';
import { useLocale } from '@renderer/i18n/use-locale';

const STATUS_COLOR: Record<CaseStatus, string> = {
  received: 'gray',
  assigned: 'blue',
  'in-progress': 'indigo',
  'waiting-for-complainant': 'yellow',
  escalated: 'red',
  resolved: 'teal',
  informed: 'cyan',
  closed: 'dark',
};

export const DUE_COLOR: Record<CaseDueState, string> = { overdue: 'red', 'due-soon': 'orange', 'on-track': 'teal', paused: 'yellow', stopped: 'gray' };

/** The status in its colour AND its word: colour alone says nothing to a colour-blind reader. */
export function CaseStatusBadge({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOR[status]} variant="light" data-testid="case-status" data-status={status}>
      {t(`cases.status.${status}`)}
    </Badge>
  );
}

/**
 * The working-day clock: its state in words ("paused" while waiting for the complainant), the due date
 * in both calendars and the working days left or past.
 */
export function CaseClockLine({ clock }: { clock: CaseClockView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { remaining, dueDate, state } = clock;
  return (
    <Group gap="xs" data-testid="case-clock" data-clock={state}>
      <Badge color={DUE_COLOR[state]} variant="light" size="sm">
        {t(`cases.clock.${state}`)}
      </Badge>
      {dueDate && (
        <Text size="sm">
          {t('cases.clock.due', { hijri: formatHijri(dueDate, locale), gregorian: formatGregorian(dueDate, locale) })}
        </Text>
      )}
      {remaining !== null && state !== 'stopped' && (
        <Text size="sm" c="dimmed">
          {remaining >= 0 ? t('cases.clock.left', { count: remaining }) : t('cases.clock.late', { count: -remaining })}
        </Text>
      )}
    </Group>
  );
}
