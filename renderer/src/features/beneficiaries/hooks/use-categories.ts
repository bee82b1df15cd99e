import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { WaslDatabase } from '@renderer/db/database';
import { useObservable } from '@renderer/components/use-observable';
import type { CategoryOption } from '../components/family-section';

/** The desk's beneficiary categories (catalog kind 'beneficiary-category'), live, in catalog order. */
export function useCategories(db: WaslDatabase, includeKey = ''): CategoryOption[] {
  const { i18n } = useTranslation();
  const docs = useObservable(() => db.catalog.find({ selector: { kind: 'beneficiary-category' }, sort: [{ order: 'asc' }] }).$, [db], null);
  return useMemo(
    () =>
      (docs ?? [])
        .map((d) => d.toMutableJSON())
        // An inactive category stays visible on the files that already carry it.
        .filter((c) => c.active || c.key === includeKey)
        .map((c) => ({ value: c.key, label: i18n.language === 'ar' ? c.labelAr : c.labelEn })),
    [docs, i18n.language, includeKey],
  );
}
