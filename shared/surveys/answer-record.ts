/**
 * Recording one answer (policy 3.8): the values checked against the questionnaire version it answers,
 * then one new `surveys` document of kind 'answer' (one per answer: two desks answering offline never
 * conflict). Linked to the beneficiary, request or case when known, or anonymous (all three '').
 * What the satisfaction index groups by (service type, unit, liaison officer) is fixed on the answer when
 * it is taken, so a later reassignment does not move old answers between groups.
 */
import { err, ok, type FieldErrors, type Result } from '../result';
import type { SurveyDoc, SurveyMethod } from '../db/schemas/survey.schema';
import { answerScore, checkAnswerValues, type AnswerErrorCode, type AnswerValues } from './answer-values';

export type AnswerLinks = {
  campaignId?: string;
  taskId?: string;
  beneficiaryId?: string;
  requestId?: string;
  caseId?: string;
  /** an interview taken during a supervisory visit (policy 3.8d) */
  visitId?: string;
  serviceType?: string;
  unitId?: string;
  officerId?: string;
};

export type AnswerInput = AnswerLinks & { method: SurveyMethod; values: AnswerValues };

/** Who writes, when, and the new document's id: passed in (shared/ reads no clock). */
export type WriteContext = { id: string; now: string; staffId: string; deskId: string };

export type RecordAnswerError =
  | { code: 'survey.answer.not-a-questionnaire' }
  | { code: 'survey.answer.invalid'; fields: FieldErrors<string, AnswerErrorCode> };

export type AnswerDoc = SurveyDoc & { kind: 'answer' };

export function recordAnswer(questionnaire: SurveyDoc, input: AnswerInput, ctx: WriteContext): Result<AnswerDoc, RecordAnswerError> {
  if (questionnaire.kind !== 'questionnaire' || !questionnaire.questions) return err({ code: 'survey.answer.not-a-questionnaire' });
  const checked = checkAnswerValues(questionnaire.questions, input.values);
  if (!checked.ok) return err({ code: 'survey.answer.invalid', fields: checked.error });
  const { choices, numbers, texts } = checked.value;
  return ok({
    id: ctx.id,
    kind: 'answer',
    campaignId: input.campaignId ?? '',
    questionnaireId: questionnaire.id,
    beneficiaryId: input.beneficiaryId ?? '',
    createdAt: ctx.now,
    createdBy: ctx.staffId,
    updatedAt: ctx.now,
    updatedBy: ctx.staffId,
    deskId: ctx.deskId,
    method: input.method,
    taskId: input.taskId ?? '',
    requestId: input.requestId ?? '',
    caseId: input.caseId ?? '',
    ...(input.visitId ? { visitId: input.visitId } : {}),
    answeredAt: ctx.now,
    serviceType: input.serviceType ?? '',
    unitId: input.unitId ?? '',
    officerId: input.officerId ?? '',
    choices,
    numbers,
    texts,
    score: answerScore(questionnaire.questions, numbers),
  });
}
