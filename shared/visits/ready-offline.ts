/**
 * "Ready offline" (policy 3.8c: field workers have no connectivity for whole days): before leaving, the
 * desk checks that everything the visit needs is on it — its checklist, the beneficiary's file it may see,
 * the questionnaires for its interviews, the earlier visit's findings — and names each missing piece.
 * Pure: the renderer looks the pieces up in its own database and passes what it found.
 */
import type { VisitDoc } from '../db/schemas/visit.schema';

export type MissingPiece =
  | { kind: 'checklist' }
  | { kind: 'beneficiary'; id: string }
  | { kind: 'questionnaire'; id: string }
  | { kind: 'previous-findings'; id: string };

/** What the desk holds, looked up by the caller. */
export type DeskHoldings = {
  hasBeneficiary: (id: string) => boolean;
  hasQuestionnaire: (id: string) => boolean;
  hasVisit: (id: string) => boolean;
};

export type Readiness = { ready: boolean; missing: MissingPiece[] };

type Needs = Pick<VisitDoc, 'target' | 'beneficiaryId' | 'checklist' | 'questionnaireIds' | 'previousVisitId'>;

export function readiness(visit: Needs, desk: DeskHoldings): Readiness {
  const missing: MissingPiece[] = [];
  if (visit.checklist.length === 0) missing.push({ kind: 'checklist' });
  if (visit.target === 'beneficiary' && (visit.beneficiaryId === '' || !desk.hasBeneficiary(visit.beneficiaryId))) {
    missing.push({ kind: 'beneficiary', id: visit.beneficiaryId });
  }
  for (const id of visit.questionnaireIds) if (!desk.hasQuestionnaire(id)) missing.push({ kind: 'questionnaire', id });
  if (visit.previousVisitId !== '' && !desk.hasVisit(visit.previousVisitId)) missing.push({ kind: 'previous-findings', id: visit.previousVisitId });
  return { ready: missing.length === 0, missing };
}
