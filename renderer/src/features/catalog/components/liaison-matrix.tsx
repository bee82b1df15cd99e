import { useState } from 'react';
import { Alert, Badge, Button, Card, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { matrixGaps } from '@shared/cases/case-routing';
import type { CatalogDoc } from '@shared/db/schemas/catalog.schema';
import type { CatalogWriteDeps } from '@renderer/db/catalog-admin';
import { useAction } from '@renderer/components/use-action';
import { saveLiaisonCell } from '../data/case-routing-admin';
import type { CaseRouting } from '../hooks/use-case-routing';
import { LiaisonCellForm } from './liaison-cell-form';
import { useBilingual } from './use-catalog-kind';

/**
 * The liaison matrix (policy 3.7a): beneficiary categories × the association's domains, each cell the
 * officer and backup who receive its cases. A cell with nobody is a gap, shown as such: its cases fall to
 * the follow-up unit's queue (policy 3.5a).
 */
export function LiaisonMatrix({ deps, routing }: { deps: CatalogWriteDeps; routing: CaseRouting }) {
  const { t } = useTranslation();
  const pick = useBilingual();
  const [editing, setEditing] = useState<{ category: CatalogDoc; domain: CatalogDoc } | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const { categories, domains, matrix, holders } = routing;
  const nameOf = (id: string) => holders.find((holder) => holder.id === id)?.displayName ?? t('caseRouting.unknownStaff');
  const gaps = matrixGaps(matrix, categories.map((c) => c.key), domains.map((d) => d.key));

  const save = useAction(async (officerId: string, backupId: string) => {
    if (!editing) return;
    const result = await saveLiaisonCell(deps, editing.category, editing.domain.key, { officerId, backupId });
    setErrors(result.ok ? [] : result.error.map((code) => t(`errors.${code}`)));
    setSaved(result.ok);
    if (result.ok) setEditing(null);
  });

  return (
    <Stack gap="md">
      <Title order={2} size="h4">{t('caseRouting.matrix')}</Title>
      {gaps.length > 0 ? (
        <Alert color="orange" role="status" data-testid="matrix-gaps">{t('caseRouting.gaps', { count: gaps.length })}</Alert>
      ) : (
        <Alert color="teal" role="status" data-testid="matrix-gaps">{t('caseRouting.noGaps')}</Alert>
      )}
      <MatrixTable routing={routing} nameOf={nameOf} onEdit={(category, domain) => { setErrors([]); setSaved(false); setEditing({ category, domain }); }} />
      {editing && (
        <Card withBorder>
          <LiaisonCellForm
            key={`${editing.category.key}-${editing.domain.key}`}
            title={`${pick(editing.category.labelAr, editing.category.labelEn)} — ${pick(editing.domain.labelAr, editing.domain.labelEn)}`}
            initial={matrix[editing.category.key]?.[editing.domain.key] ?? { officerId: '', backupId: '' }}
            holders={holders}
            busy={save.busy}
            onSave={(officerId, backupId) => void save.run(officerId, backupId)}
            onCancel={() => { setEditing(null); setErrors([]); }}
          />
        </Card>
      )}
      {errors.length > 0 && <Alert color="red" role="alert">{errors.join(' ')}</Alert>}
      {save.error && <Alert color="red" role="alert">{t('errors.save-failed', { message: t(save.error) })}</Alert>}
      {saved && <Alert color="teal" role="status">{t('caseRouting.cellSaved')}</Alert>}
    </Stack>
  );
}

type TableProps = { routing: CaseRouting; nameOf: (id: string) => string; onEdit: (category: CatalogDoc, domain: CatalogDoc) => void };

/** The matrix itself: a button per cell, naming its officer (and backup) or showing the gap. */
function MatrixTable({ routing, nameOf, onEdit }: TableProps) {
  const { t } = useTranslation();
  const pick = useBilingual();
  const { categories, domains, matrix } = routing;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table withTableBorder withColumnBorders aria-label={t('caseRouting.matrix')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('caseRouting.category')}</Table.Th>
            {domains.map((domain) => <Table.Th key={domain.key}>{pick(domain.labelAr, domain.labelEn)}</Table.Th>)}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {categories.map((category) => (
            <Table.Tr key={category.key}>
              <Table.Th scope="row">{pick(category.labelAr, category.labelEn)}</Table.Th>
              {domains.map((domain) => {
                const cell = matrix[category.key]?.[domain.key];
                const where = `${pick(category.labelAr, category.labelEn)} — ${pick(domain.labelAr, domain.labelEn)}`;
                return (
                  <Table.Td key={domain.key}>
                    <Button variant="subtle" size="compact-sm" aria-label={t('caseRouting.editCell', { cell: where })} data-testid={`cell-${category.key}-${domain.key}`}
                      onClick={() => onEdit(category, domain)}>
                      {cell && cell.officerId !== '' ? (
                        <Stack gap={0} align="start">
                          <Text size="sm">{nameOf(cell.officerId)}</Text>
                          {cell.backupId !== '' && <Text size="xs" c="dimmed">{t('caseRouting.backupShort', { name: nameOf(cell.backupId) })}</Text>}
                        </Stack>
                      ) : (
                        <Badge color="orange" variant="light">{t('caseRouting.gap')}</Badge>
                      )}
                    </Button>
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
