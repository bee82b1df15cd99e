import { Card, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useObservable } from '@renderer/components/use-observable';
import { watchFollowUp, type CasesDeps } from '../data';
import { useStaffNames } from '../hooks/use-catalog-kind';
import { CaseTable } from './case-table';
import '@renderer/styles/intake.css';

/**
 * Management's follow-up (policy 3.8e–f): overdue cases not yet before management (to escalate), what came
 * through the public link and is not yet acknowledged, and per officer their open and overdue cases and
 * average first response and resolution in working days.
 */
export function FollowUpScreen({ deps, onOpen }: { deps: CasesDeps; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const data = useObservable(() => watchFollowUp(deps), [deps], null);
  const name = useStaffNames(deps.db);
  const days = (value: number | null) => (value === null ? '—' : t('cases.followUp.days', { count: value }));
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">
        {t('cases.followUp.title')}
      </Title>
      <Card withBorder className="wasl-list-overdue">
        <Title order={2} size="h4" mb="sm">
          {t('cases.followUp.toEscalate')}
        </Title>
        <CaseTable label={t('cases.followUp.toEscalate')} rows={data?.toEscalate ?? []} officerName={name} onOpen={onOpen} />
      </Card>
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          {t('cases.lists.webUnacknowledged')}
        </Title>
        <CaseTable label={t('cases.lists.webUnacknowledged')} rows={data?.webUnacknowledged ?? []} officerName={name} onOpen={onOpen} />
      </Card>
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          {t('cases.followUp.officers')}
        </Title>
        {(data?.officers ?? []).length === 0 ? (
          <Text c="dimmed">{t('cases.empty')}</Text>
        ) : (
          <Table withTableBorder aria-label={t('cases.followUp.officers')} data-testid="officer-figures">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('cases.officer')}</Table.Th>
                <Table.Th>{t('cases.followUp.open')}</Table.Th>
                <Table.Th>{t('cases.followUp.overdue')}</Table.Th>
                <Table.Th>{t('cases.followUp.firstResponse')}</Table.Th>
                <Table.Th>{t('cases.followUp.resolution')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(data?.officers ?? []).map((o) => (
                <Table.Tr key={o.officerId}>
                  <Table.Td>{o.officerId ? name(o.officerId) : t('cases.followUp.unassigned')}</Table.Td>
                  <Table.Td>{o.open}</Table.Td>
                  <Table.Td>{o.overdue}</Table.Td>
                  <Table.Td>{days(o.averageFirstResponseDays)}</Table.Td>
                  <Table.Td>{days(o.averageResolutionDays)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
    </Stack>
  );
}
