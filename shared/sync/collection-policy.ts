/**
 * How each collection behaves under sync. Append-only collections (ARCHITECTURE.md, "Data")
 * never merge and never change once written: an audit entry, an interaction logged with a
 * beneficiary, a signed declaration. Everything else merges field by field (three-way-merge.ts).
 */
import { anonymiseInteraction } from '../data-rights/anonymise-records';
import type { InteractionDoc } from '../db/schemas/interaction.schema';
import { jsonEqual } from './deep-equal';
import { stripSyncMeta } from './protocol';

/** Always append-only: every document is written once. */
export const APPEND_ONLY_COLLECTIONS: readonly string[] = ['audit', 'interactions'];

/**
 * The one change an append-only interaction accepts: its anonymisation by an erasure (PDPL Art. 18), i.e.
 * `next` is exactly what anonymiseInteraction makes of `stored` (bookkeeping aside). Anything else stays refused.
 */
export function isErasureOf(collection: string, stored: Record<string, unknown>, next: Record<string, unknown>): boolean {
  if (collection !== 'interactions') return false;
  const expected = anonymiseInteraction(stored as InteractionDoc).doc as Record<string, unknown>;
  // Compared deeply, not as text: PostgreSQL's jsonb keeps an object's keys in its own order.
  return jsonEqual(contentOf(expected), contentOf(next)) && !jsonEqual(contentOf(stored), contentOf(next));
}

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

/** What a document says, bookkeeping aside: without RxDB's keys, `_deleted` and METADATA_FIELDS. */
export function contentOf(doc: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(stripSyncMeta(doc)).filter(([key]) => !METADATA_FIELDS.includes(key)));
}

/** Fields whose value decides who owns the document's identity: never merged, never conflicting. */
export const IDENTITY_FIELDS: readonly string[] = ['id'];
