/**
 * The completeness gate (policy 3.3b–c): a request may not be completed while any required item of its
 * type is missing, and the desk must be able to say exactly which ones, in Arabic, before the beneficiary
 * leaves.
 */
import type { Requirement, RequestType } from './request-type';

/**
 * The state of one checklist line. The UI sets `provided` when the receptionist attaches the document or
 * fills the field; the rule reads only that flag, so how a line gets provided (scan, manual mark) stays a
 * UI decision. Other properties (file hashes, values) may ride along.
 */
export type ChecklistItemState = { provided: boolean };

/** Checklist state keyed by requirement id. A line absent from the map is not provided. */
export type ChecklistState = Readonly<Record<string, ChecklistItemState | undefined>>;

/**
 * The required lines not yet provided, in the type's order (the order of the requirements sheet the
 * beneficiary holds), so the UI can list them with their Arabic labels. Optional lines never appear.
 */
export function missingRequirements(type: RequestType, checklist: ChecklistState): Requirement[] {
  return type.requirements.filter((requirement) => requirement.required && checklist[requirement.id]?.provided !== true);
}

/** True when every required line is provided. */
export function isComplete(type: RequestType, checklist: ChecklistState): boolean {
  return missingRequirements(type, checklist).length === 0;
}
