import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { HOLIDAY_KINDS, type HolidayKind, type HolidayRange } from '@shared/calendar/holidays';
import { DualCalendarDateField } from '@renderer/components/dual-calendar-date-field';

const isKind = (value: string): value is HolidayKind => (HOLIDAY_KINDS as readonly string[]).includes(value);

/** One range: names, kind, first and last day (typed in Hijri or Gregorian). */
export function HolidayForm({ initial, onSave, onCancel }: { initial: HolidayRange; onSave: (range: HolidayRange) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [range, setRange] = useState<HolidayRange>(initial);
  const set = (patch: Partial<HolidayRange>) => setRange((prev) => ({ ...prev, ...patch }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave(range);
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t('catalogAdmin.holidays.nameAr')} dir="rtl" value={range.nameAr} onChange={(e) => set({ nameAr: e.currentTarget.value })} required />
          <TextInput label={t('catalogAdmin.holidays.nameEn')} dir="ltr" value={range.nameEn} onChange={(e) => set({ nameEn: e.currentTarget.value })} required />
          <NativeSelect
            label={t('catalogAdmin.holidays.kind')}
            value={range.kind}
            data={HOLIDAY_KINDS.map((kind) => ({ value: kind, label: t(`catalogAdmin.holidays.kinds.${kind}`) }))}
            onChange={(e) => {
              const kind = e.currentTarget.value;
              if (isKind(kind)) set({ kind });
            }}
          />
        </SimpleGrid>
        <DualCalendarDateField id="holiday-start" label={t('catalogAdmin.holidays.start')} value={range.start} onChange={(start) => set({ start })} required />
        <DualCalendarDateField id="holiday-end" label={t('catalogAdmin.holidays.end')} value={range.end} onChange={(end) => set({ end })} required />
        <Checkbox
          label={t('catalogAdmin.holidays.projected')}
          checked={range.projected === true}
          onChange={(e) => set({ projected: e.currentTarget.checked })}
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
