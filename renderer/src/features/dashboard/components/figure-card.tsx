/**
 * One figure: its title with the clause it measures, the headline total, the chart and the table
 * beside it (for those who would rather read), each group a button opening the documents behind it.
 */
import { Anchor, Badge, Card, Group, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Figure, FigureRow } from '@shared/dashboard/figure-types';
import type { FigureText } from '../hooks/use-figure-text';
import { FigureChart, type ChartSeries } from './figure-chart';

type Column = { header: string; cell: (row: FigureRow) => string };

function columnsOf(figure: Figure, text: FigureText, t: (key: string) => string): Column[] {
  const value = (row: FigureRow) => text.number(row.value, figure.measure);
  const count = (row: FigureRow) => text.plain(row.count);
  const extra = (row: FigureRow) => text.plain(row.extra ?? 0);
  if (figure.key === 'visits.done') return [{ header: t('dashboard.columns.planned'), cell: extra }, { header: t('dashboard.columns.done'), cell: value }];
  if (figure.measure === 'share') return [{ header: t('dashboard.columns.answered'), cell: count }, { header: t('dashboard.columns.inTime'), cell: extra }, { header: t('dashboard.columns.value'), cell: value }];
  if (figure.measure === 'days') return [{ header: t('dashboard.columns.count'), cell: count }, { header: t('dashboard.columns.average'), cell: value }];
  if (figure.measure === 'index') return [{ header: t('dashboard.columns.answers'), cell: count }, { header: t('dashboard.columns.index'), cell: value }];
  return [{ header: t('dashboard.columns.count'), cell: value }];
}

function seriesOf(figure: Figure, t: (key: string) => string): ChartSeries[] {
  const values = figure.rows.map((row) => (row.value === null ? null : figure.measure === 'share' ? Math.round(row.value * 1000) / 10 : row.value));
  if (figure.key === 'visits.done') return [{ name: t('dashboard.columns.planned'), values: figure.rows.map((row) => row.extra ?? 0) }, { name: t('dashboard.columns.done'), values }];
  return [{ name: t(`dashboard.figures.${figure.key}`), values }];
}

export function FigureCard({ figure, text, rtl, onDrill }: { figure: Figure; text: FigureText; rtl: boolean; onDrill: (figure: Figure, row: FigureRow) => void }) {
  const { t } = useTranslation();
  const title = t(`dashboard.figures.${figure.key}`);
  const columns = columnsOf(figure, text, t);
  const format = (value: number) => (figure.measure === 'share' ? `${text.plain(value)}%` : text.plain(value));
  return (
    <Card withBorder data-testid={`figure-${figure.key}`} data-total={figure.total.value ?? ''}>
      <Group justify="space-between" align="start" mb="xs">
        <Title order={2} size="h4">
          {title}
        </Title>
        <Badge variant="light">{t('dashboard.clause', { clause: figure.clause })}</Badge>
      </Group>
      <Text fw={700} mb="sm" data-testid="figure-total">
        {t('dashboard.total', { value: text.number(figure.total.value, figure.measure) })}
      </Text>
      {figure.rows.length === 0 ? (
        <Text c="dimmed">{t('dashboard.empty')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} className="wasl-dashboard-grid">
          <FigureChart kind={figure.key === 'satisfaction.index' ? 'line' : 'bar'} categories={figure.rows.map((row) => text.groupLabel(figure.key, row.group))} series={seriesOf(figure, t)} rtl={rtl} format={format} label={title} onPick={(index) => figure.rows[index] && onDrill(figure, figure.rows[index])} />
          <Table withTableBorder aria-label={title}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('dashboard.columns.group')}</Table.Th>
                {columns.map((column) => (
                  <Table.Th key={column.header}>{column.header}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {figure.rows.map((row) => {
                const group = text.groupLabel(figure.key, row.group);
                return (
                  <Table.Tr key={row.group}>
                    <Table.Td>
                      {row.ids.length === 0 ? group : (
                        <Anchor component="button" type="button" onClick={() => onDrill(figure, row)} aria-label={t('dashboard.drill.open', { figure: title, group })}>
                          {group}
                        </Anchor>
                      )}
                    </Table.Td>
                    {columns.map((column) => (
                      <Table.Td key={column.header}>{column.cell(row)}</Table.Td>
                    ))}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </SimpleGrid>
      )}
    </Card>
  );
}
