/**
 * How a request type lives in the catalog (kind 'request-type', key = type id): every version it ever had,
 * oldest first, plus its eligibility text. Editing appends a version instead of rewriting one, because a
 * request keeps a snapshot of the version it was taken under and the history must still make sense.
 */
import { err, ok, type Result } from '../result';
import { validateRequestType, type RequestType, type RequestTypeError, type Requirement } from '../intake/request-type';

export type RequestTypeCatalogData = {
  versions: RequestType[];
  eligibilityAr: string;
  eligibilityEn: string;
};

/** What an admin edits: the type without its version number (the catalog assigns it). */
export type RequestTypeEdit = {
  id: string;
  nameAr: string;
  nameEn: string;
  unitId: string;
  requirements: readonly Requirement[];
  eligibilityAr: string;
  eligibilityEn: string;
};

export const ELIGIBILITY_MAX_LENGTH = 1000;

/** The latest version (the last one), or null when the data holds none. */
export function latestRequestType(data: RequestTypeCatalogData): RequestType | null {
  return data.versions.at(-1) ?? null;
}

const isText = (value: unknown): value is string => typeof value === 'string';

function isRequirement(value: unknown): value is Requirement {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return isText(r.id) && isText(r.kind) && isText(r.labelAr) && isText(r.labelEn) && typeof r.required === 'boolean';
}

function isRequestType(value: unknown): value is RequestType {
  if (typeof value !== 'object' || value === null) return false;
  const t = value as Record<string, unknown>;
  return isText(t.id) && typeof t.version === 'number' && isText(t.nameAr) && isText(t.nameEn) && isText(t.unitId)
    && Array.isArray(t.requirements) && t.requirements.every(isRequirement);
}

/**
 * Reads a catalog entry's `data` as request-type data, or null when it is not well formed (the catalog's
 * `data` is free-form in the schema, and a newer desk may sync in something this version cannot read).
 */
export function readRequestTypeData(data: unknown): RequestTypeCatalogData | null {
  if (typeof data !== 'object' || data === null) return null;
  const d = data as Record<string, unknown>;
  if (!Array.isArray(d.versions) || !d.versions.every(isRequestType) || d.versions.length === 0) return null;
  return {
    versions: d.versions,
    eligibilityAr: isText(d.eligibilityAr) ? d.eligibilityAr : '',
    eligibilityEn: isText(d.eligibilityEn) ? d.eligibilityEn : '',
  };
}

export type RequestTypeEditError = RequestTypeError | {
  code: 'request-type.unit-unknown' | 'request-type.eligibility-too-long' | 'request-type.id-changed' | 'request-type.id-format';
};

const trimRequirement = (r: Requirement): Requirement => ({ id: r.id.trim(), kind: r.kind, labelAr: r.labelAr.trim(), labelEn: r.labelEn.trim(), required: r.required });

/**
 * Appends the edit as a new version (version 1 for a new type). Refused, with every problem, when the type
 * is invalid (e.g. no requirements: 'request-type.no-requirements'), names a unit not in `unitIds`, or its
 * id differs from the stored one. An edit identical to the latest version returns the data unchanged, so
 * saving twice does not mint empty versions.
 */
export function appendRequestTypeVersion(
  previous: RequestTypeCatalogData | null,
  edit: RequestTypeEdit,
  unitIds: readonly string[],
): Result<RequestTypeCatalogData, RequestTypeEditError[]> {
  const latest = previous ? latestRequestType(previous) : null;
  const candidate: RequestType = {
    id: edit.id.trim(),
    version: (latest?.version ?? 0) + 1,
    nameAr: edit.nameAr.trim(),
    nameEn: edit.nameEn.trim(),
    unitId: edit.unitId.trim(),
    requirements: edit.requirements.map(trimRequirement),
  };
  const errors: RequestTypeEditError[] = validateRequestType(candidate);
  if (latest && latest.id !== candidate.id) errors.push({ code: 'request-type.id-changed' });
  if (candidate.unitId !== '' && !unitIds.includes(candidate.unitId)) errors.push({ code: 'request-type.unit-unknown' });
  const eligibilityAr = edit.eligibilityAr.trim();
  const eligibilityEn = edit.eligibilityEn.trim();
  if (eligibilityAr.length > ELIGIBILITY_MAX_LENGTH || eligibilityEn.length > ELIGIBILITY_MAX_LENGTH) {
    errors.push({ code: 'request-type.eligibility-too-long' });
  }
  if (errors.length > 0) return err(errors);
  if (previous && latest && sameContent(latest, candidate)) {
    return ok({ ...previous, eligibilityAr, eligibilityEn });
  }
  return ok({ versions: [...(previous?.versions ?? []), candidate], eligibilityAr, eligibilityEn });
}

function sameContent(a: RequestType, b: RequestType): boolean {
  const strip = ({ version: _v, ...rest }: RequestType): Omit<RequestType, 'version'> => rest;
  return JSON.stringify(strip(a)) === JSON.stringify(strip(b));
}
