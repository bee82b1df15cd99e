import { useMemo } from 'react';
import { Fieldset, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DualCalendarDateField } from '@renderer/components/dual-calendar-date-field';
import { GENDERS, MARITAL_STATUSES } from '@shared/db/schemas/beneficiary.schema';
import type { IdHolder } from '../data/duplicate-check';
import { fieldId, type ErrorOf, type FormPatch, type FormState } from '../form-state';
import { DuplicateIdAlert } from './duplicate-panel';
import { NATIONALITY_CODES, nationalityName } from './nationalities';

interface IdentitySectionProps {
  form: FormState;
  patch: FormPatch;
  errorOf: ErrorOf;
  /** The file that already has the typed ID, linked beside the field. */
  holder: IdHolder | null;
  onNationalIdBlur: () => void;
}

/** ID/Iqama, birth date in either calendar, gender, nationality and marital status. */
export function IdentitySection({ form, patch, errorOf, holder, onNationalIdBlur }: IdentitySectionProps) {
  const { t, i18n } = useTranslation();
  const choose = t('registry.choose');
  const nationalities = useMemo(
    () => NATIONALITY_CODES.map((code) => ({ value: code, label: nationalityName(code, i18n.language) })),
    [i18n.language],
  );
  return (
    <Fieldset legend={t('registry.section.identity')}>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        <Stack gap="xs">
          <TextInput
            id={fieldId('nationalId')}
            label={t('registry.field.nationalId')}
            description={t('registry.field.nationalIdHint')}
            dir="ltr"
            inputMode="numeric"
            value={form.nationalId}
            onChange={(e) => {
              const value = e.currentTarget.value;
              patch({ nationalId: value });
            }}
            onBlur={onNationalIdBlur}
            error={errorOf('nationalId')}
            autoComplete="off"
            required
          />
          {holder && <DuplicateIdAlert fileId={holder.fileId} fileNumber={holder.fileNumber} />}
        </Stack>
        <DualCalendarDateField
          id={fieldId('birthDate')}
          label={t('registry.field.birthDate')}
          value={form.birthDate}
          onChange={(birthDate) => patch({ birthDate })}
          error={errorOf('birthDate')}
          required
        />
        <NativeSelect
          id={fieldId('gender')}
          label={t('registry.field.gender')}
          value={form.gender}
          onChange={(e) => patch({ gender: e.currentTarget.value })}
          data={[{ value: '', label: choose }, ...GENDERS.map((g) => ({ value: g, label: t(`registry.gender.${g}`) }))]}
          error={errorOf('gender')}
          required
        />
        <NativeSelect
          id={fieldId('nationality')}
          label={t('registry.field.nationality')}
          value={form.nationality}
          onChange={(e) => patch({ nationality: e.currentTarget.value })}
          data={nationalities}
          error={errorOf('nationality')}
          required
        />
        <NativeSelect
          id={fieldId('maritalStatus')}
          label={t('registry.field.maritalStatus')}
          value={form.maritalStatus}
          onChange={(e) => patch({ maritalStatus: e.currentTarget.value })}
          data={[{ value: '', label: choose }, ...MARITAL_STATUSES.map((m) => ({ value: m, label: t(`registry.marital.${m}`) }))]}
          error={errorOf('maritalStatus')}
          required
        />
      </SimpleGrid>
    </Fieldset>
  );
}
