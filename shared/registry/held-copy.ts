/**
 * A file this desk holds only as the duplicate-check copy: servers before the field worker's view narrowed
 * (shared/accounts/pull-filters.ts) sent a field worker's desk the fields of other desks' files that warn
 * about a duplicate and nothing else. Such a copy lacks what every complete file has (consent, channel,
 * family, ...), so until the desk purges it (renderer/src/db/held-copy-purge.ts) it is shown as what it is,
 * never as a file to read or edit.
 */
import { DUPLICATE_CHECK_FIELDS } from '../accounts/pull-filters';
import { beneficiarySchema, type BeneficiaryDoc } from '../db/schemas/beneficiary.schema';

const REQUIRED: readonly string[] = beneficiarySchema.required;

/** True when every field a complete file has is present: the desk may read and edit it. */
export function isCompleteFile(doc: object): doc is BeneficiaryDoc {
  return REQUIRED.every((field) => field in doc && (doc as Record<string, unknown>)[field] !== undefined);
}

const COPY_FIELDS: ReadonlySet<string> = new Set(DUPLICATE_CHECK_FIELDS);

/**
 * A `beneficiaries` document holding nothing but duplicate-check fields: the copy an earlier server sent a
 * field worker's desk (projectDuplicateCheck cut a file down to exactly those), or what is left of one once
 * purged (renderer/src/db/held-copy-purge.ts). Told apart by its fields, not by a field missing: a real file
 * always holds more (city, gender, category, ...), even one anonymised by an erasure or written before a field
 * became required. It never leaves the desk: no server stores a file cut down so, and a push of one would be
 * answered with the whole file, the very data the field worker's view leaves out (policy 3.6b).
 */
export function isHeldCopy(collection: string, doc: object): boolean {
  return collection === 'beneficiaries' && Object.keys(doc).every((key) => key.startsWith('_') || COPY_FIELDS.has(key));
}
