import { useMemo } from 'react';
import { subChannelOptions } from '@shared/catalog/channels';
import type { CatalogDoc } from '@shared/db/schemas/catalog.schema';
import type { WaslDatabase } from '@renderer/db/database';
import { useObservable } from '@renderer/components/use-observable';
import { useLocale } from '@renderer/i18n/use-locale';

/** Catalog entries of one kind in their order, inactive included (old cases still name them). */
export function useCatalogKind(db: WaslDatabase, kind: string): CatalogDoc[] {
  const docs = useObservable(() => db.catalog.find({ selector: { kind }, sort: [{ order: 'asc' }] }).$, [db, kind], null);
  return useMemo(() => (docs ?? []).map((d) => d.toMutableJSON()), [docs]);
}

/** Arabic or English text for the UI language. */
export function useBilingual(): (ar: string, en: string) => string {
  const locale = useLocale();
  return (ar, en) => (locale === 'ar' ? ar : en);
}

/** The label of a catalog key of `entries`, or the key itself when unknown. */
export function useLabelOf(entries: readonly CatalogDoc[]): (key: string) => string {
  const pick = useBilingual();
  return (key) => {
    const entry = entries.find((e) => e.key === key);
    return entry ? pick(entry.labelAr, entry.labelEn) : key;
  };
}

export type ChannelOption = { value: string; channel: string; subChannel: string; label: string };

/** Every active sub-channel as one flat list ("channel — sub-channel"), valued `channel/sub`. */
export function useChannelOptions(db: WaslDatabase): ChannelOption[] {
  const channels = useCatalogKind(db, 'channel');
  const pick = useBilingual();
  return useMemo(() => subChannelOptions(channels, pick).map((option) => ({ ...option, value: `${option.channel}/${option.subChannel}` })), [channels, pick]);
}

/** Staff display names by id, for the queue, the history and the follow-up figures. */
export function useStaffNames(db: WaslDatabase): (id: string) => string {
  const docs = useObservable(() => db.staff.find().$, [db], null);
  return useMemo(() => {
    const names = new Map((docs ?? []).map((doc) => [doc.id, doc.displayName]));
    return (id: string) => names.get(id) ?? id;
  }, [docs]);
}
