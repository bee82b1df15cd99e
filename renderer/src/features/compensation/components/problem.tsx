import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A refusal, translated; nothing when there is none. */
export function Problem({ problem }: { problem: string | null }) {
  const { t } = useTranslation();
  return problem ? <Alert color="red" role="alert" data-testid="compensation-error">{t(problem)}</Alert> : null;
}
