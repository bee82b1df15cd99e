/**
 * The questionnaire builder's rules (policy 3.8): what a questionnaire must hold, and versioning. A version
 * that has answers is LOCKED: saving an edit of it writes a new version (a new document in the same
 * series), so every period's answers stay tied to the exact questions they answered and remain comparable.
 * A version without answers is corrected in place.
 */
import { err, ok, type FieldErrors, type Result } from '../result';
import { SURVEY_LIMITS, type Question, type SurveyDoc, type Wording } from '../db/schemas/survey.schema';
import type { WriteContext } from './answer-record';

export type QuestionnaireDraft = { title: Wording; questions: readonly Question[] };

export type QuestionnaireErrorCode =
  | 'survey.questionnaire.title-required'
  | 'survey.questionnaire.too-long'
  | 'survey.questionnaire.no-questions'
  | 'survey.questionnaire.too-many-questions'
  | 'survey.questionnaire.question-text-required'
  | 'survey.questionnaire.duplicate-id'
  | 'survey.questionnaire.options-required'
  | 'survey.questionnaire.show-if-earlier'
  | 'survey.questionnaire.show-if-values';

/** Keys of the refusal: 'title', 'questions', or a question's id. */
export type QuestionnaireErrors = FieldErrors<string, QuestionnaireErrorCode>;

const CHOICE_TYPES: readonly Question['type'][] = ['single', 'multiple'];
const SHOW_IF_SOURCES: readonly Question['type'][] = ['yes-no', 'single', 'multiple', 'rating', 'recommend'];

/** The values an earlier question can be answered with, as a "show if" names them. */
export function answerKeys(question: Question): string[] {
  if (question.type === 'yes-no') return ['yes', 'no'];
  if (question.type === 'rating') return ['1', '2', '3', '4', '5'];
  if (question.type === 'recommend') return Array.from({ length: 11 }, (_, i) => String(i));
  return question.options.map((option) => option.id);
}

function questionProblem(question: Question, earlier: readonly Question[]): QuestionnaireErrorCode | null {
  const tooLong = question.text.ar.length > SURVEY_LIMITS.question || question.text.en.length > SURVEY_LIMITS.question;
  if (tooLong || question.options.some((o) => o.text.ar.length > SURVEY_LIMITS.option || o.text.en.length > SURVEY_LIMITS.option)) return 'survey.questionnaire.too-long';
  if (question.text.ar.trim() === '') return 'survey.questionnaire.question-text-required';
  if (earlier.some((q) => q.id === question.id)) return 'survey.questionnaire.duplicate-id';
  if (CHOICE_TYPES.includes(question.type)) {
    const options = question.options.filter((o) => o.text.ar.trim() !== '');
    if (options.length < 2 || options.length !== question.options.length || options.length > SURVEY_LIMITS.options) return 'survey.questionnaire.options-required';
  }
  const rule = question.showIf;
  if (!rule) return null;
  const source = earlier.find((q) => q.id === rule.questionId);
  if (!source || !SHOW_IF_SOURCES.includes(source.type)) return 'survey.questionnaire.show-if-earlier';
  const allowed = answerKeys(source);
  if (rule.values.length === 0 || rule.values.some((v) => !allowed.includes(v))) return 'survey.questionnaire.show-if-values';
  return null;
}

export function validateQuestionnaire(draft: QuestionnaireDraft): Result<QuestionnaireDraft, QuestionnaireErrors> {
  const errors: QuestionnaireErrors = {};
  if (draft.title.ar.trim() === '') errors.title = 'survey.questionnaire.title-required';
  else if (draft.title.ar.length > SURVEY_LIMITS.title || draft.title.en.length > SURVEY_LIMITS.title) errors.title = 'survey.questionnaire.too-long';
  if (draft.questions.length === 0) errors.questions = 'survey.questionnaire.no-questions';
  if (draft.questions.length > SURVEY_LIMITS.questions) errors.questions = 'survey.questionnaire.too-many-questions';
  draft.questions.forEach((question, i) => {
    const problem = questionProblem(question, draft.questions.slice(0, i));
    if (problem && !errors[question.id]) errors[question.id] = problem;
  });
  return Object.keys(errors).length > 0 ? err(errors) : ok(draft);
}

/** True when any answer was recorded against this version: it may no longer change. */
export function isLocked(questionnaireId: string, answers: readonly { kind?: string; questionnaireId: string }[]): boolean {
  return answers.some((answer) => answer.kind === 'answer' && answer.questionnaireId === questionnaireId);
}

export type SavedQuestionnaire = { doc: SurveyDoc; newVersion: boolean };

/** Trimmed wording: what is stored is what the builder showed. */
function tidy(draft: QuestionnaireDraft): QuestionnaireDraft {
  const w = (x: Wording): Wording => ({ ar: x.ar.trim(), en: x.en.trim() });
  return {
    title: w(draft.title),
    questions: draft.questions.map((q) => ({ ...q, text: w(q.text), options: q.options.map((o) => ({ ...o, text: w(o.text) })) })),
  };
}

/**
 * The document to write for a builder's save. `current`: the version being edited (null: a new
 * questionnaire); `locked`: it has answers (isLocked), so the edit becomes version n+1 under `ctx.id`.
 */
export function saveQuestionnaire(current: SurveyDoc | null, draft: QuestionnaireDraft, locked: boolean, ctx: WriteContext): Result<SavedQuestionnaire, QuestionnaireErrors> {
  const valid = validateQuestionnaire(tidy(draft));
  if (!valid.ok) return valid;
  const stamp = { updatedAt: ctx.now, updatedBy: ctx.staffId, deskId: ctx.deskId };
  const content = { title: valid.value.title, questions: [...valid.value.questions] };
  if (current && !locked) return ok({ doc: { ...current, ...content, ...stamp }, newVersion: false });
  const seriesId = current?.seriesId ?? ctx.id;
  return ok({
    newVersion: current !== null,
    doc: {
      id: ctx.id, kind: 'questionnaire', campaignId: '', questionnaireId: ctx.id, beneficiaryId: '',
      createdAt: ctx.now, createdBy: ctx.staffId, ...stamp,
      seriesId, seriesVersion: (current?.seriesVersion ?? 0) + 1, ...content,
    },
  });
}

/** The newest version of each series (what the builder lists and a new campaign picks). */
export function latestVersions(questionnaires: readonly SurveyDoc[]): SurveyDoc[] {
  const latest = new Map<string, SurveyDoc>();
  for (const doc of questionnaires) {
    if (doc.kind !== 'questionnaire') continue;
    const key = doc.seriesId ?? doc.id;
    const seen = latest.get(key);
    if (!seen || (doc.seriesVersion ?? 1) > (seen.seriesVersion ?? 1)) latest.set(key, doc);
  }
  return [...latest.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}
