import { useState } from 'react';
import { Alert, Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Question } from '@shared/db/schemas/survey.schema';
import { visibleQuestions, type AnswerValue, type AnswerValues } from '@shared/surveys/answer-values';
import type { FieldErrors } from '@shared/result';
import { surveyErrorKey } from '../hooks/survey-error-key';
import { QuestionField } from './question-field';

type Props = {
  questions: readonly Question[];
  busy: boolean;
  /** Resolves to the per-question refusals (empty when saved). */
  onSubmit: (values: AnswerValues) => Promise<FieldErrors<string> | null>;
  submitLabel: string;
  error?: string | null;
  extra?: React.ReactNode;
};

/** A questionnaire version's questions, "show if" applied as the person answers; errors next to each question. */
export function AnswerForm({ questions, busy, onSubmit, submitLabel, error, extra }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<string, AnswerValue>>({});
  const [errors, setErrors] = useState<FieldErrors<string>>({});
  const shown = visibleQuestions(questions, values);
  const submit = async () => {
    const refused = await onSubmit(values);
    setErrors(refused ?? {});
    if (!refused) setValues({});
  };
  return (
    <form noValidate data-testid="answer-form" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <Stack gap="sm">
        {shown.map((q) => (
          <QuestionField key={q.id} question={q} value={values[q.id]} error={errors[q.id] ? t(surveyErrorKey(String(errors[q.id]))) : undefined} onChange={(v) => setValues((all) => ({ ...all, [q.id]: v }))} />
        ))}
        {error && <Alert color="red" role="alert">{t(error)}</Alert>}
        <Group>
          <Button type="submit" loading={busy}>{submitLabel}</Button>
          {extra}
        </Group>
      </Stack>
    </form>
  );
}
