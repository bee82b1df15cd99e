import { useState, type FormEvent } from 'react';
import { Alert, Button, Checkbox, Group, Stack, Table, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CatalogDoc } from '@shared/db/schemas/catalog.schema';
import { saveUnit, type CatalogWriteDeps, type UnitInput } from '@renderer/db/catalog-admin';
import { useCatalogKind } from './use-catalog-kind';

type UnitForm = Required<UnitInput>;
const EMPTY: UnitForm = { key: '', labelAr: '', labelEn: '', active: true };

/** The competent units: relabel or deactivate one inline, or add one below. */
export function UnitsPanel({ deps }: { deps: CatalogWriteDeps }) {
  const { t } = useTranslation();
  const units = useCatalogKind(deps.db, 'unit') ?? [];
  const [editing, setEditing] = useState<{ input: UnitForm; isNew: boolean }>({ input: EMPTY, isNew: true });
  const [errors, setErrors] = useState<string[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const set = (patch: Partial<UnitForm>) => setEditing((prev) => ({ ...prev, input: { ...prev.input, ...patch } }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // A new unit must not silently relabel an existing one.
    if (editing.isNew && units.some((unit) => unit.key === editing.input.key.trim())) {
      setErrors(['unit.key-taken']);
      return;
    }
    const result = await saveUnit(deps, editing.input);
    setErrors(result.ok ? [] : result.error);
    if (result.ok) {
      setSaved(t('catalogAdmin.units.saved', { name: result.value.labelAr }));
      setEditing({ input: EMPTY, isNew: true });
    }
  };
  const edit = (unit: CatalogDoc) => {
    setSaved(null);
    setErrors([]);
    setEditing({ input: { key: unit.key, labelAr: unit.labelAr, labelEn: unit.labelEn, active: unit.active }, isNew: false });
  };

  return (
    <Stack gap="md">
      <Title order={2} size="h4">
        {t('catalogAdmin.units.list')}
      </Title>
      <Table striped withTableBorder aria-label={t('catalogAdmin.units.list')}>
        <Table.Tbody>
          {units.map((unit) => (
            <Table.Tr key={unit.key}>
              <Table.Td dir="rtl">{unit.labelAr}</Table.Td>
              <Table.Td dir="ltr">{unit.labelEn}</Table.Td>
              <Table.Td>{unit.active ? t('catalogAdmin.units.active') : '—'}</Table.Td>
              <Table.Td>
                <Button size="compact-sm" variant="light" onClick={() => edit(unit)}>
                  {t('catalogAdmin.types.edit')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Group align="flex-end" wrap="wrap">
          <TextInput label={t('catalogAdmin.units.key')} dir="ltr" value={editing.input.key} disabled={!editing.isNew} onChange={(e) => set({ key: e.currentTarget.value })} />
          <TextInput label={t('catalogAdmin.units.nameAr')} dir="rtl" value={editing.input.labelAr} onChange={(e) => set({ labelAr: e.currentTarget.value })} />
          <TextInput label={t('catalogAdmin.units.nameEn')} dir="ltr" value={editing.input.labelEn} onChange={(e) => set({ labelEn: e.currentTarget.value })} />
          <Checkbox label={t('catalogAdmin.units.active')} checked={editing.input.active} onChange={(e) => set({ active: e.currentTarget.checked })} mb={8} />
          <Button type="submit">{editing.isNew ? t('catalogAdmin.units.add') : t('catalogAdmin.units.save')}</Button>
        </Group>
      </form>
      {errors.length > 0 && (
        <Alert color="red" role="alert">
          {errors.map((code) => t(`errors.${code}`)).join(' ')}
        </Alert>
      )}
      {saved && <Alert color="teal" role="status">{saved}</Alert>}
    </Stack>
  );
}
