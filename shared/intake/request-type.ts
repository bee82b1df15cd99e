/**
 * Request types (policy 3.2e, 3.3b): what a beneficiary may ask for and what must be handed in for the
 * request to be complete. Types live in the catalog, are edited by an admin and versioned: a request keeps
 * the version it was taken under, so editing a type never changes the checklist of a request in progress.
 */

export const REQUIREMENT_KINDS = ['document', 'field'] as const;
/** 'document': a paper to attach (a scan); 'field': a piece of data to record. */
export type RequirementKind = (typeof REQUIREMENT_KINDS)[number];

/** One line of a type's checklist. Optional lines are shown but never block completion. */
export type Requirement = {
  id: string;
  kind: RequirementKind;
  labelAr: string;
  labelEn: string;
  required: boolean;
};

/** A request type at one version. `unitId` is the competent administrative unit it is referred to by default. */
export type RequestType = {
  id: string;
  version: number;
  nameAr: string;
  nameEn: string;
  requirements: readonly Requirement[];
  unitId: string;
};

export type RequestTypeErrorCode =
  | 'request-type.id-required'
  | 'request-type.version'
  | 'request-type.name-ar-required'
  | 'request-type.name-en-required'
  | 'request-type.unit-required'
  | 'request-type.no-requirements'
  | 'request-type.requirement-id-required'
  | 'request-type.requirement-duplicate-id'
  | 'request-type.requirement-label-required'
  | 'request-type.requirement-kind';

/** One problem; `requirementId` names the checklist line it concerns, if any. */
export type RequestTypeError = { code: RequestTypeErrorCode; requirementId?: string };

const blank = (text: string): boolean => text.trim() === '';

function requirementErrors(requirements: readonly Requirement[]): RequestTypeError[] {
  const errors: RequestTypeError[] = [];
  const seen = new Set<string>();
  for (const requirement of requirements) {
    const requirementId = requirement.id;
    if (blank(requirementId)) errors.push({ code: 'request-type.requirement-id-required', requirementId });
    else if (seen.has(requirementId)) {
      // Checklist state is keyed by requirement id: two lines with one id would share one tick box.
      errors.push({ code: 'request-type.requirement-duplicate-id', requirementId });
    }
    seen.add(requirementId);
    // Both labels: the requirements sheet is Arabic, and the English UI must not show an empty line.
    if (blank(requirement.labelAr) || blank(requirement.labelEn)) {
      errors.push({ code: 'request-type.requirement-label-required', requirementId });
    }
    if (!(REQUIREMENT_KINDS as readonly string[]).includes(requirement.kind)) {
      errors.push({ code: 'request-type.requirement-kind', requirementId });
    }
  }
  return errors;
}

/**
 * Every problem with a request type (empty = valid). A type needs at least one requirement (policy 3.3b: the requirements are handed over and checked):
 * a type with none would let any request be "complete" with nothing handed in.
 */
export function validateRequestType(type: RequestType): RequestTypeError[] {
  const errors: RequestTypeError[] = [];
  if (blank(type.id)) errors.push({ code: 'request-type.id-required' });
  if (!Number.isInteger(type.version) || type.version < 1) errors.push({ code: 'request-type.version' });
  if (blank(type.nameAr)) errors.push({ code: 'request-type.name-ar-required' });
  if (blank(type.nameEn)) errors.push({ code: 'request-type.name-en-required' });
  if (blank(type.unitId)) errors.push({ code: 'request-type.unit-required' });
  if (type.requirements.length === 0) errors.push({ code: 'request-type.no-requirements' });
  errors.push(...requirementErrors(type.requirements));
  return errors;
}
