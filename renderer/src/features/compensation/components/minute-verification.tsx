import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLoad } from '@renderer/components/use-action';
import { formatAmount, verifyMinute, type CompensationDeps } from '../data';

const COLOR = { valid: 'teal', tampered: 'red', 'not-found': 'gray' } as const;

/**
 * A printed minute's code checked on the verification screen (composed there by the app): the stored
 * version it names still hashes to what was printed, and whether the committee approved it.
 */
export function MinuteVerification({ deps, code }: { deps: Pick<CompensationDeps, 'db' | 'actor'>; code: string }) {
  const { t } = useTranslation();
  const check = useLoad(() => verifyMinute(deps, code), [deps, code]);
  const outcome = check.result;
  if (!outcome) return check.error ? <Alert color="red" role="alert">{t(check.error)}</Alert> : null;
  const key = outcome.status === 'valid' ? (outcome.approved ? 'valid-approved' : 'valid-pending') : outcome.status;
  return (
    <Stack gap="xs">
      <Alert color={COLOR[outcome.status]} role="status" data-testid="verification-result" data-status={outcome.status}>
        {t(`compensation.verify.${key}`)}{outcome.status === 'valid' && !outcome.current ? ` ${t('compensation.verify.superseded')}` : ''}
      </Alert>
      {outcome.status === 'valid' && (
        <Text size="sm">
          <bdi dir="ltr">{outcome.doc.compensation?.minuteNumber}</bdi> · {t('compensation.minute.version', { version: outcome.minute.version })} · {outcome.minute.date} · {outcome.minute.decision} · {formatAmount(outcome.minute.amount)}
        </Text>
      )}
    </Stack>
  );
}
