/**
 * Declarations and conflict records. A SIGNED declaration is kept whole (kept-records.ts); a draft (never
 * signed, so proves nothing) has its snapshot of the file and its channel address removed. A conflict
 * record about one of the person's documents holds copies of field values (base, mine, theirs): cleared.
 */
import type { ConflictDoc } from '../db/schemas/conflict.schema';
import type { DeclarationDoc } from '../db/schemas/declaration.schema';
import type { Anonymised } from './anonymise-records';
import { ERASED_NATIONAL_ID, ERASED_TEXT } from './erased-values';
import { isKeptDeclaration } from './kept-records';

export function anonymiseDeclaration(doc: DeclarationDoc): Anonymised<DeclarationDoc> {
  if (isKeptDeclaration(doc)) return { doc, files: [] };
  const person = doc.snapshot.beneficiary;
  const image = doc.signature.image;
  const files = image && doc.signature.method === 'paper-scan' ? [image.sha256] : [];
  return {
    doc: {
      ...doc,
      snapshot: {
        ...doc.snapshot,
        beneficiary: {
          ...person,
          name: { first: ERASED_TEXT, father: ERASED_TEXT, grandfather: '', family: ERASED_TEXT },
          fullName: ERASED_TEXT,
          latinName: '',
          nationalId: ERASED_NATIONAL_ID,
          mobiles: [],
          noMobileReason: '',
          address: '',
        },
        channel: { ...doc.snapshot.channel, address: '' },
      },
      signature: { ...doc.signature, image: null },
    },
    files,
  };
}

export function anonymiseConflict(doc: ConflictDoc): Anonymised<ConflictDoc> {
  return { doc: { ...doc, base: '', mine: '', theirs: '' }, files: [] };
}
