import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { riyadhDateOf } from '@shared/calendar/iso-date';
import { useObservable } from '@renderer/components/use-observable';
import { watchErasureRecord } from '../data/data-request-queries';
import type { DataRequestsDeps } from '../data/deps';

type Props = { deps: DataRequestsDeps; beneficiaryId: string; onNew: (() => void) | null };

/** On the person's file: whether it was erased (PDPL Art. 18), and the button that records a data request. */
export function FileDataRights({ deps, beneficiaryId, onNew }: Props) {
  const { t } = useTranslation();
  const record = useObservable(() => watchErasureRecord(deps.db, beneficiaryId), [deps.db, beneficiaryId], null);
  if (!record && !onNew) return null;
  return (
    <Card withBorder data-testid="file-data-rights">
      <Stack gap="xs">
        <Title order={2} size="h4">{t('dataRequests.fileTitle')}</Title>
        {record && (
          <Alert color="gray" data-testid="file-erased" title={t('erasure.erasedName')}>
            <Text size="sm">{t('dataRequests.erasure.fileErased', { date: riyadhDateOf(Date.parse(record.at)) })}</Text>
          </Alert>
        )}
        {!record && onNew && <Group><Button variant="light" onClick={onNew}>{t('dataRequests.new.button')}</Button></Group>}
      </Stack>
    </Card>
  );
}
