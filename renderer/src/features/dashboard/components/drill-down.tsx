/** The documents behind one figure row (the drill-down), each opening where it lives; its named export for managers and admins. */
import { Anchor, Button, Card, Group, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DocRef } from '../data/read-source';

export type DrillList = { title: string; figure: string; group: string; refs: DocRef[] };

export function DrillDown({ list, statusLabel, unitLabel, hrefOf, canExport, exporting, onExport, onClose }: {
  list: DrillList;
  statusLabel: (ref: DocRef) => string;
  unitLabel: (unitId: string) => string;
  hrefOf: (ref: DocRef) => string | null;
  canExport: boolean;
  exporting: boolean;
  onExport: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder data-testid="drill-down">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {list.title}
        </Title>
        <Group gap="xs">
          {canExport && (
            <Button variant="light" onClick={onExport} loading={exporting}>
              {t('dashboard.export.list')}
            </Button>
          )}
          <Button variant="subtle" onClick={onClose}>
            {t('dashboard.drill.close')}
          </Button>
        </Group>
      </Group>
      <Text size="sm" c="dimmed" mb="xs">
        {t('dashboard.drill.count', { count: list.refs.length })}
      </Text>
      <Table withTableBorder aria-label={list.title}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('dashboard.columns.number')}</Table.Th>
            <Table.Th>{t('dashboard.columns.status')}</Table.Th>
            <Table.Th>{t('dashboard.columns.unit')}</Table.Th>
            <Table.Th>{t('dashboard.columns.date')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {/* A long list shows its first 200 rows; the export holds them all. */}
          {list.refs.slice(0, 200).map((ref) => {
            const href = hrefOf(ref);
            return (
              <Table.Tr key={ref.id}>
                <Table.Td>{href ? <Anchor href={href}>{ref.number}</Anchor> : ref.number}</Table.Td>
                <Table.Td>{statusLabel(ref)}</Table.Td>
                <Table.Td>{ref.unitId ? unitLabel(ref.unitId) : ''}</Table.Td>
                <Table.Td>{ref.date}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
