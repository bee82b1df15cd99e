import { useState } from 'react';
import { Button, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Requirement } from '@shared/intake/request-type';
import { saveRequestType, type CatalogWriteDeps, type RequestTypeEntry } from '@renderer/db/catalog-admin';
import { useAction } from '@renderer/components/use-action';
import { useCheckedForm } from '@renderer/components/use-checked-form';
import { validateRequestTypeFields, type RequestTypeForm } from '../validate-catalog-forms';
import { RefusalList } from './refusal-list';
import { RequirementRows } from './requirement-rows';

type Props = {
  deps: CatalogWriteDeps;
  takenKeys: readonly string[];
  entry: RequestTypeEntry | null;
  units: { value: string; label: string }[];
  onDone: (message: string | null) => void;
};

/** Edits a type's texts, unit and checklist; saving appends a version (refused with translated errors). */
export function RequestTypeEditor({ deps, entry, units, takenKeys, onDone }: Props) {
  const { t, i18n } = useTranslation();
  const latest = entry?.latest;
  const initialValues: RequestTypeForm = {
    id: entry?.key ?? '',
    nameAr: latest?.nameAr ?? '',
    nameEn: latest?.nameEn ?? '',
    unitId: latest?.unitId ?? units[0]?.value ?? '',
    eligibilityAr: entry?.eligibilityAr ?? '',
    eligibilityEn: entry?.eligibilityEn ?? '',
  };
  const { form, formProps } = useCheckedForm({ initialValues, validator: validateRequestTypeFields });
  const [requirements, setRequirements] = useState<Requirement[]>(() => [...(latest?.requirements ?? [])]);
  const [errors, setErrors] = useState<{ code: string }[]>([]);

  const save = useAction(async (fields: RequestTypeForm) => {
    setErrors([]);
    // A new type must not silently become a new version of an existing one.
    if (entry === null && takenKeys.includes(fields.id.trim())) return setErrors([{ code: 'request-type.key-taken' }]);
    const result = await saveRequestType(deps, { ...fields, requirements });
    if (!result.ok) return setErrors(result.error);
    const { latest: saved } = result.value;
    onDone(t('catalogAdmin.types.saved', { version: saved.version, name: i18n.language === 'ar' ? saved.nameAr : saved.nameEn }));
  });

  const messages = [...new Set([...errors.map((e) => t(`errors.${e.code}`)), ...(save.error ? [t(save.error)] : [])])];
  return (
    <form {...formProps((fields) => save.run(fields), () => setErrors([]))}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {entry ? `${t('catalogAdmin.types.edit')}: ${(i18n.language === 'ar' ? latest?.nameAr : latest?.nameEn) ?? ''}` : t('catalogAdmin.types.new')}
        </Title>
        {latest && <span>{t('catalogAdmin.types.versionOf', { version: latest.version })}</span>}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('catalogAdmin.types.key')} dir="ltr" {...form.getInputProps('id')} disabled={entry !== null} required />
          <NativeSelect label={t('catalogAdmin.types.unit')} {...form.getInputProps('unitId')} data={units} required />
          <TextInput label={t('catalogAdmin.types.nameAr')} dir="rtl" {...form.getInputProps('nameAr')} required />
          <TextInput label={t('catalogAdmin.types.nameEn')} dir="ltr" {...form.getInputProps('nameEn')} required />
          <Textarea label={t('catalogAdmin.types.eligibilityAr')} dir="rtl" autosize minRows={2} {...form.getInputProps('eligibilityAr')} />
          <Textarea label={t('catalogAdmin.types.eligibilityEn')} dir="ltr" autosize minRows={2} {...form.getInputProps('eligibilityEn')} />
        </SimpleGrid>
        <RequirementRows rows={requirements} onChange={setRequirements} />
        <RefusalList messages={messages} />
        <Group>
          <Button type="submit" loading={save.busy}>
            {t('catalogAdmin.types.save')}
          </Button>
          <Button variant="default" onClick={() => onDone(null)}>
            {t('catalogAdmin.types.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
