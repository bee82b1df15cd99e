import { useState } from 'react';
import { Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { readRequestTypeData } from '@shared/catalog/request-type-catalog';
import type { CatalogDoc } from '@shared/db/schemas/catalog.schema';
import type { CatalogWriteDeps, RequestTypeEntry } from '@renderer/db/catalog-admin';
import { PdfDownloadButton, type SheetMaker } from '@renderer/components/pdf-download-button';
import { CatalogTable } from './catalog-table';
import { RequestTypeEditor } from './request-type-editor';
import { useBilingual, useCatalogKind } from './use-catalog-kind';

function toEntry(doc: CatalogDoc): RequestTypeEntry[] {
  const data = readRequestTypeData(doc.data);
  const latest = data?.versions.at(-1);
  return data && latest ? [{ key: doc.key, active: doc.active, order: doc.order, latest, eligibilityAr: data.eligibilityAr, eligibilityEn: data.eligibilityEn, versions: data.versions }] : [];
}

/**
 * The request types with their current version; Edit opens the editor, which saves a new version; the
 * sheet button prints the type's requirements sheet for beneficiaries (policy 3.3b).
 */
export function RequestTypesPanel({ deps, sheet }: { deps: CatalogWriteDeps; sheet: SheetMaker | null }) {
  const { t } = useTranslation();
  const pick = useBilingual();
  const docs = useCatalogKind(deps.db, 'request-type');
  const unitDocs = useCatalogKind(deps.db, 'unit');
  const [editing, setEditing] = useState<RequestTypeEntry | 'new' | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const types = (docs ?? []).flatMap(toEntry);
  const units = (unitDocs ?? []).filter((u) => u.active).map((u) => ({ value: u.key, label: pick(u.labelAr, u.labelEn) }));
  const unitName = (key: string) => units.find((u) => u.value === key)?.label ?? key;

  return (
    <Stack gap="md">
      {saved && (
        <Text role="status" c="teal">
          {saved}
        </Text>
      )}
      {editing ? (
        <Card withBorder>
          <RequestTypeEditor
            key={editing === 'new' ? 'new' : editing.key}
            deps={deps}
            entry={editing === 'new' ? null : editing}
            units={units}
            takenKeys={types.map((type) => type.key)}
            onDone={(message) => {
              setEditing(null);
              setSaved(message);
            }}
          />
        </Card>
      ) : (
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('catalogAdmin.types.list')}
          </Title>
          <Button onClick={() => { setSaved(null); setEditing('new'); }}>{t('catalogAdmin.types.new')}</Button>
        </Group>
      )}
      <CatalogTable label={t('catalogAdmin.types.list')} columns={['name', 'unit', 'requirements'].map((c) => t(`catalogAdmin.types.${c}`))}>
        {types.map((type) => (
          <Table.Tr key={type.key}>
            <Table.Td>
              {pick(type.latest.nameAr, type.latest.nameEn)} <Badge variant="light" size="sm">{t('intake.version', { version: type.latest.version })}</Badge>
            </Table.Td>
            <Table.Td>{unitName(type.latest.unitId)}</Table.Td>
            <Table.Td>{type.latest.requirements.length}</Table.Td>
            <Table.Td>
              <Group gap="xs" wrap="nowrap">
                <Button size="compact-sm" variant="light" aria-label={`${t('catalogAdmin.types.edit')}: ${pick(type.latest.nameAr, type.latest.nameEn)}`} onClick={() => { setSaved(null); setEditing(type); }}>
                  {t('catalogAdmin.types.edit')}
                </Button>
                {sheet && (
                  <PdfDownloadButton
                    size="compact-sm"
                    variant="subtle"
                    label={t('intake.sheet.print')}
                    ariaLabel={`${t('intake.sheet.print')}: ${pick(type.latest.nameAr, type.latest.nameEn)}`}
                    make={() => sheet(type.key)}
                  />
                )}
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </CatalogTable>
    </Stack>
  );
}
