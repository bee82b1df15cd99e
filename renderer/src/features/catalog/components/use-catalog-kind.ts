import { useMemo } from 'react';
import type { CatalogDoc } from '@shared/db/schemas/catalog.schema';
import type { WaslDatabase } from '@renderer/db/database';
import { useObservable } from '@renderer/components/use-observable';
import { useLocale } from '@renderer/i18n/use-locale';

/** The live documents of one catalog kind (null until the first answer). */
export function useCatalogKind(db: WaslDatabase, kind: string): CatalogDoc[] | null {
  const docs = useObservable(() => db.catalog.find({ selector: { kind }, sort: [{ order: 'asc' }] }).$, [db, kind], null);
  return useMemo(() => docs?.map((doc) => doc.toMutableJSON()) ?? null, [docs]);
}

/** Picks the Arabic or English text of a bilingual pair for the UI language. */
export function useBilingual(): (ar: string, en: string) => string {
  const locale = useLocale();
  return (ar, en) => (locale === 'ar' ? ar : en);
}
