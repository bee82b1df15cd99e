import { useMemo } from 'react';
import type { CatalogDoc } from '@shared/db/schemas/catalog.schema';
import { readRequestTypeData } from '@shared/catalog/request-type-catalog';
import type { RequestType } from '@shared/intake/request-type';
import type { WaslDatabase } from '@renderer/db/database';
import { useObservable } from '@renderer/components/use-observable';
import { useLocale } from '@renderer/i18n/use-locale';

export type TypeOption = { key: string; latest: RequestType; eligibilityAr: string; eligibilityEn: string };
export type Labelled = { key: string; labelAr: string; labelEn: string; active: boolean; data?: Record<string, unknown> };

function useKind(db: WaslDatabase, kind: string): CatalogDoc[] {
  const docs = useObservable(() => db.catalog.find({ selector: { kind }, sort: [{ order: 'asc' }] }).$, [db, kind], null);
  return useMemo(() => (docs ?? []).map((d) => d.toMutableJSON()), [docs]);
}

/** The active request types at their latest version, with eligibility texts. */
export function useRequestTypes(db: WaslDatabase): TypeOption[] {
  const docs = useKind(db, 'request-type');
  return useMemo(
    () =>
      docs.filter((d) => d.active).flatMap((doc) => {
        const data = readRequestTypeData(doc.data);
        const latest = data?.versions.at(-1);
        return data && latest ? [{ key: doc.key, latest, eligibilityAr: data.eligibilityAr, eligibilityEn: data.eligibilityEn }] : [];
      }),
    [docs],
  );
}

/** Catalog entries of a labelled kind (units, channels), inactive included: old requests still name them. */
export function useLabelled(db: WaslDatabase, kind: 'unit' | 'channel'): Labelled[] {
  return useKind(db, kind);
}

/** Arabic or English text for the UI language. */
export function useBilingual(): (ar: string, en: string) => string {
  const locale = useLocale();
  return (ar, en) => (locale === 'ar' ? ar : en);
}

/** The label of a catalog key (a unit id, a channel key), or the key itself when unknown. */
export function useLabelOf(entries: readonly Labelled[]): (key: string) => string {
  const pick = useBilingual();
  return (key) => {
    const entry = entries.find((e) => e.key === key);
    return entry ? pick(entry.labelAr, entry.labelEn) : key;
  };
}
