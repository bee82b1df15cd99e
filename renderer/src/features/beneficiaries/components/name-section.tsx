import { Fieldset, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isNamePartRequired, NAME_PARTS } from '@shared/registry/name-parts';
import type { SectionProps } from '../form-state';

/** The Arabic name parts in reading order (right to left in Arabic), then the Latin spelling. */
export function NameSection({ field }: Pick<SectionProps, 'field'>) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('registry.section.name')}>
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
        {NAME_PARTS.map((part, i) => (
          <TextInput
            key={part}
            label={t(`registry.field.${part}`)}
            {...field(`name.${part}`)}
            autoFocus={i === 0}
            autoComplete="off"
            // The grandfather's name may be left out when there is none on record.
            required={isNamePartRequired(part)}
          />
        ))}
      </SimpleGrid>
      <TextInput mt="sm" label={t('registry.field.latinName')} description={t('registry.field.latinNameHint')} dir="ltr" {...field('latinName')} autoComplete="off" />
    </Fieldset>
  );
}
