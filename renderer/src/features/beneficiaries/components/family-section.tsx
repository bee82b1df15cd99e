import { ActionIcon, Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FAMILY_RELATIONS } from '@shared/db/schemas/beneficiary.schema';
import { DualCalendarDateField } from '@renderer/components/dual-calendar-date-field';
import type { SectionProps } from '../form-state';

export interface CategoryOption {
  value: string;
  label: string;
}

interface FamilySectionProps extends Pick<SectionProps, 'form' | 'patch' | 'field'> {
  categories: readonly CategoryOption[];
}

/** Category, family size and, optionally, each member. */
export function FamilySection({ form, patch, field, categories }: FamilySectionProps) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('registry.section.family')}>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        <NativeSelect
          label={t('registry.field.category')}
          {...field('categoryKey')}
          data={[{ value: '', label: t('registry.choose') }, ...categories]}
          required
        />
        <TextInput label={t('registry.field.familyCount')} inputMode="numeric" {...field('familyCount')} autoComplete="off" required />
      </SimpleGrid>
      <Stack gap="xs" mt="sm">
        {form.familyMembers.map((_member, index) => (
          // Rows have no identity of their own; the index is the row's place in the list.
          <Group key={index} align="flex-start" gap="sm" wrap="nowrap" role="group" aria-label={t('registry.member.row', { n: index + 1 })}>
            <TextInput label={t('registry.member.name')} {...field(`familyMembers.${index}.name`)} autoComplete="off" required />
            <NativeSelect
              label={t('registry.member.relation')}
              {...field(`familyMembers.${index}.relation`)}
              data={FAMILY_RELATIONS.map((r) => ({ value: r, label: t(`registry.relation.${r}`) }))}
              required
            />
            <DualCalendarDateField label={t('registry.member.birthDate')} {...field(`familyMembers.${index}.birthDate`)} />
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
