/**
 * How the dashboard words and writes its figures in the UI language: group labels (units, case kinds,
 * categories, channels, officers, months, signatures), numbers with Arabic-Indic digits in Arabic and
 * Latin digits in English, shares as percentages, days with their unit.
 */
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDimension, FigureKey, FigureMeasure } from '@shared/dashboard/figure-types';
import type { CatalogDoc } from '@shared/db/schemas/catalog.schema';
import { useLocale } from '@renderer/i18n/use-locale';
import type { Labels } from '../data/read-source';

export type FigureText = {
  groupLabel: (key: FigureKey, group: string) => string;
  number: (value: number | null, measure: FigureMeasure) => string;
  plain: (value: number) => string;
  date: (iso: string) => string;
  numberLocale: string;
};

const catalogLabel = (entries: readonly CatalogDoc[], key: string, ar: boolean): string => {
  const entry = entries.find((e) => e.key === key);
  return entry ? (ar ? entry.labelAr : entry.labelEn) : key;
};

export function useFigureText(labels: Labels | null, dimension: CaseDimension): FigureText {
  const { t } = useTranslation();
  const locale = useLocale();
  const ar = locale === 'ar';
  const numberLocale = ar ? 'ar-SA' : 'en-GB';
  const formats = useMemo(
    () => ({
      count: new Intl.NumberFormat(numberLocale, { maximumFractionDigits: 1 }),
      share: new Intl.NumberFormat(numberLocale, { style: 'percent', maximumFractionDigits: 1 }),
      month: (calendar: string) => new Intl.DateTimeFormat(numberLocale, { calendar, month: 'long', year: 'numeric', timeZone: 'UTC' }),
      date: new Intl.DateTimeFormat(numberLocale, { calendar: 'gregory', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
    }),
    [numberLocale],
  );
  const caseGroup = useCallback(
    (group: string): string => {
      if (dimension === 'kind') return t(`cases.kind.${group}`);
      if (group === '') return t('dashboard.groups.uncategorized');
      return catalogLabel(dimension === 'category' ? (labels?.categories ?? []) : (labels?.channels ?? []), group, ar);
    },
    [dimension, labels, ar, t],
  );
  const groupLabel = useCallback(
    (key: FigureKey, group: string): string => {
      if (key === 'cases.web-unacknowledged') return t('dashboard.groups.web');
      if (key.startsWith('cases.')) return caseGroup(group);
      if (key.startsWith('liaison.')) return group === '' ? t('dashboard.groups.unassigned') : (labels?.staff.get(group) ?? group);
      if (key === 'policy.signed') return t(`dashboard.groups.${group}`);
      if (key.startsWith('visits.')) return catalogLabel(labels?.visitTypes ?? [], group, ar);
      if (key === 'satisfaction.index') {
        const [calendar, from] = group.split(':');
        return formats.month(calendar === 'hijri' ? 'islamic-umalqura' : 'gregory').format(new Date(`${from}T12:00:00Z`));
      }
      return group === '' ? t('dashboard.groups.none') : catalogLabel(labels?.units ?? [], group, ar);
    },
    [caseGroup, labels, ar, t, formats],
  );
  const number = useCallback(
    (value: number | null, measure: FigureMeasure): string => {
      if (value === null) return '—';
      if (measure === 'share') return formats.share.format(value);
      if (measure === 'days') return t('dashboard.days', { value: formats.count.format(value) });
      return formats.count.format(value);
    },
    [formats, t],
  );
  return {
    groupLabel,
    number,
    plain: (value) => formats.count.format(value),
    date: (iso) => formats.date.format(new Date(`${iso}T12:00:00Z`)),
    numberLocale,
  };
}
