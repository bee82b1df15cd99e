/**
 * The dashboard's filters: a Gregorian or Hijri (Umm al-Qura) month, and unit, case category, channel
 * and how the case figures group (policy 3.8e: by kind, category and channel).
 */
import { Group, NumberInput, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { hijriToGregorian } from '@shared/calendar/hijri';
import { CASE_DIMENSIONS, type CaseDimension, type DashboardFilters } from '@shared/dashboard/figure-types';
import type { Month } from '@shared/dashboard/period';
import type { CatalogDoc } from '@shared/db/schemas/catalog.schema';
import { useLocale } from '@renderer/i18n/use-locale';
import type { Labels } from '../data/read-source';

const DIMENSION_KEYS: Record<CaseDimension, string> = { kind: 'byKind', category: 'byCategory', channel: 'byChannel' };

/** Month names of the calendar in the UI language (a Hijri month named from its first day in 1447). */
function monthNames(kind: Month['kind'], locale: string): string[] {
  const format = new Intl.DateTimeFormat(locale === 'ar' ? 'ar-SA' : 'en-GB', { calendar: kind === 'hijri' ? 'islamic-umalqura' : 'gregory', month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, index) => {
    const first = kind === 'hijri' ? hijriToGregorian({ year: 1447, month: index + 1, day: 1 }) : { ok: true as const, value: `2026-${String(index + 1).padStart(2, '0')}-01` };
    return first.ok ? format.format(new Date(`${first.value}T12:00:00Z`)) : String(index + 1);
  });
}

export function FilterBar({ month, filters, labels, onMonth, onFilters }: { month: Month; filters: DashboardFilters; labels: Labels | null; onMonth: (month: Month) => void; onFilters: (filters: DashboardFilters) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const pick = (entries: readonly CatalogDoc[]) => [{ value: '', label: t('dashboard.filters.all') }, ...entries.map((e) => ({ value: e.key, label: locale === 'ar' ? e.labelAr : e.labelEn }))];
  const names = monthNames(month.kind, locale);
  return (
    <Group align="end" gap="sm" role="group" aria-label={t('dashboard.filters.label')}>
      <Select label={t('dashboard.filters.calendar')} data={[{ value: 'gregorian', label: t('dashboard.filters.gregorian') }, { value: 'hijri', label: t('dashboard.filters.hijri') }]} value={month.kind} allowDeselect={false} onChange={(value) => value && onMonth({ kind: value as Month['kind'], year: value === month.kind ? month.year : value === 'hijri' ? month.year - 579 : month.year + 579, month: month.month })} w={120} />
      <NumberInput label={t('dashboard.filters.year')} value={month.year} onChange={(value) => typeof value === 'number' && onMonth({ ...month, year: value })} allowDecimal={false} w={110} />
      <Select label={t('dashboard.filters.month')} data={names.map((label, index) => ({ value: String(index + 1), label }))} value={String(month.month)} allowDeselect={false} onChange={(value) => value && onMonth({ ...month, month: Number(value) })} w={150} />
      <Select label={t('dashboard.filters.unit')} data={pick(labels?.units ?? [])} value={filters.unitId} allowDeselect={false} onChange={(value) => onFilters({ ...filters, unitId: value ?? '' })} w={170} />
      <Select label={t('dashboard.filters.category')} data={pick(labels?.categories ?? [])} value={filters.category} allowDeselect={false} onChange={(value) => onFilters({ ...filters, category: value ?? '' })} w={170} />
      <Select label={t('dashboard.filters.channel')} data={pick(labels?.channels ?? [])} value={filters.channel} allowDeselect={false} onChange={(value) => onFilters({ ...filters, channel: value ?? '' })} w={150} />
      <Select label={t('dashboard.filters.dimension')} data={CASE_DIMENSIONS.map((d) => ({ value: d, label: t(`dashboard.filters.${DIMENSION_KEYS[d]}`) }))} value={filters.caseDimension} allowDeselect={false} onChange={(value) => value && onFilters({ ...filters, caseDimension: value as CaseDimension })} w={150} />
    </Group>
  );
}
