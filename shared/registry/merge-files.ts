/**
 * Joining two files of one person (registered twice, on two desks offline). The survivor keeps its
 * id, file number and creation; for each field where the two differ, the person merging chose
 * whose value the survivor keeps. Lists are united instead of chosen, so nothing is lost: mobiles
 * (without repeats), family members, duplicate acknowledgments, the files merged before, the consent's
 * history and the image consents.
 * The other file is only marked merged into the survivor; it is never deleted, and its requests,
 * contacts and signed declarations stay as they are (the survivor's timeline gathers them).
 */
import { BENEFICIARY_LIMITS, type BeneficiaryDoc } from '../db/schemas/beneficiary.schema';
import { consentHistory } from '../consent/consent-log';
import { err, ok, type Result } from '../result';

/** Fields a person chooses between when the two files differ. */
export const MERGE_CHOICE_FIELDS = [
  'name', 'latinName', 'idKind', 'birthDate', 'gender', 'nationality', 'maritalStatus', 'familyCount',
  'categoryKey', 'city', 'district', 'address', 'noMobileReason', 'preferredChannel', 'consent', 'notes',
] as const;
export type MergeChoiceField = (typeof MERGE_CHOICE_FIELDS)[number];

/** Per differing field: keep the survivor's value (the default) or take the other file's. */
export type MergeChoices = Partial<Record<MergeChoiceField, 'survivor' | 'other'>>;

export type MergeError = 'merge.same-file' | 'merge.already-merged' | 'merge.different-national-id' | 'merge.too-many-mobiles' | 'merge.too-many-family-members';

export interface MergeMeta {
  actorId: string;
  deskId: string;
  /** ISO 8601 */
  at: string;
}

export interface MergeOutcome {
  /** The survivor's new state. */
  survivor: BeneficiaryDoc;
  /** The other file, marked merged into the survivor, otherwise unchanged. */
  merged: BeneficiaryDoc;
  /** Fields of the survivor that changed (for the audit entry). */
  fields: string[];
}

// The schema's limits: a union past them is refused, not cut (cutting would drop data silently).
const MAX_MOBILES = BENEFICIARY_LIMITS.mobiles;
const MAX_FAMILY = BENEFICIARY_LIMITS.familyMembers;

/** Canonical JSON (object keys sorted): storage may hand back an object's keys in another order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
const same = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b);
const union = <T>(items: readonly T[], keyOf: (item: T) => string): T[] => [...new Map(items.map((item) => [keyOf(item), item] as const)).values()];
const mobilesOf = (a: BeneficiaryDoc, b: BeneficiaryDoc): string[] => [...new Set([...a.mobiles, ...b.mobiles])];

/** The fields a person must choose between: those whose values differ (a reason for no mobile only matters with no mobile at all). */
export function differingFields(survivor: BeneficiaryDoc, other: BeneficiaryDoc): MergeChoiceField[] {
  const noMobiles = mobilesOf(survivor, other).length === 0;
  return MERGE_CHOICE_FIELDS.filter((field) => (field !== 'noMobileReason' || noMobiles) && !same(survivor[field], other[field]));
}

/** Why these two files cannot be merged, or null. */
export function mergeRefusal(survivor: BeneficiaryDoc, other: BeneficiaryDoc): MergeError | null {
  if (survivor.id === other.id) return 'merge.same-file';
  if (survivor.mergedInto || other.mergedInto) return 'merge.already-merged';
  if (survivor.nationalId !== other.nationalId) return 'merge.different-national-id';
  if (mobilesOf(survivor, other).length > MAX_MOBILES) return 'merge.too-many-mobiles';
  if (familyOf(survivor, other).length > MAX_FAMILY) return 'merge.too-many-family-members';
  return null;
}

function familyOf(a: BeneficiaryDoc, b: BeneficiaryDoc): BeneficiaryDoc['familyMembers'] {
  return union([...a.familyMembers, ...b.familyMembers], (m) => JSON.stringify([m.name, m.relation, m.birthDate ?? '']));
}

/** Merges `other` into `survivor` with the person's choices; refuses (writing nothing) per {@link mergeRefusal}. */
export function mergeBeneficiaries(survivor: BeneficiaryDoc, other: BeneficiaryDoc, choices: MergeChoices, meta: MergeMeta): Result<MergeOutcome, MergeError> {
  const refusal = mergeRefusal(survivor, other);
  if (refusal) return err(refusal);
  const next: BeneficiaryDoc = structuredClone(survivor);
  const target = next as Record<string, unknown>;
  for (const field of differingFields(survivor, other)) {
    if (choices[field] !== 'other') continue;
    const value = other[field];
    if (value === undefined) delete target[field];
    else target[field] = structuredClone(value);
    if (field === 'name') next.fullName = other.fullName;
  }
  next.mobiles = mobilesOf(survivor, other);
  if (next.mobiles.length > 0) next.noMobileReason = '';
  next.familyMembers = familyOf(survivor, other);
  next.duplicateAcknowledgments = union([...survivor.duplicateAcknowledgments, ...other.duplicateAcknowledgments], (a) => `${a.reason}:${a.fileId}`);
  // The consent's history and the image consents of both files (PDPL Art. 5; policy 3.6a): a withdrawal
  // recorded on either stands on the survivor, in time order with the consents given on each.
  const log = union([...consentHistory(survivor), ...consentHistory(other)], (s) => `${s.id}|${s.at}`).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  if (survivor.consentLog || other.consentLog) next.consentLog = log;
  const images = union([...(survivor.imageConsents ?? []), ...(other.imageConsents ?? [])], (c) => c.id);
  if (images.length > 0) next.imageConsents = images;
  next.mergedFrom = [...new Set([...(survivor.mergedFrom ?? []), other.id, ...(other.mergedFrom ?? [])])];
  const fields = Object.keys({ ...survivor, ...next }).filter((key) => !same((survivor as Record<string, unknown>)[key], target[key])).sort();
  Object.assign(next, { updatedAt: meta.at, updatedBy: meta.actorId, deskId: meta.deskId });
  const merged: BeneficiaryDoc = { ...structuredClone(other), mergedInto: survivor.id, mergedAt: meta.at, mergedBy: meta.actorId, updatedAt: meta.at, updatedBy: meta.actorId, deskId: meta.deskId };
  return ok({ survivor: next, merged, fields });
}
