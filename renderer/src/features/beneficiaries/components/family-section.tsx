import { ActionIcon, Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FAMILY_RELATIONS } from '@shared/db/schemas/beneficiary.schema';
import { DualCalendarDateField } from '@renderer/components/dual-calendar-date-field';
import { fieldId, type ErrorOf, type FormPatch, type FormState, type MemberRow } from '../form-state';

export interface CategoryOption {
  value: string;
  label: string;
}

interface FamilySectionProps {
  form: FormState;
  patch: FormPatch;
  errorOf: ErrorOf;
  categories: readonly CategoryOption[];
}

/** Category, family size and, optionally, each member. */
export function FamilySection({ form, patch, errorOf, categories }: FamilySectionProps) {
  const { t } = useTranslation();
  const setMember = (index: number, change: Partial<MemberRow>) =>
    patch({ familyMembers: form.familyMembers.map((m, i) => (i === index ? { ...m, ...change } : m)) });
  return (
    <Fieldset legend={t('registry.section.family')}>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        <NativeSelect
          id={fieldId('categoryKey')}
          label={t('registry.field.category')}
          value={form.categoryKey}
          onChange={(e) => patch({ categoryKey: e.currentTarget.value })}
          data={[{ value: '', label: t('registry.choose') }, ...categories]}
          error={errorOf('categoryKey')}
          required
        />
        <TextInput
          id={fieldId('familyCount')}
          label={t('registry.field.familyCount')}
          inputMode="numeric"
          value={form.familyCount}
          onChange={(e) => {
            const value = e.currentTarget.value;
            patch({ familyCount: value });
          }}
          error={errorOf('familyCount')}
          autoComplete="off"
          required
        />
      </SimpleGrid>
      <Stack gap="xs" mt="sm">
        {form.familyMembers.map((member, index) => (
          // Rows have no identity of their own; the index is the row's place in the list.
          <Group key={index} align="flex-start" gap="sm" wrap="nowrap" role="group" aria-label={t('registry.member.row', { n: index + 1 })}>
            <TextInput
              id={fieldId(`familyMembers.${index}.name`)}
              label={t('registry.member.name')}
              value={member.name}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setMember(index, { name: value });
              }}
              error={errorOf(`familyMembers.${index}.name`)}
              autoComplete="off"
              required
            />
            <NativeSelect
              id={fieldId(`familyMembers.${index}.relation`)}
              label={t('registry.member.relation')}
              value={member.relation}
              onChange={(e) => setMember(index, { relation: e.currentTarget.value })}
              data={FAMILY_RELATIONS.map((r) => ({ value: r, label: t(`registry.relation.${r}`) }))}
              error={errorOf(`familyMembers.${index}.relation`)}
              required
            />
            <DualCalendarDateField
              id={fieldId(`familyMembers.${index}.birthDate`)}
              label={t('registry.member.birthDate')}
              value={member.birthDate}
              onChange={(birthDate) => setMember(index, { birthDate })}
              error={errorOf(`familyMembers.${index}.birthDate`)}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              mt={28}
              aria-label={t('registry.member.remove', { n: index + 1 })}
              onClick={() => patch({ familyMembers: form.familyMembers.filter((_, i) => i !== index) })}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button variant="light" size="compact-sm" onClick={() => patch({ familyMembers: [...form.familyMembers, { name: '', relation: 'son', birthDate: '' }] })}>
            {t('registry.member.add')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
