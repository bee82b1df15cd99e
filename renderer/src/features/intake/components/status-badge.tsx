import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RequestStatus } from '@shared/intake/request-status';

const COLOR: Record<RequestStatus, string> = {
  draft: 'gray',
  'awaiting-signature': 'yellow',
  signed: 'lime',
  referred: 'blue',
  'under-study': 'indigo',
  approved: 'teal',
  rejected: 'red',
  'more-info-needed': 'orange',
  informed: 'cyan',
  closed: 'dark',
  withdrawn: 'gray',
};

export function StatusBadge({ status }: { status: RequestStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOR[status]} variant="light" data-testid="request-status">
      {t(`intake.status.${status}`)}
    </Badge>
  );
}
