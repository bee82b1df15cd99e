import { useState } from 'react';
import { Card, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SurveyMethod } from '@shared/db/schemas/survey.schema';
import { useAction } from '@renderer/components/use-action';
import { useObservable } from '@renderer/components/use-observable';
import { recordServiceRating, watchRatingPrompt, type RatedService } from '../data/after-service';
import type { SurveysDeps } from '../data/deps';
import { answerRefusal } from '../hooks/answer-refusal';
import { AnswerForm } from './answer-form';

/**
 * The short rating shown on a request once answered, or a case once closed (composed by the app): asked at
 * the desk or by phone. Nothing shows without an open after-service campaign, or once this service was rated.
 */
export function AfterServiceRating({ deps, service }: { deps: SurveysDeps; service: RatedService }) {
  const { t } = useTranslation();
  const prompt = useObservable(() => watchRatingPrompt(deps, service), [deps, service.requestId, service.caseId], null);
  const [method, setMethod] = useState<SurveyMethod>('desk');
  const save = useAction(recordServiceRating);
  if (!prompt || !prompt.questionnaire.questions) return null;
  if (prompt.answered) {
    return <Text c="dimmed" size="sm" data-testid="service-rated">{t('surveys.rating.done')}</Text>;
  }
  const questions = prompt.questionnaire.questions;
  return (
    <Card withBorder data-testid="service-rating">
      <Stack gap="sm">
        <Title order={2} size="h4">{t('surveys.rating.title')}</Title>
        <SegmentedControl
          aria-label={t('surveys.campaign.method')}
          value={method}
          onChange={(v) => setMethod(v as SurveyMethod)}
          data={(['desk', 'phone'] as const).map((m) => ({ value: m, label: t(`surveys.method.${m}`) }))}
        />
        <AnswerForm
          questions={questions}
          busy={save.busy}
          error={save.error}
          submitLabel={t('surveys.rating.save')}
          onSubmit={async (values) => answerRefusal(await save.run(deps, prompt, service, method, values), save.fail)}
        />
      </Stack>
    </Card>
  );
}
