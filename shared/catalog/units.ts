/**
 * The competent administrative units (policy 3.3d): a complete request is referred to one of them, and
 * follow-up officers work the queue of their unit(s). Seed values: the `catalog` collection (kind 'unit')
 * holds the desk's copy, which an admin may relabel or deactivate; keys never change, since requests and
 * staff store them.
 */
import { CATALOG_LIMITS } from '../db/schemas/catalog.schema';

export interface UnitSeed {
  readonly key: string;
  readonly labelAr: string;
  readonly labelEn: string;
}

export const UNITS: readonly UnitSeed[] = [
  { key: 'social-research', labelAr: 'وحدة البحث الاجتماعي', labelEn: 'Social research unit' },
  { key: 'financial-aid', labelAr: 'وحدة المساعدات المالية', labelEn: 'Financial aid unit' },
  { key: 'health-services', labelAr: 'وحدة الخدمات الصحية', labelEn: 'Health services unit' },
  { key: 'education-services', labelAr: 'وحدة الخدمات التعليمية', labelEn: 'Education services unit' },
  { key: 'housing-services', labelAr: 'وحدة خدمات الإسكان', labelEn: 'Housing services unit' },
  { key: 'sponsorship', labelAr: 'وحدة الكفالات', labelEn: 'Sponsorship unit' },
  // Policy 3.5(a): complaints are processed "through the administrative unit responsible for follow-up";
  // a case the liaison matrix routes to nobody waits in its queue.
  { key: 'follow-up', labelAr: 'وحدة المتابعة', labelEn: 'Follow-up unit' },
];

/** The unit responsible for following complaints up (policy 3.5a): the queue of unrouted cases. */
export const FOLLOW_UP_UNIT_KEY = 'follow-up';

/** Keys of catalog entries: lower-case ASCII, digits and dashes, at most the catalog schema's limit of characters. */
export const CATALOG_KEY_PATTERN = new RegExp(`^[a-z0-9][a-z0-9-]{0,${CATALOG_LIMITS.key - 1}}$`);
