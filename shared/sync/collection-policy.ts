/**
 * How each collection behaves under sync. Append-only collections (ARCHITECTURE.md, "Data")
 * never merge and never change once written: an audit entry, an interaction logged with a
 * beneficiary, a signed declaration. Everything else merges field by field (three-way-merge.ts).
 */

/** Always append-only: every document is written once. */
export const APPEND_ONLY_COLLECTIONS: readonly string[] = ['audit', 'interactions'];

/**
 * A declaration is a draft until it is signed; from then on it is frozen. Signing sets a
 * non-empty `signedAt` (ISO instant); that is what this checks.
 */
function isSignedDeclaration(doc: Record<string, unknown> | null | undefined): boolean {
  return typeof doc?.signedAt === 'string' && doc.signedAt !== '';
}

/** True when the stored (master) document may no longer change. */
export function isImmutableDocument(collection: string, stored: Record<string, unknown> | null | undefined): boolean {
  if (APPEND_ONLY_COLLECTIONS.includes(collection)) return stored !== null && stored !== undefined;
  if (collection === 'declarations') return isSignedDeclaration(stored);
  return false;
}

/**
 * Bookkeeping every document carries (shared/db/schema-types.ts BASE_PROPERTIES): both sides
 * always change them, so they never make a conflict; the merged write is the merging desk's.
 */
export const METADATA_FIELDS: readonly string[] = ['updatedAt', 'updatedBy', 'deskId'];

/** Fields whose value decides who owns the document's identity: never merged, never conflicting. */
export const IDENTITY_FIELDS: readonly string[] = ['id'];
