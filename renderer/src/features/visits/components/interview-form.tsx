import { useState } from 'react';
import { Alert, Button, Checkbox, Fieldset, Group, NativeSelect, Radio, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Question, SurveyDoc } from '@shared/db/schemas/survey.schema';
import { visibleQuestions, YES_NO, type AnswerValue, type AnswerValues } from '@shared/surveys/answer-values';
import { recordInterview, type VisitsDeps } from '../data';
import { useVisitAction } from '../hooks/use-visit-action';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

function QuestionField({ question, value, error, onChange }: { question: Question; value: AnswerValue; error?: string; onChange: (value: AnswerValue) => void }) {
  const { t, i18n } = useTranslation();
  const say = (text: { ar: string; en: string }) => (i18n.language === 'ar' || text.en === '' ? text.ar : text.en);
  const label = say(question.text);
  const common = { label, required: question.required, error };
  if (question.type === 'rating' || question.type === 'recommend') {
    const values = question.type === 'rating' ? range(1, 5) : range(0, 10);
    return <NativeSelect {...common} value={value === undefined || value === null ? '' : String(value)} onChange={(e) => onChange(e.currentTarget.value === '' ? null : Number(e.currentTarget.value))}
      data={[{ value: '', label: t('visits.plan.choose') }, ...values.map((v) => ({ value: v, label: v }))]} />;
  }
  if (question.type === 'text') return <Textarea {...common} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.currentTarget.value)} />;
  const options = question.type === 'yes-no' ? YES_NO.map((id) => ({ id, label: t(`visits.interviews.${id}`) })) : question.options.map((o) => ({ id: o.id, label: say(o.text) }));
  if (question.type === 'multiple') {
    return <Checkbox.Group {...common} value={Array.isArray(value) ? [...(value as string[])] : []} onChange={onChange}><Group mt={4}>{options.map((o) => <Checkbox key={o.id} value={o.id} label={o.label} />)}</Group></Checkbox.Group>;
  }
  return <Radio.Group {...common} value={typeof value === 'string' ? value : ''} onChange={onChange}><Group mt={4}>{options.map((o) => <Radio key={o.id} value={o.id} label={o.label} />)}</Group></Radio.Group>;
}

/** One interview (policy 3.8d): the questionnaire's questions ("show if" applied), recorded as a survey answer. */
export function InterviewForm({ deps, visitId, questionnaire }: { deps: VisitsDeps; visitId: string; questionnaire: SurveyDoc }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<AnswerValues>({});
  const [fields, setFields] = useState<Partial<Record<string, string>>>({});
  const save = useVisitAction();
  const shown = visibleQuestions(questionnaire.questions ?? [], values);
  const submit = () => save.run(async () => {
    const done = await recordInterview(deps, visitId, questionnaire.id, values);
    if (done.ok) {
      setValues({});
      setFields({});
      return done;
    }
    setFields(done.error.fields ?? {});
    return { ok: false, error: done.error.key } as const;
  });
  return (
    <Stack gap="xs" data-testid="interview-form" data-questionnaire={questionnaire.id}>
      {/* Held while saving: the interview counts as soon as its answer is written, before the form empties. */}
      <Fieldset variant="unstyled" disabled={save.busy}>
        <Stack gap="xs">{shown.map((question) => (
          <QuestionField key={question.id} question={question} value={values[question.id]} error={fields[question.id] ? t(`visits.interviews.errors.${fields[question.id]}`) : undefined}
            onChange={(value) => setValues((current) => ({ ...current, [question.id]: value }))} />
        ))}</Stack>
      </Fieldset>
      {save.problem && <Alert color="red" role="alert">{t(save.problem)}</Alert>}
      <Group><Button loading={save.busy} onClick={() => void submit()}>{t('visits.interviews.save')}</Button></Group>
    </Stack>
  );
}
