/**
 * Interviews during a visit (policy 3.8d) are survey answers (the `surveys` collection, method 'interview'):
 * the answer is checked against its questionnaire version (shared/surveys/answer-record.ts) and linked to
 * the visited beneficiary; the visit lists the answer's id. Both are written together or not at all.
 */
import type { SurveyDoc } from '@shared/db/schemas/survey.schema';
import type { VisitDoc } from '@shared/db/schemas/visit.schema';
import { err, ok, type FieldErrors, type Result } from '@shared/result';
import { recordAnswer } from '@shared/surveys/answer-record';
import type { AnswerValues } from '@shared/surveys/answer-values';
import { addInterview } from '@shared/visits';
import type { VisitsDeps } from './deps';
import { changeVisit } from './visit-write';

export type InterviewError = { key: string; fields?: FieldErrors<string, string> };

/** The questionnaires the visit takes along, as stored on this desk (missing ones are named by readiness). */
export async function visitQuestionnaires(deps: Pick<VisitsDeps, 'db'>, visit: Pick<VisitDoc, 'questionnaireIds'>): Promise<SurveyDoc[]> {
  if (visit.questionnaireIds.length === 0) return [];
  const found = await deps.db.surveys.findByIds(visit.questionnaireIds).exec();
  return visit.questionnaireIds.map((id) => found.get(id)?.toMutableJSON()).filter((doc): doc is SurveyDoc => doc?.kind === 'questionnaire');
}

export async function recordInterview(deps: VisitsDeps, visitId: string, questionnaireId: string, values: AnswerValues): Promise<Result<VisitDoc, InterviewError>> {
  let refusal: InterviewError | null = null;
  const result = await changeVisit(deps, visitId, 'visit.interview', async (visit) => {
    if (!visit.questionnaireIds.includes(questionnaireId)) return err('visits.errors.visit.unknown-questionnaire');
    const questionnaire = (await deps.db.surveys.findOne(questionnaireId).exec())?.toMutableJSON();
    if (!questionnaire) return err('visits.errors.visit.unknown-questionnaire');
    const now = deps.now().toISOString();
    const answer = recordAnswer(questionnaire, { method: 'interview', beneficiaryId: visit.beneficiaryId, values }, { id: crypto.randomUUID(), now, staffId: deps.actor.id, deskId: deps.desk.deskId });
    if (!answer.ok) {
      refusal = { key: 'visits.errors.visit.answer-invalid', ...(answer.error.code === 'survey.answer.invalid' ? { fields: answer.error.fields } : {}) };
      return err(refusal.key);
    }
    const linked = addInterview(visit, answer.value.id);
    if (!linked.ok) return err(`visits.errors.${linked.error}`);
    await deps.db.surveys.insert(answer.value);
    return linked;
  });
  if (result.ok) return ok(result.value);
  return err(refusal ?? { key: result.error });
}

/** The answers of the visit's interviews this desk holds (the manager's view). */
export async function interviewAnswers(deps: Pick<VisitsDeps, 'db'>, visit: Pick<VisitDoc, 'interviewIds'>): Promise<SurveyDoc[]> {
  if (visit.interviewIds.length === 0) return [];
  const found = await deps.db.surveys.findByIds(visit.interviewIds).exec();
  return visit.interviewIds.map((id) => found.get(id)?.toMutableJSON()).filter((doc): doc is SurveyDoc => doc !== undefined);
}
