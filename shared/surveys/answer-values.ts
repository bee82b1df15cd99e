/**
 * What a person answered, checked against ONE questionnaire version (policy 3.8): the questions shown
 * (a "show if" hides a question unless an earlier answer is one of its values), required ones answered,
 * each value of its question's type. Pure; the write (answer-record.ts) happens only when this passes.
 */
import { err, ok, type FieldErrors, type Result } from '../result';
import { SURVEY_LIMITS, type Question } from '../db/schemas/survey.schema';

/** A form's value for one question: option ids (yes-no, single, multiple), a number (rating, recommend), or text. */
export type AnswerValue = string | number | readonly string[] | null | undefined;
export type AnswerValues = Readonly<Record<string, AnswerValue>>;

export type AnswerErrorCode =
  | 'survey.answer.required'
  | 'survey.answer.out-of-range'
  | 'survey.answer.unknown-option'
  | 'survey.answer.one-choice'
  | 'survey.answer.too-long';

export type CheckedValues = {
  choices: Record<string, string[]>;
  numbers: Record<string, number>;
  texts: Record<string, string>;
};

/** The yes/no question's two answers, as option ids (its options list stays empty). */
export const YES_NO = ['yes', 'no'] as const;

const RANGES: Partial<Record<Question['type'], readonly [number, number]>> = { rating: [1, 5], recommend: [0, 10] };

/** The answer as the "show if" values compare it: option ids, or a number written as text. */
function comparable(value: AnswerValue): string[] {
  if (typeof value === 'number') return [String(value)];
  if (typeof value === 'string') return value === '' ? [] : [value];
  return value ? [...value] : [];
}

const isEmpty = (value: AnswerValue): boolean => comparable(value).length === 0 || (typeof value === 'string' && value.trim() === '');

/** The questions shown, in order: a "show if" looks at an earlier question, itself shown. */
export function visibleQuestions(questions: readonly Question[], values: AnswerValues): Question[] {
  const shown: Question[] = [];
  for (const question of questions) {
    const rule = question.showIf;
    if (rule) {
      const earlier = shown.find((q) => q.id === rule.questionId);
      if (!earlier || !comparable(values[rule.questionId]).some((v) => rule.values.includes(v))) continue;
    }
    shown.push(question);
  }
  return shown;
}

function optionIds(question: Question): readonly string[] {
  return question.type === 'yes-no' ? YES_NO : question.options.map((option) => option.id);
}

function checkOne(question: Question, value: AnswerValue, out: CheckedValues): AnswerErrorCode | null {
  const range = RANGES[question.type];
  if (range) {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < range[0] || value > range[1]) return 'survey.answer.out-of-range';
    out.numbers[question.id] = value;
    return null;
  }
  if (question.type === 'text') {
    const text = typeof value === 'string' ? value.trim() : '';
    if (text.length > SURVEY_LIMITS.freeText) return 'survey.answer.too-long';
    out.texts[question.id] = text;
    return null;
  }
  const ids = comparable(value);
  if (question.type !== 'multiple' && ids.length > 1) return 'survey.answer.one-choice';
  if (ids.some((id) => !optionIds(question).includes(id))) return 'survey.answer.unknown-option';
  out.choices[question.id] = [...new Set(ids)];
  return null;
}

/** Every shown question checked; answers to hidden questions are dropped (an earlier answer changed). */
export function checkAnswerValues(questions: readonly Question[], values: AnswerValues): Result<CheckedValues, FieldErrors<string, AnswerErrorCode>> {
  const out: CheckedValues = { choices: {}, numbers: {}, texts: {} };
  const errors: FieldErrors<string, AnswerErrorCode> = {};
  for (const question of visibleQuestions(questions, values)) {
    const value = values[question.id];
    if (isEmpty(value)) {
      if (question.required) errors[question.id] = 'survey.answer.required';
      continue;
    }
    const problem = checkOne(question, value, out);
    if (problem) errors[question.id] = problem;
  }
  return Object.keys(errors).length > 0 ? err(errors) : ok(out);
}

/**
 * The answer's satisfaction on 0–100: the mean of its rating (1–5 → 0–100) and recommendation (0–10 → 0–100)
 * answers; null when it has none (a questionnaire of yes/no and text questions gives no index).
 */
export function answerScore(questions: readonly Question[], numbers: Readonly<Record<string, number>>): number | null {
  const scores: number[] = [];
  for (const question of questions) {
    const value = numbers[question.id];
    if (value === undefined) continue;
    if (question.type === 'rating') scores.push(((value - 1) / 4) * 100);
    else if (question.type === 'recommend') scores.push(value * 10);
  }
  if (scores.length === 0) return null;
  return Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10;
}
