/**
 * The interviews of a visit (policy 3.8d) are survey answers in another collection, so recording one is
 * two writes: the answer (carrying the visit's id) first, then the visit's list. The desk cannot write
 * both at once; an interruption between them must not lose the interview. So the answers are the truth:
 * the visit's interviews are those it lists plus every answer naming it, and the next write of the
 * visit on the recording desk folds the missing ones into its list (idempotent: a listed id stays once).
 */
import type { VisitDoc } from '../db/schemas/visit.schema';
import { RECORDING_STATUSES } from './visit-status';
import { VISIT_LIMITS } from '../db/schemas/visit.schema';

/** What of an answer the visit needs to know. */
export type InterviewAnswerRef = { id: string; visitId?: string; answeredAt?: string; createdAt: string };

/** The ids of answers that name this visit and that it does not list yet, oldest first. */
export function unlistedInterviews(visit: Pick<VisitDoc, 'id' | 'interviewIds'>, answers: readonly InterviewAnswerRef[]): string[] {
  return answers
    .filter((answer) => answer.visitId === visit.id && !visit.interviewIds.includes(answer.id))
    .sort((a, b) => (a.answeredAt ?? a.createdAt).localeCompare(b.answeredAt ?? b.createdAt) || a.id.localeCompare(b.id))
    .map((answer) => answer.id);
}

/** The visit's interviews: those it lists, then the answers naming it that the list lacks (an interrupted write). */
export function visitInterviewIds(visit: Pick<VisitDoc, 'id' | 'interviewIds'>, answers: readonly InterviewAnswerRef[]): string[] {
  return [...visit.interviewIds, ...unlistedInterviews(visit, answers)];
}

/**
 * The visit with the answers naming it folded into its list, while it is still being recorded and within
 * the limit (the same visit back when there is nothing to add). Run before every write of the visit.
 */
export function linkInterviews(visit: VisitDoc, answers: readonly InterviewAnswerRef[]): VisitDoc {
  if (!RECORDING_STATUSES.includes(visit.status)) return visit;
  const room = VISIT_LIMITS.interviews - visit.interviewIds.length;
  const missing = unlistedInterviews(visit, answers).slice(0, Math.max(0, room));
  return missing.length === 0 ? visit : { ...visit, interviewIds: [...visit.interviewIds, ...missing] };
}
