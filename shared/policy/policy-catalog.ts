/**
 * A policy version as a catalog entry (kind 'policy-version') and back. The catalog is the
 * administration's (push rights: admins only), which is who publishes.
 */
import { isRole } from '../staff/roles';
import { policyHash } from './policy-hash';
import { POLICY_VERSION_KIND, parseVersionKey, policyVersionId, versionKey, type PolicyVersion } from './policy-version';

export type PolicyCatalogEntry = {
  id: string;
  kind: string;
  key: string;
  labelAr: string;
  labelEn: string;
  active: boolean;
  order: number;
  data: Record<string, unknown>;
};

export function policyToCatalog(v: PolicyVersion): PolicyCatalogEntry {
  return {
    id: policyVersionId(v.documentKey, v.version),
    kind: POLICY_VERSION_KIND,
    key: versionKey(v.documentKey, v.version),
    labelAr: v.titleAr,
    labelEn: v.titleEn,
    active: true,
    order: Math.min(v.version, 10000),
    data: { textAr: v.textAr, textEn: v.textEn, roles: v.roles, material: v.material, hash: v.hash, publishedAt: v.publishedAt, publishedBy: v.publishedBy },
  };
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * The version an entry holds; null when it is not one, or when its text no longer matches its
 * hash (edited after publishing: nobody may be asked to sign, or counted as having signed, it).
 */
export function policyFromCatalog(entry: Pick<PolicyCatalogEntry, 'kind' | 'key' | 'labelAr' | 'labelEn' | 'data'> & { data?: Record<string, unknown> }): PolicyVersion | null {
  if (entry.kind !== POLICY_VERSION_KIND) return null;
  const parsed = parseVersionKey(entry.key);
  const data = entry.data ?? {};
  if (!parsed) return null;
  const roles = Array.isArray(data.roles) ? data.roles.filter(isRole) : [];
  const v: PolicyVersion = {
    ...parsed,
    titleAr: entry.labelAr,
    titleEn: entry.labelEn,
    textAr: str(data.textAr),
    textEn: str(data.textEn),
    roles,
    material: data.material === true,
    hash: str(data.hash),
    publishedAt: str(data.publishedAt),
    publishedBy: str(data.publishedBy),
  };
  return policyHash(v) === v.hash ? v : null;
}
