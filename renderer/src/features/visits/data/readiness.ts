/**
 * "Ready offline" on this desk (policy 3.8c): looks up what the visit needs in the desk's own database —
 * the beneficiary's file, the questionnaires, the earlier visit — and hands the answers to the pure check
 * (shared/visits/ready-offline.ts), which names each missing piece.
 */
import type { VisitDoc } from '@shared/db/schemas/visit.schema';
import { readiness, type Readiness } from '@shared/visits';
import type { VisitsDeps } from './deps';

export async function visitReadiness(deps: Pick<VisitsDeps, 'db'>, visit: VisitDoc): Promise<Readiness> {
  const ids = (list: { id: string }[]) => new Set(list.map((doc) => doc.id));
  const [files, questionnaires, visits] = await Promise.all([
    visit.beneficiaryId === '' ? [] : deps.db.beneficiaries.findByIds([visit.beneficiaryId]).exec().then((found) => [...found.values()]),
    visit.questionnaireIds.length === 0 ? [] : deps.db.surveys.findByIds(visit.questionnaireIds).exec().then((found) => [...found.values()].filter((doc) => doc.kind === 'questionnaire')),
    visit.previousVisitId === '' ? [] : deps.db.visits.findByIds([visit.previousVisitId]).exec().then((found) => [...found.values()]),
  ]);
  const [haveFiles, haveQuestionnaires, haveVisits] = [ids(files), ids(questionnaires), ids(visits)];
  return readiness(visit, { hasBeneficiary: (id) => haveFiles.has(id), hasQuestionnaire: (id) => haveQuestionnaires.has(id), hasVisit: (id) => haveVisits.has(id) });
}
