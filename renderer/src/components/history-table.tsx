import { Table, Text, Title } from '@mantine/core';
import { useLocale } from '@renderer/i18n/use-locale';

/** One row of a status history, already worded by its feature: the move and what was said with it. */
export type HistoryRow = { at: string; who: string; change: string; note: string };

export type HistoryLabels = { title: string; when: string; who: string; change: string; note: string };

/**
 * A record's moves, oldest first (requests under policy 3.3, cases under 3.5): when (Riyadh time, the
 * association's clock), who, from → to, and the reason or note. Features word the rows; this lays them out.
 */
export function HistoryTable({ rows, labels, testId }: { rows: readonly HistoryRow[]; labels: HistoryLabels; testId: string }) {
  const locale = useLocale();
  const format = new Intl.DateTimeFormat(locale === 'ar' ? 'ar-SA-u-ca-gregory' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Riyadh' });
  if (rows.length === 0) return null;
  return (
    <div>
      <Title order={2} size="h4" mb="xs">
        {labels.title}
      </Title>
      <Table striped withTableBorder aria-label={labels.title} data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{labels.when}</Table.Th>
            <Table.Th>{labels.who}</Table.Th>
            <Table.Th>{labels.change}</Table.Th>
            <Table.Th>{labels.note}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, index) => (
            <Table.Tr key={`${row.at}-${index}`}>
              <Table.Td>{format.format(new Date(row.at))}</Table.Td>
              <Table.Td>{row.who}</Table.Td>
              <Table.Td>{row.change}</Table.Td>
              <Table.Td>
                <Text size="sm">{row.note}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
