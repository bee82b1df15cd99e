import { Anchor, Badge, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InformRow } from '../data';
import { useBilingual } from '../hooks/use-catalog-kind';

type Props = { rows: readonly InformRow[]; busy: boolean; requestHref: (id: string) => string; onLog: (row: InformRow) => void };

/** The beneficiaries still to tell of a change (policy 3.7c): their file, agreed channel and requests concerned. */
export function InformChangesTable({ rows, busy, requestHref, onLog }: Props) {
  const { t } = useTranslation();
  const pick = useBilingual();
  if (rows.length === 0) return <Text c="dimmed">{t('cases.informChanges.none')}</Text>;
  return (
    <Table withTableBorder aria-label={t('cases.informChanges.list')} data-testid="inform-changes-list">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('cases.informChanges.name')}</Table.Th>
          <Table.Th>{t('cases.informChanges.fileNumber')}</Table.Th>
          <Table.Th>{t('cases.informChanges.agreed')}</Table.Th>
          <Table.Th>{t('cases.informChanges.requests')}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => {
          const name = row.file?.fullName ?? t('cases.informChanges.noFile');
          return (
            <Table.Tr key={row.beneficiaryId}>
              <Table.Td>{name}</Table.Td>
              <Table.Td>{row.file && <bdi dir="ltr">{row.file.fileNumber}</bdi>}</Table.Td>
              <Table.Td>
                <Group gap="xs">
                  {row.agreed ? <Text size="sm">{pick(row.agreed.labelAr, row.agreed.labelEn)}</Text> : <Badge color="red">{t('cases.informChanges.noAgreed')}</Badge>}
                  {row.optedOut && <Badge color="orange">{t('cases.informChanges.optedOut')}</Badge>}
                </Group>
              </Table.Td>
              <Table.Td>
                <Group gap="xs">
                  {row.requests.map((r) => (
                    <Anchor key={r.id} href={`#${requestHref(r.id)}`} size="sm">
                      <bdi dir="ltr">{t('cases.informChanges.requestLine', { number: r.requestNumber, version: r.version })}</bdi>
                    </Anchor>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>
                <Button size="compact-sm" variant="light" loading={busy} onClick={() => onLog(row)} aria-label={t('cases.informChanges.logFor', { name })}>
                  {t('cases.informChanges.log')}
                </Button>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
