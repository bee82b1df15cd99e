import { Alert, Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useObservable } from '@renderer/components/use-observable';
import { watchDataRequests, type DataRequestRow } from '../data/data-request-queries';
import type { DataRequestsDeps } from '../data/deps';
import { RequestClock } from './request-clock';

/** A number never breaks at its dashes. */
const NO_WRAP = { whiteSpace: 'nowrap' } as const;

type Props = { deps: DataRequestsDeps; href: (id: string) => string; fileHref: (id: string) => string; onRetention: (() => void) | null };

/** Who asked: the person, or a guardian by name. */
export function RequesterText({ row }: { row: DataRequestRow }) {
  const { t } = useTranslation();
  const requester = row.doc.dataRequest?.requester;
  return <>{requester?.kind === 'guardian' ? t('dataRequests.requester.guardianNamed', { name: requester.name }) : t('dataRequests.requester.self')}</>;
}

/** Every data request the viewer may see (management and admin: a data request is a sensitive case), open ones by days left. */
export function DataRequestsScreen({ deps, href, fileHref, onRetention }: Props) {
  const { t } = useTranslation();
  const rows = useObservable(() => watchDataRequests(deps), [deps], [] as DataRequestRow[]);
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1} size="h2">{t('dataRequests.title')}</Title>
        {onRetention && <Button variant="light" onClick={onRetention}>{t('dataRequests.retention.title')}</Button>}
      </Group>
      {rows.length === 0 ? <Alert color="gray">{t('dataRequests.none')}</Alert> : (
        <Table withTableBorder aria-label={t('dataRequests.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('dataRequests.number')}</Table.Th>
              <Table.Th>{t('dataRequests.kindLabel')}</Table.Th>
              <Table.Th>{t('dataRequests.file')}</Table.Th>
              <Table.Th>{t('dataRequests.requester.label')}</Table.Th>
              <Table.Th>{t('dataRequests.statusLabel')}</Table.Th>
              <Table.Th>{t('dataRequests.clock.label')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.doc.id} data-overdue={row.clock.overdue}>
                <Table.Td><Anchor href={`#${href(row.doc.id)}`} aria-label={t('dataRequests.open', { number: row.doc.caseNumber })}><bdi dir="ltr" style={NO_WRAP}>{row.doc.caseNumber}</bdi></Anchor></Table.Td>
                <Table.Td>{t(`dataRequests.kind.${row.doc.dataRequest?.subKind ?? 'access'}`)}</Table.Td>
                <Table.Td><Anchor href={`#${fileHref(row.doc.beneficiaryId)}`}>{row.fileName} <bdi dir="ltr" style={NO_WRAP}>{row.fileNumber}</bdi></Anchor></Table.Td>
                <Table.Td><RequesterText row={row} /></Table.Td>
                <Table.Td><Text size="sm" fw={600}>{t(`dataRequests.status.${row.doc.dataRequest?.status ?? 'received'}`)}</Text></Table.Td>
                <Table.Td><RequestClock clock={row.clock} /></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
