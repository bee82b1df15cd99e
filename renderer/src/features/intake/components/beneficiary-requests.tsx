import { Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useObservable } from '@renderer/components/use-observable';
import { watchRequestsOfBeneficiary, type IntakeDeps } from '../data';
import { useBilingual } from '../hooks/use-intake-catalog';
import { StatusBadge } from './status-badge';

type Props = { deps: IntakeDeps; beneficiaryId: string; onNew: () => void; onOpen: (requestId: string) => void };

/** On the beneficiary's file: their requests, newest first; open drafts are resumed from here. */
export function BeneficiaryRequests({ deps, beneficiaryId, onNew, onOpen }: Props) {
  const { t } = useTranslation();
  const pick = useBilingual();
  const requests = useObservable(() => watchRequestsOfBeneficiary(deps, beneficiaryId), [deps.db, beneficiaryId], null) ?? [];
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('intake.drafts.title')}
          </Title>
          <Button onClick={onNew}>{t('intake.newRequest')}</Button>
        </Group>
        {requests.length === 0 ? (
          <Text c="dimmed">{t('intake.drafts.empty')}</Text>
        ) : (
          <Table withTableBorder aria-label={t('intake.drafts.title')}>
            <Table.Tbody>
              {requests.map((request) => (
                <Table.Tr key={request.id} data-testid="beneficiary-request">
                  <Table.Td>
                    <bdi dir="ltr">{request.requestNumber}</bdi>
                  </Table.Td>
                  <Table.Td>{pick(request.requestType.nameAr, request.requestType.nameEn)}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={request.status} />
                  </Table.Td>
                  <Table.Td>
                    <Button size="compact-sm" variant={request.status === 'draft' ? 'filled' : 'light'} onClick={() => onOpen(request.id)}>
                      {request.status === 'draft' ? t('intake.drafts.resume') : t('intake.drafts.open')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  );
}
