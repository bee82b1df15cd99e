/**
 * The policy library (Article 4): the association's policy and the policies it names as its tools
 * (3.2: implementing partners, volunteering, aid disbursement, the service request form), each a
 * document with numbered versions. A version is stored as a catalog entry of kind 'policy-version'
 * (no collection of its own: the collection budget), holding its full text in both languages, so
 * every desk and every unit can open the current text offline, whatever app version it runs.
 *
 * Material change (Art. 4): a version marked material must be signed again by the staff it applies
 * to; a wording fix (not material) is shown as current but keeps earlier signatures valid.
 */
import type { Role } from '../staff/roles';

export const POLICY_VERSION_KIND = 'policy-version';
/** The association's own policy (the bundled text in resources/policy). */
export const ASSOCIATION_POLICY_KEY = 'beneficiary-relations';

export const POLICY_LIMITS = {
  /** Catalog ids are at most 36 characters: 'polv:' + key + '@' + version. */
  key: 24,
  title: 120,
  text: 200_000,
  version: 9999,
} as const;

export type PolicyVersion = {
  documentKey: string;
  version: number;
  titleAr: string;
  titleEn: string;
  /** Authoritative (the Arabic original). */
  textAr: string;
  textEn: string;
  /** The roles whose holders must sign it; [] = every staff member. */
  roles: Role[];
  material: boolean;
  /** Lower-case hex SHA-256 of the content (policy-hash.ts). */
  hash: string;
  publishedAt: string;
  publishedBy: string;
};

/** A catalog entry's key for a version: '<document>@<n>'. */
export const versionKey = (documentKey: string, version: number): string => `${documentKey}@${version}`;
export const policyVersionId = (documentKey: string, version: number): string => `polv:${versionKey(documentKey, version)}`;

/** Splits '<document>@<n>' back; null for anything else. */
export function parseVersionKey(key: string): { documentKey: string; version: number } | null {
  const at = key.lastIndexOf('@');
  if (at <= 0) return null;
  const version = Number(key.slice(at + 1));
  if (!Number.isInteger(version) || version < 1) return null;
  return { documentKey: key.slice(0, at), version };
}

/** Newest version of each document (by version number), in title order of the first appearance. */
export function currentVersions(versions: readonly PolicyVersion[]): PolicyVersion[] {
  const newest = new Map<string, PolicyVersion>();
  for (const v of versions) {
    const seen = newest.get(v.documentKey);
    if (!seen || v.version > seen.version) newest.set(v.documentKey, v);
  }
  return [...newest.values()].sort((a, b) => (a.documentKey === ASSOCIATION_POLICY_KEY ? -1 : b.documentKey === ASSOCIATION_POLICY_KEY ? 1 : a.titleAr.localeCompare(b.titleAr, 'ar')));
}

/** The newest material version of a document: a signature on it or on anything later is valid. */
export function requiredVersion(versions: readonly PolicyVersion[], documentKey: string): PolicyVersion | null {
  let best: PolicyVersion | null = null;
  for (const v of versions) {
    if (v.documentKey === documentKey && v.material && (!best || v.version > best.version)) best = v;
  }
  return best;
}

/** Whether a document binds a holder of `roles` ([] on the document = everyone). */
export const appliesTo = (version: Pick<PolicyVersion, 'roles'>, roles: readonly Role[]): boolean =>
  version.roles.length === 0 || version.roles.some((role) => roles.includes(role));
