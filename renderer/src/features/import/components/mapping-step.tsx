import { Button, Checkbox, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FIELDS_WITH_DEFAULT, IMPORT_FIELDS, type ImportField } from '@shared/import/import-fields';
import { mappingGaps, type ColumnMapping } from '@shared/import/column-mapping';
import { joinList } from '@shared/i18n/list';
import { useLocale } from '@renderer/i18n/use-locale';
import type { ImportState } from '../hooks/use-import';

const NONE = '';

/** One row per registry field: the column that fills it, or for a field every file needs, a value for every row. */
function FieldRow({ field, headers, mapping, onChange }: { field: ImportField; headers: readonly string[]; mapping: ColumnMapping; onChange: (next: ColumnMapping) => void }) {
  const { t } = useTranslation();
  const column = mapping.columns[field];
  const options = [{ value: NONE, label: t('import.mapping.noColumn') }, ...headers.map((header, i) => ({ value: String(i), label: header === '' ? t('import.mapping.untitled', { n: i + 1 }) : header }))];
  const setColumn = (value: string | null) => {
    const columns = { ...mapping.columns };
    if (value === null || value === NONE) delete columns[field];
    else columns[field] = Number(value);
    onChange({ ...mapping, columns });
  };
  const needsValue = FIELDS_WITH_DEFAULT.includes(field) && column === undefined;
  return (
    <Table.Tr>
      <Table.Td>{t(`import.field.${field}`)}</Table.Td>
      <Table.Td>
        <Select aria-label={t('import.mapping.columnFor', { field: t(`import.field.${field}`) })} data={options} value={column === undefined ? NONE : String(column)} onChange={setColumn} allowDeselect={false} />
      </Table.Td>
      <Table.Td>
        {needsValue && (
          <TextInput
            aria-label={t('import.mapping.valueFor', { field: t(`import.field.${field}`) })}
            value={mapping.defaults[field] ?? ''}
            onChange={(e) => onChange({ ...mapping, defaults: { ...mapping.defaults, [field]: e.currentTarget.value } })}
          />
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** The column mapping: recognised headers filled in, the rest by hand; saved for next time when asked. */
export function MappingStep({ state }: { state: ImportState }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [save, setSave] = useState(true);
  const { file, mapping, setMapping } = state;
  if (!file) return null;
  const gaps = mappingGaps(mapping);
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">{t('import.mapping.title')}</Title>
      <Text size="sm">{t('import.mapping.hint', { rows: file.sheet.rows.length })}</Text>
      <Table withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('import.mapping.field')}</Table.Th>
            <Table.Th>{t('import.mapping.column')}</Table.Th>
            <Table.Th>{t('import.mapping.value')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {IMPORT_FIELDS.map((field) => <FieldRow key={field} field={field} headers={file.sheet.headers} mapping={mapping} onChange={setMapping} />)}
        </Table.Tbody>
      </Table>
      <TextInput label={t('import.mapping.consentPurpose')} description={t('import.mapping.consentHint')} value={state.consentPurpose} onChange={(e) => state.setConsentPurpose(e.currentTarget.value)} required />
      {gaps.length > 0 && (
        <Text c="red" size="sm" role="status">
          {t('import.mapping.missing')} {joinList(gaps.map((gap) => (gap.startsWith('default.') ? t(`import.field.${gap.slice(8)}`) : t(`import.mapping.gap.${gap}`))), locale)}
        </Text>
      )}
      <Group>
        <Checkbox label={t('import.mapping.save')} checked={save} onChange={(e) => setSave(e.currentTarget.checked)} />
        <Button disabled={gaps.length > 0 || state.consentPurpose.trim() === ''} loading={state.check.busy} onClick={() => void state.check.run(save)}>
          {t('import.mapping.check')}
        </Button>
      </Group>
    </Stack>
  );
}
