import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { timeLeftParts } from '@shared/sync/sync-progress';
import { useLocale } from '@renderer/i18n/use-locale';
import type { InitialPull } from '@renderer/sync/sync-status';

/**
 * The first sync's progress: documents arrived of the total, and the time left. The desk stays
 * usable meanwhile (search answers what has arrived), and the line says so. Once every document has
 * arrived, the desk still saves the sync's own records of the last ones and indexes them for search
 * (measured at 100,000 files: about 30 s): "finishing", not "about 0 seconds".
 */
export function InitialPullProgress({ pull }: { pull: InitialPull }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const number = (value: number) => value.toLocaleString(locale === 'ar' ? 'ar-SA' : 'en-GB');
  const finishing = pull.total > 0 && pull.done >= pull.total;
  const left = pull.secondsLeft === null ? null : timeLeftParts(pull.secondsLeft);
  return (
    <Stack gap={4} data-testid="sync-initial-pull">
      <Text>{t('sync.status.initialPull', { done: number(pull.done), total: number(pull.total) })}</Text>
      <Progress value={pull.total > 0 ? Math.min(100, (pull.done / pull.total) * 100) : 0} aria-label={t('sync.status.initialPullLabel')} />
      <Text size="sm" c="dimmed">
        {finishing ? t('sync.status.timeLeft.finishing') : left ? t(`sync.status.timeLeft.${left.unit}`, { n: number(left.count) }) : t('sync.status.timeLeft.unknown')}
      </Text>
      <Text size="sm" c="dimmed">
        {t('sync.status.initialPullUsable')}
      </Text>
    </Stack>
  );
}
