import { Fieldset, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isNamePartRequired, NAME_PARTS } from '@shared/registry/name-parts';
import { fieldId, type ErrorOf, type FormPatch, type FormState } from '../form-state';

/** The Arabic name parts in reading order (right to left in Arabic), then the Latin spelling. */
export function NameSection({ form, patch, errorOf }: { form: FormState; patch: FormPatch; errorOf: ErrorOf }) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('registry.section.name')}>
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
        {NAME_PARTS.map((part, i) => (
          <TextInput
            key={part}
            id={fieldId(`name.${part}`)}
            label={t(`registry.field.${part}`)}
            value={form.name[part]}
            onChange={(e) => {
              const value = e.currentTarget.value;
              patch({ name: { ...form.name, [part]: value } });
            }}
            error={errorOf(`name.${part}`)}
            autoFocus={i === 0}
            autoComplete="off"
            // The grandfather's name may be left out when there is none on record.
            required={isNamePartRequired(part)}
          />
        ))}
      </SimpleGrid>
      <TextInput
        mt="sm"
        id={fieldId('latinName')}
        label={t('registry.field.latinName')}
        description={t('registry.field.latinNameHint')}
        dir="ltr"
        value={form.latinName}
        onChange={(e) => {
          const value = e.currentTarget.value;
          patch({ latinName: value });
        }}
        error={errorOf('latinName')}
        autoComplete="off"
      />
    </Fieldset>
  );
}
