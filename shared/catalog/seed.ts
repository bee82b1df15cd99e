/**
 * The catalog entries a new desk starts with: beneficiary categories and communication
 * channels (one entry per channel, its sub-channels in `data`). Ids are fixed per
 * kind and key, so two desks seeding offline produce the same documents and sync merges
 * them instead of duplicating.
 */
import { BENEFICIARY_CATEGORIES } from './categories';
import { CHANNELS } from './channels';

export type CatalogKind = 'beneficiary-category' | 'channel';

export interface CatalogSeedEntry {
  readonly id: string;
  readonly kind: CatalogKind;
  readonly key: string;
  readonly labelAr: string;
  readonly labelEn: string;
  readonly active: boolean;
  readonly order: number;
  readonly data?: Record<string, unknown>;
}

/** Deterministic, readable id (max 36 chars like a uuid): `<kind prefix>:<key>`. */
export function catalogEntryId(kind: CatalogKind, key: string): string {
  const prefix = kind === 'beneficiary-category' ? 'cat' : 'chn';
  return `${prefix}:${key}`;
}

export function catalogSeed(): CatalogSeedEntry[] {
  const categories = BENEFICIARY_CATEGORIES.map((category, order) => ({
    id: catalogEntryId('beneficiary-category', category.key),
    kind: 'beneficiary-category' as const,
    key: category.key,
    labelAr: category.labelAr,
    labelEn: category.labelEn,
    active: true,
    order,
  }));
  const channels = CHANNELS.map((channel, order) => ({
    id: catalogEntryId('channel', channel.key),
    kind: 'channel' as const,
    key: channel.key,
    labelAr: channel.labelAr,
    labelEn: channel.labelEn,
    active: true,
    order,
    data: { subChannels: channel.subChannels.map((sub) => ({ ...sub })) },
  }));
  return [...categories, ...channels];
}
