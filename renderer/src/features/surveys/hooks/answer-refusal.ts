import type { FieldErrors, Result } from '@shared/result';
import { surveyErrorKey } from './survey-error-key';

type Refusal = { code: string; fields?: FieldErrors<string> };

/**
 * What an answer form shows after a save (AnswerForm's onSubmit): null when saved (the form clears), the
 * per-question refusals, or {} with the whole-form message set through `fail` (thrown or refused as a whole).
 */
export function answerRefusal<T>(outcome: Result<Result<T, Refusal>, string>, fail: (key: string) => void): FieldErrors<string> | null {
  if (!outcome.ok) return {};
  if (outcome.value.ok) return null;
  const refusal = outcome.value.error;
  if (refusal.code === 'survey.answer.invalid' && refusal.fields) return refusal.fields;
  fail(surveyErrorKey(refusal.code));
  return {};
}
