import { Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { HOLIDAY_KINDS, type HolidayRange } from '@shared/calendar/holidays';
import { DualCalendarDateField } from '@renderer/components/dual-calendar-date-field';
import { useCheckedForm } from '@renderer/components/use-checked-form';
import { validateHolidayFields } from '../validate-catalog-forms';

/** One range: names, kind, first and last day (typed in Hijri or Gregorian). */
export function HolidayForm({ initial, onSave, onCancel }: { initial: HolidayRange; onSave: (range: HolidayRange) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const { form, formProps } = useCheckedForm({ initialValues: initial, validator: validateHolidayFields });
  return (
    <form {...formProps(onSave)}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t('catalogAdmin.holidays.nameAr')} dir="rtl" {...form.getInputProps('nameAr')} required />
          <TextInput label={t('catalogAdmin.holidays.nameEn')} dir="ltr" {...form.getInputProps('nameEn')} required />
          <NativeSelect
            label={t('catalogAdmin.holidays.kind')}
            {...form.getInputProps('kind')}
            data={HOLIDAY_KINDS.map((kind) => ({ value: kind, label: t(`catalogAdmin.holidays.kinds.${kind}`) }))}
          />
        </SimpleGrid>
        <DualCalendarDateField id="holiday-start" label={t('catalogAdmin.holidays.start')} {...form.getInputProps('start')} value={form.values.start} required />
        <DualCalendarDateField id="holiday-end" label={t('catalogAdmin.holidays.end')} {...form.getInputProps('end')} value={form.values.end} required />
        <Checkbox
          label={t('catalogAdmin.holidays.projected')}
          // A confirmed range has no flag at all: the box stays controlled either way.
          checked={form.values.projected === true}
          onChange={(e) => form.setFieldValue('projected', e.currentTarget.checked)}
        />
        <Group>
          <Button type="submit">{t('catalogAdmin.holidays.save')}</Button>
          <Button variant="default" onClick={onCancel}>
            {t('catalogAdmin.holidays.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
