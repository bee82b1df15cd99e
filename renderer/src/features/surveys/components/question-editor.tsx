import { Card, Checkbox, Group, Select, Stack, Text, TextInput, Textarea, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QUESTION_TYPES, type QuestionType } from '@shared/db/schemas/survey.schema';
import { answerKeys } from '@shared/surveys/questionnaire';
import { toOptions, type EditableQuestion } from '../hooks/use-questionnaire-draft';

type Props = {
  question: EditableQuestion;
  index: number;
  earlier: readonly EditableQuestion[];
  error?: string;
  onChange: (patch: Partial<EditableQuestion>) => void;
  onRemove: () => void;
};

const SHOW_IF_SOURCES: readonly QuestionType[] = ['yes-no', 'single', 'multiple', 'rating', 'recommend'];

/** One question in the builder: type, Arabic and English wording, required, options, "show if" on an earlier answer. */
export function QuestionEditor({ question: q, index, earlier, error, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const sources = earlier.filter((e) => SHOW_IF_SOURCES.includes(e.type));
  const source = earlier.find((e) => e.id === q.showIf?.questionId);
  const sourceValues = source ? answerKeys({ ...source, options: toOptions(source.optionLines) }) : [];
  const valueLabel = (v: string) => (source?.type === 'yes-no' ? t(`surveys.answer.${v}`) : source?.type === 'single' || source?.type === 'multiple' ? (toOptions(source.optionLines).find((o) => o.id === v)?.text.ar ?? v) : v);
  return (
    <Card withBorder data-testid={`question-${index + 1}`}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600}>{t('surveys.builder.question', { n: index + 1 })}</Text>
          <Button variant="subtle" color="red" size="xs" onClick={onRemove}>{t('surveys.builder.remove')}</Button>
        </Group>
        {error && <Text c="red" size="sm" role="alert">{error}</Text>}
        <Select label={t('surveys.builder.type')} allowDeselect={false} value={q.type} data={QUESTION_TYPES.map((type) => ({ value: type, label: t(`surveys.type.${type}`) }))} onChange={(v) => v && onChange({ type: v as QuestionType })} />
        <TextInput label={t('surveys.builder.textAr')} dir="rtl" value={q.text.ar} onChange={(e) => onChange({ text: { ...q.text, ar: e.currentTarget.value } })} />
        <TextInput label={t('surveys.builder.textEn')} dir="ltr" value={q.text.en} onChange={(e) => onChange({ text: { ...q.text, en: e.currentTarget.value } })} />
        {(q.type === 'single' || q.type === 'multiple') && (
          <Textarea label={t('surveys.builder.options')} description={t('surveys.builder.optionsHint')} autosize minRows={2} value={q.optionLines} onChange={(e) => onChange({ optionLines: e.currentTarget.value })} />
        )}
        <Checkbox label={t('surveys.builder.required')} checked={q.required} onChange={(e) => onChange({ required: e.currentTarget.checked })} />
        {sources.length > 0 && (
          <Group grow align="flex-start">
            <Select
              label={t('surveys.builder.showIf')}
              clearable
              value={q.showIf?.questionId ?? null}
              data={sources.map((s) => ({ value: s.id, label: `${earlier.indexOf(s) + 1}. ${s.text.ar}` }))}
              onChange={(v) => onChange({ showIf: v ? { questionId: v, values: [] } : null })}
            />
            {q.showIf && (
              <Checkbox.Group
                label={t('surveys.builder.showIfValues')}
                value={q.showIf.values}
                onChange={(values) => q.showIf && onChange({ showIf: { questionId: q.showIf.questionId, values } })}
              >
                <Group mt="xs" gap="sm">
                  {sourceValues.map((v) => <Checkbox key={v} value={v} label={valueLabel(v)} />)}
                </Group>
              </Checkbox.Group>
            )}
          </Group>
        )}
      </Stack>
    </Card>
  );
}
