/**
 * The catalog entries a new desk starts with: beneficiary categories, communication channels
 * (one entry per channel, its sub-channels in `data`), administrative units, request types
 * (versions in `data`) and the holiday table (one entry per range). Ids are fixed per kind
 * and key, so two desks seeding offline produce the same documents and sync merges them
 * instead of duplicating.
 */
import { BENEFICIARY_CATEGORIES } from './categories';
import { CHANNELS } from './channels';
import { holidaySeedRanges, holidayToCatalog } from './holiday-catalog';
import { REQUEST_TYPE_SEEDS } from './request-type-seeds';
import type { RequestTypeCatalogData } from './request-type-catalog';
import { UNITS } from './units';
import { VISIT_TYPE_SEEDS } from './visit-types';
import { NOTICE_SEED } from '../consent/notice-seed';
import { noticeToCatalog } from '../consent/privacy-notice';
import { ASSOCIATION_DOMAIN_SEEDS, CASE_CATEGORY_SEEDS, CASE_CLOCK_SEEDS } from './case-catalog-seeds';

export const CATALOG_KINDS = [
  'beneficiary-category', 'channel', 'unit', 'request-type', 'holiday',
  // Cases (shared/catalog/case-catalog.ts): liaison rows and delegations are an admin's, never seeded.
  'case-category', 'association-domain', 'case-clock', 'liaison-row', 'delegation',
  // Supervisory visits (shared/catalog/visit-types.ts): each type with its checklist.
  'visit-type',
  // The privacy notice's versions (shared/consent/privacy-notice.ts): version 1 seeded, later ones published by an admin.
  'privacy-notice',
] as const;
export type CatalogKind = (typeof CATALOG_KINDS)[number];

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

const PREFIX: Record<CatalogKind, string> = {
  'beneficiary-category': 'cat',
  channel: 'chn',
  unit: 'unit',
  'request-type': 'rqt',
  holiday: 'hol',
  'case-category': 'ccat',
  'association-domain': 'dom',
  'case-clock': 'clk',
  'liaison-row': 'lia',
  delegation: 'dlg',
  'visit-type': 'vst',
  'privacy-notice': 'pnv',
};

/**
 * Deterministic, readable id: `<kind prefix>:<key>`. Ids are at most 36 characters (BASE_PROPERTIES), so
 * keys an admin creates are limited to {@link ADMIN_KEY_MAX_LENGTH}.
 */
export const ADMIN_KEY_MAX_LENGTH = 30;

export function catalogEntryId(kind: CatalogKind, key: string): string {
  return `${PREFIX[kind]}:${key}`;
}

const entry = (kind: CatalogKind, order: number, fields: { key: string; labelAr: string; labelEn: string; data?: Record<string, unknown> }): CatalogSeedEntry => ({
  id: catalogEntryId(kind, fields.key),
  kind,
  key: fields.key,
  labelAr: fields.labelAr,
  labelEn: fields.labelEn,
  active: true,
  order,
  ...(fields.data ? { data: fields.data } : {}),
});

export function catalogSeed(): CatalogSeedEntry[] {
  const categories = BENEFICIARY_CATEGORIES.map((c, order) => entry('beneficiary-category', order, c));
  const channels = CHANNELS.map((c, order) =>
    entry('channel', order, { ...c, data: { subChannels: c.subChannels.map((sub) => ({ ...sub })) } }),
  );
  const units = UNITS.map((u, order) => entry('unit', order, u));
  const requestTypes = REQUEST_TYPE_SEEDS.map((t, order) => {
    const { eligibilityAr, eligibilityEn, ...type } = t;
    const data: RequestTypeCatalogData = {
      versions: [{ ...type, version: 1, requirements: type.requirements.map((r) => ({ ...r })) }],
      eligibilityAr,
      eligibilityEn,
    };
    return entry('request-type', order, { key: t.id, labelAr: t.nameAr, labelEn: t.nameEn, data });
  });
  const holidays = holidaySeedRanges().map((range, order) => {
    const fields = holidayToCatalog(range);
    return entry('holiday', order, { ...fields, data: { ...fields.data } });
  });
  const caseCategories = CASE_CATEGORY_SEEDS.map((c, order) => entry('case-category', order, { ...c, data: structuredClone(c.data) }));
  const domains = ASSOCIATION_DOMAIN_SEEDS.map((d, order) => entry('association-domain', order, { ...d, data: { ...d.data } }));
  const clocks = CASE_CLOCK_SEEDS.map((c, order) => entry('case-clock', order, { ...c, data: { ...c.data } }));
  const visitTypes = VISIT_TYPE_SEEDS.map((v, order) => entry('visit-type', order, { ...v, data: structuredClone(v.data) }));
  const notice = noticeToCatalog(NOTICE_SEED);
  const notices = [entry('privacy-notice', notice.order, { key: notice.key, labelAr: notice.labelAr, labelEn: notice.labelEn, data: notice.data })];
  return [...categories, ...channels, ...units, ...requestTypes, ...holidays, ...caseCategories, ...domains, ...clocks, ...visitTypes, ...notices];
}
