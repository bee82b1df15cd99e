import { Alert, Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HolidayCoverage } from '@shared/calendar/holiday-coverage';
import { formatGregorian, formatHijri } from '@shared/calendar/hijri';
import { useLocale } from '@renderer/i18n/use-locale';
import { routePaths } from '@renderer/app/route-paths';

/**
 * The admin's warning that the holiday table ends within the next 12 months: due dates after that silently
 * ignore the missing holidays (the reply clock counts working days). Renders nothing while covered.
 */
export function HolidayCoverageNotice({ coverage }: { coverage: HolidayCoverage | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (!coverage?.short) return null;
  const date = `${formatHijri(coverage.coveredUntil, locale)} (${formatGregorian(coverage.coveredUntil, locale)})`;
  const missing = coverage.missing ? t(`catalogAdmin.holidays.kinds.${coverage.missing.kind}`) : '';
  return (
    <Alert color="orange" role="alert" title={t('home.holidaysShort.title')} data-testid="holiday-coverage-notice">
      <Text size="sm">{t('home.holidaysShort.body', { date, missing })}</Text>
      <Anchor component={Link} to={routePaths.catalog} size="sm">
        {t('home.holidaysShort.open')}
      </Anchor>
    </Alert>
  );
}
