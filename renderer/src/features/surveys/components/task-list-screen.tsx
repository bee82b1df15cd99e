import { useState } from 'react';
import { Alert, Badge, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SurveyDoc } from '@shared/db/schemas/survey.schema';
import { useAction } from '@renderer/components/use-action';
import { useObservable } from '@renderer/components/use-observable';
import { watchCampaign } from '../data/campaigns';
import { recordTaskAnswer, recordTaskUnreachable, watchTasks, type TaskRow } from '../data/tasks';
import type { SurveysDeps } from '../data/deps';
import { answerRefusal } from '../hooks/answer-refusal';
import { surveyErrorKey } from '../hooks/survey-error-key';
import { AnswerForm } from './answer-form';

const OUTCOME_COLORS: Record<string, string> = { pending: 'gray', answered: 'green', unreachable: 'orange', refused: 'red' };

/** A phone or field worker's tasks in one campaign: call, then record the answers or an unreachable attempt. */
export function TaskListScreen({ deps, campaignId }: { deps: SurveysDeps; campaignId: string }) {
  const { t } = useTranslation();
  const campaign = useObservable(() => watchCampaign(deps, campaignId), [deps, campaignId], undefined);
  const questionnaire = useObservable(() => deps.db.surveys.findOne(campaign?.questionnaireId ?? '__none__').$, [deps.db, campaign?.questionnaireId], null);
  const rows = useObservable(() => watchTasks(deps, campaignId), [deps, campaignId], null);
  const [open, setOpen] = useState<string | null>(null);
  if (campaign === undefined || rows === null) return <Loader aria-label={t('app.loading')} />;
  if (!campaign) return <Alert color="yellow">{t('surveys.notFound')}</Alert>;
  return (
    <Stack gap="md">
      <Title order={1} size="h2">{t('surveys.tasks.title', { name: campaign.name ?? '' })}</Title>
      {rows.length === 0 && <Text c="dimmed">{t('surveys.tasks.empty')}</Text>}
      {rows.map((row) => (
        <TaskCard key={row.task.id} deps={deps} row={row} questionnaire={questionnaire?.toMutableJSON() ?? null} expanded={open === row.task.id} onToggle={() => setOpen(open === row.task.id ? null : row.task.id)} />
      ))}
    </Stack>
  );
}

type CardProps = { deps: SurveysDeps; row: TaskRow; questionnaire: SurveyDoc | null; expanded: boolean; onToggle: () => void };

function TaskCard({ deps, row, questionnaire, expanded, onToggle }: CardProps) {
  const { t } = useTranslation();
  const answer = useAction(recordTaskAnswer);
  const missed = useAction(recordTaskUnreachable);
  const { task } = row;
  const done = task.outcome === 'answered' || task.outcome === 'refused';
  const subject = t('surveys.tasks.subject');
  return (
    <Card withBorder data-testid="survey-task" data-outcome={task.outcome}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600}>{row.name || t('surveys.tasks.unknownFile')} <bdi dir="ltr">{row.fileNumber}</bdi></Text>
          <Badge color={OUTCOME_COLORS[task.outcome ?? 'pending']}>{t(`surveys.outcome.${task.outcome ?? 'pending'}`)}</Badge>
        </Group>
        <Text size="sm">
          {row.mobile ? <bdi dir="ltr">{row.mobile}</bdi> : t('surveys.tasks.noMobile')} · {t('surveys.tasks.attempts', { count: task.attempts?.length ?? 0 })}
        </Text>
        {!done && (
          <Group>
            <Button size="xs" variant={expanded ? 'filled' : 'light'} onClick={onToggle}>{t('surveys.tasks.answer')}</Button>
            <Button size="xs" variant="default" loading={missed.busy} onClick={() => void missed.run(deps, task.id, subject)}>{t('surveys.tasks.unreachable')}</Button>
          </Group>
        )}
        {missed.error && <Alert color="red" role="alert">{t(missed.error)}</Alert>}
        {missed.result && !missed.result.ok && <Alert color="red" role="alert">{t(surveyErrorKey(missed.result.error.code))}</Alert>}
        {expanded && !done && questionnaire?.questions && (
          <AnswerForm
            questions={questionnaire.questions}
            busy={answer.busy}
            error={answer.error}
            submitLabel={t('surveys.tasks.saveAnswer')}
            onSubmit={async (values) => answerRefusal(await answer.run(deps, task.id, values, subject), answer.fail)}
          />
        )}
      </Stack>
    </Card>
  );
}
