import { BASE_PROPERTIES, text, type CollectionSchema, type FromSchema } from '../schema-types';

/**
 * What a `surveys` document is (policy 3.8): one collection, four kinds, so the budget of 12 holds.
 * - questionnaire: one VERSION of a questionnaire (its questions); versions of one questionnaire share `seriesId`.
 *   A version with answers is locked: editing it writes a new version (a new document), so a period's
 *   results stay comparable.
 * - campaign: the periodic questionnaire (3.8a), a field survey (3.8b), interviews (3.8d) or the short rating
 *   after a service; names its questionnaire version, period and method.
 * - task: one sampled beneficiary to reach, with its attempts (each also logged as an interaction).
 * - answer: one person's answers to one questionnaire version. One small document per answer, so two desks
 *   recording answers offline never conflict (ARCHITECTURE.md, "Data").
 */
export const SURVEY_KINDS = ['questionnaire', 'campaign', 'task', 'answer'] as const;
export type SurveyKind = (typeof SURVEY_KINDS)[number];

export const QUESTION_TYPES = ['rating', 'yes-no', 'single', 'multiple', 'text', 'recommend'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** 3.8a periodic, 3.8b field, 3.8d interview; 'after-service' the short rating once a request or case is done. */
export const CAMPAIGN_PURPOSES = ['periodic', 'field', 'interview', 'after-service'] as const;
export type CampaignPurpose = (typeof CAMPAIGN_PURPOSES)[number];

export const SURVEY_METHODS = ['desk', 'phone', 'field', 'interview'] as const;
export type SurveyMethod = (typeof SURVEY_METHODS)[number];

export const TASK_OUTCOMES = ['pending', 'answered', 'unreachable', 'refused'] as const;
export type TaskOutcome = (typeof TASK_OUTCOMES)[number];

export const SURVEY_LIMITS = {
  title: 200,
  question: 500,
  option: 200,
  options: 20,
  questions: 40,
  showIfValues: 20,
  freeText: 2000,
  sampleSize: 2000,
  attempts: 20,
  name: 200,
  key: 40,
} as const;
const L = SURVEY_LIMITS;

/** Free text may say anything about a person: encrypted at rest (RxDB encrypts top-level fields only). */
export const SURVEY_ENCRYPTED_FIELDS = ['texts'];

const KEY = text(L.key, 1);
const ID_OR_EMPTY = text(36);
/** A calendar date (YYYY-MM-DD); only campaigns carry one, always set (the field is absent elsewhere). */
const ISO_DATE = { type: 'string', maxLength: 10, pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const wording = (max: number) => ({
  type: 'object',
  properties: { ar: text(max, 1), en: text(max) },
  required: ['ar', 'en'],
  additionalProperties: false,
}) as const;

const question = {
  type: 'object',
  properties: {
    id: KEY,
    type: { type: 'string', enum: [...QUESTION_TYPES] },
    text: wording(L.question),
    required: { type: 'boolean' },
    options: {
      type: 'array',
      maxItems: L.options,
      items: { type: 'object', properties: { id: KEY, text: wording(L.option) }, required: ['id', 'text'], additionalProperties: false },
    },
    /** shown only when the earlier question `questionId` was answered with one of `values` (choice ids, or numbers as text) */
    showIf: {
      type: ['object', 'null'],
      properties: { questionId: KEY, values: { type: 'array', minItems: 1, maxItems: L.showIfValues, items: KEY } },
      required: ['questionId', 'values'],
      additionalProperties: false,
    },
  },
  required: ['id', 'type', 'text', 'required', 'options', 'showIf'],
  additionalProperties: false,
} as const;

const attempt = {
  type: 'object',
  properties: { at: text(40, 1), by: text(36, 1), reached: { type: 'boolean' }, interactionId: ID_OR_EMPTY },
  required: ['at', 'by', 'reached', 'interactionId'],
  additionalProperties: false,
} as const;

/**
 * Common (required): `kind`, `campaignId` (task/answer: its campaign; '' otherwise), `questionnaireId` (campaign/answer:
 * the version; questionnaire: its own id), `beneficiaryId` ('' when anonymous or not a person's), `createdAt`/`createdBy`.
 * Per kind (optional in the schema, checked by shared/surveys before any write):
 * - questionnaire: `seriesId`, `seriesVersion` (1, 2, ...), `title`, `questions`.
 * - campaign: `name`, `purpose`, `method`, `periodFrom`/`periodTo` (YYYY-MM-DD), `sampleSize`, `sampleSeed`, `closed`.
 * - task: `stratum` (category|service it was drawn from), `assignedTo`, `outcome`, `attempts`, `answerId`.
 * - answer: `method`, `taskId`, `requestId`, `caseId`, `visitId` (an interview taken during a supervisory visit), `answeredAt`, and what the index groups by, fixed when
 *   answered: `serviceType` (request type or case category), `unitId`, `officerId`; the values: `choices`
 *   (yes-no/single/multiple: option ids), `numbers` (rating 1–5, recommend 0–10), `texts` (ENCRYPTED free text),
 *   `score` (0–100, fixed when answered: shared/surveys/answer-score.ts).
 */
export const surveySchema = {
  title: 'surveys',
  description: 'Questionnaires (versioned), campaigns, sample tasks and answers (policy 3.8)',
  version: 1,
  primaryKey: 'id',
  type: 'object',
  properties: {
    ...BASE_PROPERTIES,
    kind: { type: 'string', enum: [...SURVEY_KINDS], maxLength: 16 },
    campaignId: ID_OR_EMPTY,
    questionnaireId: ID_OR_EMPTY,
    beneficiaryId: ID_OR_EMPTY,
    createdAt: text(40, 1),
    createdBy: text(36, 1),
    // questionnaire
    seriesId: text(36, 1),
    seriesVersion: { type: 'integer', minimum: 1, maximum: 10_000 },
    title: wording(L.title),
    questions: { type: 'array', minItems: 1, maxItems: L.questions, items: question },
    // campaign
    name: text(L.name, 1),
    purpose: { type: 'string', enum: [...CAMPAIGN_PURPOSES] },
    method: { type: 'string', enum: [...SURVEY_METHODS] },
    periodFrom: ISO_DATE,
    periodTo: ISO_DATE,
    sampleSize: { type: 'integer', minimum: 0, maximum: L.sampleSize },
    sampleSeed: { type: 'integer', minimum: 0, maximum: 4_294_967_295 },
    closed: { type: 'boolean' },
    // task
    stratum: text(90),
    assignedTo: ID_OR_EMPTY,
    outcome: { type: 'string', enum: [...TASK_OUTCOMES] },
    attempts: { type: 'array', maxItems: L.attempts, items: attempt },
    answerId: ID_OR_EMPTY,
    // answer
    taskId: ID_OR_EMPTY,
    requestId: ID_OR_EMPTY,
    caseId: ID_OR_EMPTY,
    /** the visit an interview was taken on (policy 3.8d): the visit's interview list is derived from it (v1) */
    visitId: ID_OR_EMPTY,
    answeredAt: text(40),
    serviceType: text(L.key),
    unitId: text(L.key),
    officerId: ID_OR_EMPTY,
    choices: { type: 'object', additionalProperties: { type: 'array', maxItems: L.options, items: KEY } },
    numbers: { type: 'object', additionalProperties: { type: 'integer', minimum: 0, maximum: 10 } },
    texts: { type: 'object', additionalProperties: text(L.freeText) },
    /** the answer's satisfaction on 0–100 (its rating and recommendation questions), null when it has none */
    score: { type: ['number', 'null'], minimum: 0, maximum: 100 },
  },
  required: ['id', 'kind', 'campaignId', 'questionnaireId', 'beneficiaryId', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy', 'deskId'],
  // Everything of one kind (the builder's and results' lists); a campaign's tasks and answers; a person's answers.
  indexes: [['kind', 'createdAt'], ['campaignId', 'kind'], ['questionnaireId', 'kind'], ['beneficiaryId', 'kind']],
  encrypted: SURVEY_ENCRYPTED_FIELDS,
  additionalProperties: false,
} as const satisfies CollectionSchema;

/** v1 adds the optional `visitId` of interview answers: earlier documents need no change. */
export const surveyMigrationStrategies = {
  1: (doc: Record<string, unknown>) => doc,
};

export type SurveyDoc = FromSchema<typeof surveySchema>;
export type Question = NonNullable<SurveyDoc['questions']>[number];
export type QuestionOption = Question['options'][number];
export type ShowIf = NonNullable<Question['showIf']>;
export type Wording = NonNullable<SurveyDoc['title']>;
export type TaskAttempt = NonNullable<SurveyDoc['attempts']>[number];
