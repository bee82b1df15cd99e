import { useState } from 'react';
import { Alert, Button, Group, Loader, Menu, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QUESTION_TYPES, type SurveyDoc } from '@shared/db/schemas/survey.schema';
import type { QuestionnaireErrors } from '@shared/surveys/questionnaire';
import { useAction, useLoad } from '@renderer/components/use-action';
import { useObservable } from '@renderer/components/use-observable';
import { answerCount, saveQuestionnaireDraft } from '../data/questionnaires';
import type { SurveysDeps } from '../data/deps';
import { surveyErrorKey } from '../hooks/survey-error-key';
import { toDraft, useQuestionnaireDraft } from '../hooks/use-questionnaire-draft';
import { QuestionEditor } from './question-editor';

type Props = { deps: SurveysDeps; questionnaireId: string | null; onSaved: (id: string) => void };

/** The admin's builder (policy 3.8): a new questionnaire, or an edit of a version (a new version once it has answers). */
export function QuestionnaireBuilder({ deps, questionnaireId, onSaved }: Props) {
  const { t } = useTranslation();
  const source = useObservable(() => deps.db.surveys.findOne(questionnaireId ?? '__none__').$, [deps.db, questionnaireId], undefined);
  if (questionnaireId && source === undefined) return <Loader aria-label={t('app.loading')} />;
  if (questionnaireId && (!source || source.kind !== 'questionnaire')) return <Alert color="yellow">{t('surveys.notFound')}</Alert>;
  return <BuilderForm key={questionnaireId ?? 'new'} deps={deps} source={source ? source.toMutableJSON() : null} onSaved={onSaved} />;
}

function BuilderForm({ deps, source, onSaved }: { deps: SurveysDeps; source: SurveyDoc | null; onSaved: (id: string) => void }) {
  const { t } = useTranslation();
  const draft = useQuestionnaireDraft(source);
  const answers = useLoad(() => (source ? answerCount(deps, source.id) : Promise.resolve(0)), [deps, source?.id]).result ?? 0;
  const [errors, setErrors] = useState<QuestionnaireErrors>({});
  const save = useAction(saveQuestionnaireDraft);
  const tr = (code?: string) => (code ? t(surveyErrorKey(code)) : undefined);
  const submit = async () => {
    const outcome = await save.run(deps, source?.id ?? null, toDraft(draft.title, draft.questions));
    if (!outcome.ok) return;
    if (!outcome.value.ok) return setErrors(outcome.value.error);
    setErrors({});
    onSaved(outcome.value.value.doc.id);
  };
  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {source ? t('surveys.builder.editTitle', { version: source.seriesVersion ?? 1 }) : t('surveys.builder.newTitle')}
      </Title>
      {answers > 0 && <Alert color="blue" data-testid="locked-note">{t('surveys.builder.locked', { count: answers })}</Alert>}
      <TextInput label={t('surveys.builder.titleAr')} dir="rtl" withAsterisk value={draft.title.ar} error={tr(errors.title)} onChange={(e) => draft.setTitle({ ...draft.title, ar: e.currentTarget.value })} />
      <TextInput label={t('surveys.builder.titleEn')} dir="ltr" value={draft.title.en} onChange={(e) => draft.setTitle({ ...draft.title, en: e.currentTarget.value })} />
      {errors.questions && <Alert color="red" role="alert">{tr(errors.questions)}</Alert>}
      {draft.questions.map((q, i) => (
        <QuestionEditor key={q.id} question={q} index={i} earlier={draft.questions.slice(0, i)} error={tr(errors[q.id])} onChange={(patch) => draft.update(q.id, patch)} onRemove={() => draft.remove(q.id)} />
      ))}
      {save.error && <Alert color="red" role="alert">{t(save.error)}</Alert>}
      <Group>
        <Menu>
          <Menu.Target>
            <Button variant="default">{t('surveys.builder.add')}</Button>
          </Menu.Target>
          <Menu.Dropdown>
            {QUESTION_TYPES.map((type) => <Menu.Item key={type} onClick={() => draft.add(type)}>{t(`surveys.type.${type}`)}</Menu.Item>)}
          </Menu.Dropdown>
        </Menu>
        <Button loading={save.busy} onClick={() => void submit()}>{t('surveys.builder.save')}</Button>
      </Group>
    </Stack>
  );
}
