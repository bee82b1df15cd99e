/** A shared surveys refusal code ('survey.<area>.<what>') to its translation key under surveys.errors. */
export function surveyErrorKey(code: string): string {
  return code.startsWith('survey.') ? `surveys.errors.${code.slice('survey.'.length)}` : code;
}
