/**
 * A file this desk holds only as the duplicate-check copy (shared/accounts/pull-filters.ts):
 * a role that registers files but may not read another desk's files in full (a field worker)
 * receives the fields that warn about a duplicate and nothing else (policy 6b, least data).
 * Such a copy lacks what every complete file has (consent, channel, family, ...), so it is
 * shown as what it is, never as a file to read or edit.
 */
import { beneficiarySchema, type BeneficiaryDoc } from '../db/schemas/beneficiary.schema';

const REQUIRED: readonly string[] = beneficiarySchema.required;

/** True when every field a complete file has is present: the desk may read and edit it. */
export function isCompleteFile(doc: object): doc is BeneficiaryDoc {
  return REQUIRED.every((field) => field in doc && (doc as Record<string, unknown>)[field] !== undefined);
}
