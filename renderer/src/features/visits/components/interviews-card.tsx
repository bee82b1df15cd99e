import { Card, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLoad } from '@renderer/components/use-action';
import type { VisitDoc } from '@shared/db/schemas/visit.schema';
import type { SurveyDoc } from '@shared/db/schemas/survey.schema';
import { useObservable } from '@renderer/components/use-observable';
import { visitQuestionnaires, watchInterviews, type VisitsDeps } from '../data';
import { InterviewForm } from './interview-form';

/** An answer as management reads it: each question's choice, number or text. */
function answerText(answer: SurveyDoc, questionnaire: SurveyDoc | undefined, say: (text: { ar: string; en: string }) => string): string {
  return (questionnaire?.questions ?? []).map((question) => {
    const picked = answer.choices?.[question.id]?.map((id) => { const option = question.options.find((o) => o.id === id); return option ? say(option.text) : id; }).join('، ');
    const value = picked ?? answer.numbers?.[question.id]?.toString() ?? answer.texts?.[question.id];
    return value === undefined ? null : `${say(question.text)}: ${value}`;
  }).filter((line) => line !== null).join(' — ');
}

/** Interviews during the visit (policy 3.8d): a form per questionnaire while recording, the answers for management. */
export function InterviewsCard({ deps, visit, editable }: { deps: VisitsDeps; visit: VisitDoc; editable: boolean }) {
  const { t, i18n } = useTranslation();
  const say = (text: { ar: string; en: string }) => (i18n.language === 'ar' || text.en === '' ? text.ar : text.en);
  const questionnaires = useLoad(() => visitQuestionnaires(deps, visit), [deps, visit.questionnaireIds.join(',')]).result ?? [];
  // The interviews are the visit's list and every answer naming the visit (one whose second write was cut off).
  const { ids, answers } = useObservable(() => watchInterviews(deps, visit), [deps, visit.id, visit.interviewIds.join(','), visit.questionnaireIds.join(',')], { ids: visit.interviewIds, answers: [] });
  if (visit.questionnaireIds.length === 0) return null;
  return (
    <Card withBorder data-testid="visit-interviews" data-count={ids.length}>
      <Title order={2} size="h4" mb="sm">{t('visits.interviews.title', { count: ids.length })}</Title>
      {answers.length > 0 && (
        <Table aria-label={t('visits.interviews.answers')} mb="sm">
          <Table.Tbody>{answers.map((answer, i) => (
            <Table.Tr key={answer.id} data-testid="interview-answer"><Table.Td>{i + 1}</Table.Td><Table.Td>{answerText(answer, questionnaires.find((q) => q.id === answer.questionnaireId), say)}</Table.Td></Table.Tr>
          ))}</Table.Tbody>
        </Table>
      )}
      {answers.length < ids.length && <Text size="sm" c="dimmed">{t('visits.interviews.notHere', { count: ids.length - answers.length })}</Text>}
      {editable && (
        <Stack gap="md">{questionnaires.map((q) => (
          <Stack key={q.id} gap={4}><Text fw={600}>{q.title ? say(q.title) : q.id}</Text><InterviewForm deps={deps} visitId={visit.id} questionnaire={q} /></Stack>
        ))}</Stack>
      )}
    </Card>
  );
}
