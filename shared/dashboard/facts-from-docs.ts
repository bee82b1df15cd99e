/**
 * The dashboard's plain facts from whole documents: the only fields the figures read. The desk's
 * dashboard (renderer/src/features/dashboard/data/read-source.ts) and the erasure's proof that
 * anonymising a person changes no figure (test/shared/data-rights-dashboard.test.ts) use the same mapping.
 */
import type { CaseDoc } from '../db/schemas/case.schema';
import type { RequestDoc } from '../db/schemas/request.schema';
import type { SurveyDoc } from '../db/schemas/survey.schema';
import type { VisitDoc } from '../db/schemas/visit.schema';
import type { CaseFacts } from './case-figures';
import type { RequestFacts } from './request-figures';
import type { SurveyAnswerFacts, VisitFacts } from './survey-visit-figures';

export function requestFactsOf(doc: Pick<RequestDoc, 'id' | 'requestType' | 'history'>): RequestFacts {
  return { id: doc.id, requestType: { unitId: doc.requestType.unitId }, history: doc.history };
}

export function caseFactsOf(doc: CaseDoc): CaseFacts {
  const { id, kind, category, channel, unitId, officerId, history, startedAt, pauses, acknowledgedAt, source, resolution } = doc;
  return { id, kind, category, channel, unitId, officerId, history, startedAt, pauses, acknowledgedAt, source, resolution: resolution ? { resolvedAt: resolution.resolvedAt } : null };
}

/** Answers with a score (3.8a): the index's only input. */
export function surveyFactsOf(docs: readonly SurveyDoc[]): SurveyAnswerFacts[] {
  return docs.flatMap((doc) => (typeof doc.score === 'number' && doc.answeredAt ? [{ id: doc.id, at: doc.answeredAt, score: doc.score, unitId: doc.unitId ?? '' }] : []));
}

/** Visits (3.8c): done and cancelled from their own history (the first move to each). */
export function visitFactsOf(doc: VisitDoc): VisitFacts {
  const when = (status: string) => doc.history.find((entry) => entry.to === status)?.at ?? null;
  return { id: doc.id, visitType: doc.visitType, plannedDate: doc.plannedDate, doneAt: when('completed'), cancelledAt: when('cancelled'), actions: doc.actions.map((action) => ({ openedAt: action.createdAt, closedAt: action.doneAt })) };
}
