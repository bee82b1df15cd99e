/**
 * What an erasure keeps and why (PDPL Art. 18(1): data may be kept when a law or a legal proceeding
 * requires it; the regulation's Art. 8: the requester is told what is kept and the reason). Each kept
 * record is NAMED in the answer to the requester (`reasonKey` is its i18n key under `erasure.kept`).
 */
import type { CaseDoc } from '../db/schemas/case.schema';
import type { DeclarationDoc } from '../db/schemas/declaration.schema';

export const KEPT_REASONS = ['signed-declaration', 'compensation-record', 'audit-trail'] as const;
export type KeptReason = (typeof KEPT_REASONS)[number];

/** One record the association keeps: which collection and document, its printed number, and why. */
export type KeptRecord = { collection: 'declarations' | 'cases' | 'audit'; id: string; number: string; reason: KeptReason };

/**
 * A signed declaration is the beneficiary's own signed statement that the data was accurate (policy 7):
 * evidence if aid was obtained on false data. It is hashed and desk-signed; changing a byte breaks that
 * proof, and the sync refuses any change to it (shared/sync/collection-policy.ts). Kept whole.
 */
export function isKeptDeclaration(doc: Pick<DeclarationDoc, 'signedAt'>): boolean {
  return doc.signedAt !== '';
}

/** Compensation minutes, committee decisions, settlements and payments are financial records (kept). */
export function isKeptCompensation(doc: Pick<CaseDoc, 'kind' | 'compensation'>): boolean {
  return doc.kind === 'compensation' && Boolean(doc.compensation);
}

/**
 * Audit entries are kept whole: they never hold personal values (only who did what to which document id,
 * and field NAMES), so they are not personal data once the file is anonymised, and the trail must stay
 * tamper-evident.
 */
export const AUDIT_KEPT_REASON: KeptReason = 'audit-trail';
