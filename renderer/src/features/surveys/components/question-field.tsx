import { Checkbox, Group, Radio, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SURVEY_LIMITS, type Question, type Wording } from '@shared/db/schemas/survey.schema';
import { YES_NO, type AnswerValue } from '@shared/surveys/answer-values';

type Props = { question: Question; value: AnswerValue; error?: string; onChange: (value: AnswerValue) => void };

const SCALES: Partial<Record<Question['type'], number[]>> = {
  rating: [1, 2, 3, 4, 5],
  recommend: Array.from({ length: 11 }, (_, i) => i),
};

/** The wording in the desk's language; Arabic when no English was written. */
export function useWording(): (w: Wording) => string {
  const { i18n } = useTranslation();
  return (w) => (i18n.language.startsWith('en') && w.en.trim() !== '' ? w.en : w.ar);
}

/** One question as its type asks: a scale, yes/no, one or several choices, or free text. */
export function QuestionField({ question, value, error, onChange }: Props) {
  const { t } = useTranslation();
  const say = useWording();
  const label = say(question.text);
  const scale = SCALES[question.type];
  const common = { label, error, withAsterisk: question.required, 'data-question': question.id };
  if (scale) {
    return (
      <Radio.Group {...common} value={typeof value === 'number' ? String(value) : ''} onChange={(v) => onChange(Number(v))}>
        <Group mt="xs" gap="sm">
          {scale.map((n) => <Radio key={n} value={String(n)} label={String(n)} />)}
        </Group>
      </Radio.Group>
    );
  }
  if (question.type === 'text') {
    return <Textarea {...common} autosize minRows={2} maxLength={SURVEY_LIMITS.freeText} autoComplete="off" value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.currentTarget.value)} />;
  }
  const options = question.type === 'yes-no' ? YES_NO.map((id) => ({ id, label: t(`surveys.answer.${id}`) })) : question.options.map((o) => ({ id: o.id, label: say(o.text) }));
  if (question.type === 'multiple') {
    return (
      <Checkbox.Group {...common} value={Array.isArray(value) ? [...value] : []} onChange={onChange}>
        <Stack mt="xs" gap={4}>
          {options.map((o) => <Checkbox key={o.id} value={o.id} label={o.label} />)}
        </Stack>
      </Checkbox.Group>
    );
  }
  return (
    <Radio.Group {...common} value={typeof value === 'string' ? value : ''} onChange={onChange}>
      <Group mt="xs" gap="sm">
        {options.map((o) => <Radio key={o.id} value={o.id} label={o.label} />)}
      </Group>
    </Radio.Group>
  );
}
