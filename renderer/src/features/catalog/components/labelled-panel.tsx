import { useState, type FormEvent } from 'react';
import { Alert, Button, Checkbox, Group, Stack, Table, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CatalogDoc } from '@shared/db/schemas/catalog.schema';
import type { UnitInput } from '@renderer/db/catalog-admin';
import type { Result } from '@shared/result';

type Entry = Required<UnitInput>;
const EMPTY: Entry = { key: '', labelAr: '', labelEn: '', active: true };

type Props = {
  /** The live entries of the kind, inactive included (null until loaded). */
  docs: CatalogDoc[] | null;
  save: (input: Entry) => Promise<Result<CatalogDoc, string[]>>;
  /** i18n prefix of the panel's texts: `${texts}.list`, `.key`, `.nameAr`, `.nameEn`, `.active`, `.add`, `.save`, `.saved`. */
  texts: 'catalogAdmin.units' | 'catalogAdmin.categories';
  /** Error code shown when a new entry would reuse an existing key. */
  keyTaken: string;
};

/**
 * A keyed bilingual catalog list (units, beneficiary categories): relabel or deactivate one inline, or
 * add one below. The key is fixed once saved, because documents elsewhere store it.
 */
export function LabelledPanel({ docs, save, texts, keyTaken }: Props) {
  const { t } = useTranslation();
  const entries = docs ?? [];
  const [editing, setEditing] = useState<{ input: Entry; isNew: boolean }>({ input: EMPTY, isNew: true });
  const [errors, setErrors] = useState<string[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const set = (patch: Partial<Entry>) => setEditing((prev) => ({ ...prev, input: { ...prev.input, ...patch } }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    // A new entry must not silently relabel an existing one.
    if (editing.isNew && entries.some((entry) => entry.key === editing.input.key.trim())) {
      setErrors([keyTaken]);
      return;
    }
    const result = await save(editing.input);
    setErrors(result.ok ? [] : result.error);
    if (result.ok) {
      setSaved(t(`${texts}.saved`, { name: result.value.labelAr }));
      setEditing({ input: EMPTY, isNew: true });
    }
  };
  const edit = (entry: CatalogDoc) => {
    setSaved(null);
    setErrors([]);
    setEditing({ input: { key: entry.key, labelAr: entry.labelAr, labelEn: entry.labelEn, active: entry.active }, isNew: false });
  };

  return (
    <Stack gap="md">
      <Title order={2} size="h4">
        {t(`${texts}.list`)}
      </Title>
      <Table striped withTableBorder aria-label={t(`${texts}.list`)}>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.key} data-active={entry.active}>
              <Table.Td dir="rtl">{entry.labelAr}</Table.Td>
              <Table.Td dir="ltr">{entry.labelEn}</Table.Td>
              <Table.Td>{entry.active ? t(`${texts}.active`) : '—'}</Table.Td>
              <Table.Td>
                <Button size="compact-sm" variant="light" aria-label={`${t('catalogAdmin.types.edit')}: ${entry.labelAr}`} onClick={() => edit(entry)}>
                  {t('catalogAdmin.types.edit')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Group align="flex-end" wrap="wrap">
          <TextInput label={t(`${texts}.key`)} dir="ltr" value={editing.input.key} disabled={!editing.isNew} onChange={(e) => set({ key: e.currentTarget.value })} />
          <TextInput label={t(`${texts}.nameAr`)} dir="rtl" value={editing.input.labelAr} onChange={(e) => set({ labelAr: e.currentTarget.value })} />
          <TextInput label={t(`${texts}.nameEn`)} dir="ltr" value={editing.input.labelEn} onChange={(e) => set({ labelEn: e.currentTarget.value })} />
          <Checkbox label={t(`${texts}.active`)} checked={editing.input.active} onChange={(e) => set({ active: e.currentTarget.checked })} mb={8} />
          <Button type="submit">{editing.isNew ? t(`${texts}.add`) : t(`${texts}.save`)}</Button>
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
