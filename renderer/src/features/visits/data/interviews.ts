/**
 * Interviews during a visit (policy 3.8d) are survey answers (the `surveys` collection, method 'interview'):
 * the answer is checked against its questionnaire version (shared/surveys/answer-record.ts), linked to the
 * visited beneficiary and to the visit itself (`visitId`). Recording one is two writes in two collections,
 * which the desk cannot make atomic, so the order makes an interruption harmless
 * (shared/visits/visit-interviews.ts): the answer first, naming the visit; then the visit lists it. Cut off
 * between the two, the interview is still the visit's: every view derives it from the answer, and the
 * visit's next write lists it (changeVisit folds in the answers naming it).
 */
import { combineLatest, map, type Observable } from 'rxjs';
import type { SurveyDoc } from '@shared/db/schemas/survey.schema';
import type { VisitDoc } from '@shared/db/schemas/visit.schema';
import { err, ok, type FieldErrors, type Result } from '@shared/result';
import { recordAnswer } from '@shared/surveys/answer-record';
import type { AnswerValues } from '@shared/surveys/answer-values';
import { addInterview, RECORDING_STATUSES, visitInterviewIds } from '@shared/visits';
import type { VisitsDeps } from './deps';
import { serialized } from '@renderer/db/serial';
import { answersNamingQuery, changeVisit, readVisitWithInterviews } from './visit-write';

export type InterviewError = { key: string; fields?: FieldErrors<string, string> };

type Visit = Pick<VisitDoc, 'id' | 'questionnaireIds' | 'interviewIds'>;

/** The questionnaires the visit takes along, as stored on this desk (missing ones are named by readiness). */
export async function visitQuestionnaires(deps: Pick<VisitsDeps, 'db'>, visit: Pick<VisitDoc, 'questionnaireIds'>): Promise<SurveyDoc[]> {
  if (visit.questionnaireIds.length === 0) return [];
  const found = await deps.db.surveys.findByIds(visit.questionnaireIds).exec();
  return visit.questionnaireIds.map((id) => found.get(id)?.toMutableJSON()).filter((doc): doc is SurveyDoc => doc?.kind === 'questionnaire');
}

export async function answersNamingVisit(deps: Pick<VisitsDeps, 'db'>, visit: Visit): Promise<SurveyDoc[]> {
  if (visit.questionnaireIds.length === 0) return [];
  return (await answersNamingQuery(deps, visit).exec()).map((doc) => doc.toMutableJSON());
}

/**
 * The first write: the answer, naming the visit, once everything is checked (the visit still being
 * recorded, the questionnaire one it takes along, the values valid). Nothing is written when refused.
 */
export function writeInterviewAnswer(deps: VisitsDeps, visitId: string, questionnaireId: string, values: AnswerValues): Promise<Result<SurveyDoc, InterviewError>> {
  // Under the visit's lock, like every visit write: two quick saves, or a save beside "completed", never both
  // pass the checks against the same old visit; its interviews counted with any an interruption left unlisted.
  return serialized(`visit:${visitId}`, async () => {
    const visit = await readVisitWithInterviews(deps, visitId);
    if (!visit) return err({ key: 'visits.not-found' });
    if (!RECORDING_STATUSES.includes(visit.status)) return err({ key: 'visits.errors.visit.not-recording' });
    if (!visit.questionnaireIds.includes(questionnaireId)) return err({ key: 'visits.errors.visit.unknown-questionnaire' });
    const questionnaire = (await deps.db.surveys.findOne(questionnaireId).exec())?.toMutableJSON();
    if (!questionnaire) return err({ key: 'visits.errors.visit.unknown-questionnaire' });
    const now = deps.now().toISOString();
    const ctx = { id: crypto.randomUUID(), now, staffId: deps.actor.id, deskId: deps.desk.deskId };
    const answer = recordAnswer(questionnaire, { method: 'interview', beneficiaryId: visit.beneficiaryId, visitId, values }, ctx);
    if (!answer.ok) return err({ key: 'visits.errors.visit.answer-invalid', ...(answer.error.code === 'survey.answer.invalid' ? { fields: answer.error.fields } : {}) });
    if (!addInterview(visit, answer.value.id).ok) return err({ key: 'visits.errors.visit.too-many-interviews' });
    await deps.db.surveys.insert(answer.value);
    return ok(answer.value);
  });
}

/** An interview: the answer, then the visit's list (the second write is idempotent, and retried by any later write). */
export async function recordInterview(deps: VisitsDeps, visitId: string, questionnaireId: string, values: AnswerValues): Promise<Result<VisitDoc, InterviewError>> {
  const answer = await writeInterviewAnswer(deps, visitId, questionnaireId, values);
  if (!answer.ok) return answer;
  const linked = await linkPendingInterviews(deps, visitId);
  return linked.ok ? linked : err({ key: linked.error });
}

/** The second write alone: lists on the visit every answer that names it (a retry after an interruption). */
export function linkPendingInterviews(deps: VisitsDeps, visitId: string): Promise<Result<VisitDoc, string>> {
  // changeVisit folds the answers naming the visit in before any change: here the change is nothing more.
  return changeVisit(deps, visitId, 'visit.interview', (visit) => ok(visit));
}

/** The answers of the visit's interviews this desk holds, in the visit's order (the manager's view, the report). */
export async function interviewAnswers(deps: Pick<VisitsDeps, 'db'>, visit: Visit): Promise<SurveyDoc[]> {
  const naming = await answersNamingVisit(deps, visit);
  const listed = visit.interviewIds.length === 0 ? new Map() : await deps.db.surveys.findByIds(visit.interviewIds).exec();
  return inVisitOrder(visit, [...listed.values()].map((doc) => doc.toMutableJSON()), naming).answers;
}

/** The visit's interview ids (listed, then those only the answers name) and the answers this desk holds, in that order. */
function inVisitOrder(visit: Visit, listed: readonly SurveyDoc[], naming: readonly SurveyDoc[]): VisitInterviews {
  const byId = new Map<string, SurveyDoc>([...listed.map((doc) => [doc.id, doc] as const), ...naming.map((doc) => [doc.id, doc] as const)]);
  const ids = visitInterviewIds(visit, naming);
  return { ids, answers: ids.map((id) => byId.get(id)).filter((doc): doc is SurveyDoc => doc !== undefined) };
}

export type VisitInterviews = { ids: string[]; answers: SurveyDoc[] };

/** Kept current (answers may sync in after the visit): every interview of the visit, and those this desk holds. */
export function watchInterviews(deps: Pick<VisitsDeps, 'db'>, visit: Visit): Observable<VisitInterviews> {
  const listed = deps.db.surveys.findByIds([...visit.interviewIds]).$;
  const naming = answersNamingQuery(deps, visit).$;
  return combineLatest([listed, naming]).pipe(
    map(([found, named]) => inVisitOrder(visit, [...found.values()].map((doc) => doc.toMutableJSON()), named.map((doc) => doc.toMutableJSON()))),
  );
}
