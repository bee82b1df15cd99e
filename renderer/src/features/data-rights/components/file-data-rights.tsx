import { Alert, Anchor, Badge, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { riyadhDateOf } from '@shared/calendar/iso-date';
import { useObservable } from '@renderer/components/use-observable';
import { watchErasureRecord, watchFileDataRequests } from '../data/data-request-queries';
import type { DataRequestsDeps } from '../data/deps';

type Props = { deps: DataRequestsDeps; beneficiaryId: string; href: (id: string) => string; onNew: (() => void) | null };

/** On the person's file: whether it was erased (PDPL Art. 18), and the button that records a data request. */
export function FileDataRights({ deps, beneficiaryId, href, onNew }: Props) {
  const { t } = useTranslation();
  const record = useObservable(() => watchErasureRecord(deps.db, beneficiaryId), [deps.db, beneficiaryId], null);
  const requests = useObservable(() => watchFileDataRequests(deps, beneficiaryId), [deps, beneficiaryId], []);
  if (!record && !onNew && requests.length === 0) return null;
  return (
    <Card withBorder data-testid="file-data-rights">
      <Stack gap="xs">
        <Title order={2} size="h4">{t('dataRequests.fileTitle')}</Title>
        {record && (
          <Alert color="gray" data-testid="file-erased" title={t('erasure.erasedName')}>
            <Text size="sm">{t('dataRequests.erasure.fileErased', { date: riyadhDateOf(Date.parse(record.at)) })}</Text>
          </Alert>
        )}
        {requests.length > 0 && (
          <List size="sm">
            {requests.map((doc) => (
              <List.Item key={doc.id}>
                <Group gap="xs">
                  <Anchor href={`#${href(doc.id)}`}><bdi dir="ltr">{doc.caseNumber}</bdi></Anchor>
                  <Text size="sm">{t(`dataRequests.kind.${doc.dataRequest?.subKind ?? 'access'}`)}</Text>
                  <Badge variant="light">{t(`dataRequests.status.${doc.dataRequest?.status ?? 'received'}`)}</Badge>
                </Group>
              </List.Item>
            ))}
          </List>
        )}
        {!record && onNew && <Group><Button variant="light" onClick={onNew}>{t('dataRequests.new.button')}</Button></Group>}
      </Stack>
    </Card>
  );
}
