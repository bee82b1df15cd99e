import { useMemo } from 'react';
import { Fieldset, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DualCalendarDateField } from '@renderer/components/dual-calendar-date-field';
import { GENDERS, MARITAL_STATUSES } from '@shared/db/schemas/beneficiary.schema';
import type { IdHolder } from '../data/duplicate-check';
import type { SectionProps } from '../form-state';
import { DeskOnlyNote, DuplicateIdAlert } from './duplicate-panel';
import { NATIONALITY_CODES, nationalityName } from './nationalities';

interface IdentitySectionProps extends Pick<SectionProps, 'field'> {
  /** The file that already has the typed ID, linked beside the field. */
  holder: IdHolder | null;
  /** Only this desk's files could be checked for the ID (the server did not answer). */
  deskOnly: boolean;
  onNationalIdBlur: () => void;
}

/** ID/Iqama, birth date in either calendar, gender, nationality and marital status. */
export function IdentitySection({ field, holder, deskOnly, onNationalIdBlur }: IdentitySectionProps) {
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
            label={t('registry.field.nationalId')}
            description={t('registry.field.nationalIdHint')}
            dir="ltr"
            inputMode="numeric"
            {...field('nationalId')}
            onBlur={onNationalIdBlur}
            autoComplete="off"
            required
          />
          {holder && <DuplicateIdAlert fileId={holder.fileId} fileNumber={holder.fileNumber} elsewhere={holder.elsewhere} />}
          {deskOnly && <DeskOnlyNote />}
        </Stack>
        <DualCalendarDateField label={t('registry.field.birthDate')} {...field('birthDate')} required />
        <NativeSelect
          label={t('registry.field.gender')}
          {...field('gender')}
          data={[{ value: '', label: choose }, ...GENDERS.map((g) => ({ value: g, label: t(`registry.gender.${g}`) }))]}
          required
        />
        <NativeSelect
          label={t('registry.field.nationality')}
          {...field('nationality')}
          data={nationalities}
          required
        />
        <NativeSelect
          label={t('registry.field.maritalStatus')}
          {...field('maritalStatus')}
          data={[{ value: '', label: choose }, ...MARITAL_STATUSES.map((m) => ({ value: m, label: t(`registry.marital.${m}`) }))]}
          required
        />
      </SimpleGrid>
    </Fieldset>
  );
}
