import { Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseRow } from '../data/queries';
import { CaseClockLine, CaseStatusBadge } from './case-badges';

type Props = { label: string; rows: readonly CaseRow[]; officerName: (id: string) => string; onOpen: (id: string) => void };

/** Cases as rows (number, kind, status, officer, clock); overdue and due-soon rows highlighted. */
export function CaseTable({ label, rows, officerName, onOpen }: Props) {
  const { t } = useTranslation();
  if (rows.length === 0) return <Text c="dimmed">{t('cases.empty')}</Text>;
  return (
    <Table withTableBorder aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('cases.number')}</Table.Th>
          <Table.Th>{t('cases.kindLabel')}</Table.Th>
          <Table.Th>{t('cases.statusLabel')}</Table.Th>
          <Table.Th>{t('cases.officer')}</Table.Th>
          <Table.Th>{t('cases.clock.label')}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map(({ doc, clock }) => (
          <Table.Tr key={doc.id} className={`wasl-due-${clock.state}`} data-due={clock.state}>
            <Table.Td>
              <bdi dir="ltr">{doc.caseNumber}</bdi>
            </Table.Td>
            <Table.Td>{t(`cases.kind.${doc.kind}`)}</Table.Td>
            <Table.Td>
              <CaseStatusBadge status={doc.status} />
            </Table.Td>
            <Table.Td>{doc.officerId ? officerName(doc.officerId) : t('cases.unassigned')}</Table.Td>
            <Table.Td>
              <CaseClockLine clock={clock} />
            </Table.Td>
            <Table.Td>
              <Button size="compact-sm" variant="light" onClick={() => onOpen(doc.id)} aria-label={t('cases.open', { number: doc.caseNumber })}>
                {t('cases.openShort')}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
