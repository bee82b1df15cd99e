/**
 * Campaigns (policy 3.8): the periodic questionnaire (a), a field survey (b), interviews (d), or the short
 * rating after a service. Each names the questionnaire VERSION it asks (answers stay comparable), the
 * period it covers, and how it is asked (desk, phone, field, interview).
 */
import { err, ok, type FieldErrors, type Result } from '../result';
import { isIsoDate } from '../calendar/iso-date';
import { SURVEY_LIMITS, type CampaignPurpose, type SurveyDoc, type SurveyMethod } from '../db/schemas/survey.schema';
import type { WriteContext } from './answer-record';

export type CampaignDraft = {
  name: string;
  purpose: CampaignPurpose;
  method: SurveyMethod;
  questionnaireId: string;
  periodFrom: string;
  periodTo: string;
  sampleSize: number;
};

type CampaignField = 'name' | 'purpose' | 'method' | 'questionnaireId' | 'periodFrom' | 'periodTo' | 'sampleSize';
export type CampaignErrorCode =
  | 'survey.campaign.name-required'
  | 'survey.campaign.too-long'
  | 'survey.campaign.questionnaire-required'
  | 'survey.campaign.date-invalid'
  | 'survey.campaign.period-order'
  | 'survey.campaign.sample-size'
  | 'survey.campaign.method-mismatch'
  | 'survey.campaign.too-long-for-short-rating';
export type CampaignErrors = FieldErrors<CampaignField, CampaignErrorCode>;

/** The methods each purpose may use: a field survey is asked in the field (3.8b), an interview face to face (3.8d). */
export const METHODS_BY_PURPOSE: Readonly<Record<CampaignPurpose, readonly SurveyMethod[]>> = {
  periodic: ['desk', 'phone', 'field'],
  field: ['field'],
  interview: ['interview'],
  'after-service': ['desk', 'phone'],
};

/** The short rating after a service is one to three questions (it is asked at the counter or at the end of a call). */
export const SHORT_RATING_MAX_QUESTIONS = 3;

/** The questionnaire versions a campaign may name (id and questions). */
export type QuestionnaireRef = { id: string; questions?: readonly unknown[] };

export function validateCampaign(draft: CampaignDraft, questionnaires: readonly QuestionnaireRef[]): Result<CampaignDraft, CampaignErrors> {
  const errors: CampaignErrors = {};
  const name = draft.name.trim();
  if (name === '') errors.name = 'survey.campaign.name-required';
  else if (name.length > SURVEY_LIMITS.name) errors.name = 'survey.campaign.too-long';
  const questionnaire = questionnaires.find((q) => q.id === draft.questionnaireId);
  if (!questionnaire) errors.questionnaireId = 'survey.campaign.questionnaire-required';
  else if (draft.purpose === 'after-service' && (questionnaire.questions?.length ?? 0) > SHORT_RATING_MAX_QUESTIONS) {
    errors.questionnaireId = 'survey.campaign.too-long-for-short-rating';
  }
  if (!METHODS_BY_PURPOSE[draft.purpose]?.includes(draft.method)) errors.method = 'survey.campaign.method-mismatch';
  if (!isIsoDate(draft.periodFrom)) errors.periodFrom = 'survey.campaign.date-invalid';
  if (!isIsoDate(draft.periodTo)) errors.periodTo = 'survey.campaign.date-invalid';
  else if (!errors.periodFrom && draft.periodTo < draft.periodFrom) errors.periodTo = 'survey.campaign.period-order';
  if (!Number.isInteger(draft.sampleSize) || draft.sampleSize < 0 || draft.sampleSize > SURVEY_LIMITS.sampleSize) errors.sampleSize = 'survey.campaign.sample-size';
  return Object.keys(errors).length > 0 ? err(errors) : ok({ ...draft, name });
}

/** A new campaign document; `seed` fixes its sample (drawn again with the same seed, the same people). */
export function buildCampaign(draft: CampaignDraft, questionnaires: readonly QuestionnaireRef[], seed: number, ctx: WriteContext): Result<SurveyDoc, CampaignErrors> {
  const valid = validateCampaign(draft, questionnaires);
  if (!valid.ok) return valid;
  const d = valid.value;
  return ok({
    id: ctx.id, kind: 'campaign', campaignId: '', questionnaireId: d.questionnaireId, beneficiaryId: '',
    createdAt: ctx.now, createdBy: ctx.staffId, updatedAt: ctx.now, updatedBy: ctx.staffId, deskId: ctx.deskId,
    name: d.name, purpose: d.purpose, method: d.method, periodFrom: d.periodFrom, periodTo: d.periodTo,
    sampleSize: d.sampleSize, sampleSeed: seed >>> 0, closed: false,
  });
}
