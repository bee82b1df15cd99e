import { Anchor, Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isSurveyOverseer } from '@shared/accounts/survey-sync-rules';
import { useObservable } from '@renderer/components/use-observable';
import { watchCampaigns } from '../data/campaigns';
import { watchLatestQuestionnaires } from '../data/questionnaires';
import type { SurveysDeps } from '../data/deps';
import { useWording } from './question-field';

type Links = { questionnaire: (id: string) => string; tasks: (id: string) => string; results: (id: string) => string };
type Props = { deps: SurveysDeps; links: Links; onNewQuestionnaire: () => void; onNewCampaign: () => void };

/** The surveys desk (policy 3.8): questionnaires and campaigns for management; every worker's campaigns to work. */
export function SurveysScreen({ deps, links, onNewQuestionnaire, onNewCampaign }: Props) {
  const { t } = useTranslation();
  const say = useWording();
  const overseer = isSurveyOverseer(deps.actor.roles);
  const questionnaires = useObservable(() => watchLatestQuestionnaires(deps), [deps], []);
  const campaigns = useObservable(() => watchCampaigns(deps), [deps], []);
  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={1} size="h2">{t('surveys.title')}</Title>
        {overseer && (
          <Group>
            <Button variant="default" onClick={onNewQuestionnaire}>{t('surveys.builder.newTitle')}</Button>
            <Button onClick={onNewCampaign}>{t('surveys.campaign.newTitle')}</Button>
          </Group>
        )}
      </Group>
      {overseer && (
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">{t('surveys.questionnaires')}</Title>
          {questionnaires.length === 0 ? <Text c="dimmed">{t('surveys.none')}</Text> : (
            <Stack gap={4}>
              {questionnaires.map((q) => (
                <Group key={q.id} gap="xs">
                  <Anchor href={`#${links.questionnaire(q.id)}`}>{q.title ? say(q.title) : q.id}</Anchor>
                  <Badge variant="light" data-testid="questionnaire-version">{t('surveys.version', { n: q.seriesVersion ?? 1 })}</Badge>
                </Group>
              ))}
            </Stack>
          )}
        </Card>
      )}
      <Card withBorder>
        <Title order={2} size="h4" mb="xs">{t('surveys.campaigns')}</Title>
        {campaigns.length === 0 ? <Text c="dimmed">{t('surveys.none')}</Text> : (
          <Table withTableBorder aria-label={t('surveys.campaigns')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('surveys.campaign.name')}</Table.Th>
                <Table.Th>{t('surveys.campaign.purpose')}</Table.Th>
                <Table.Th>{t('surveys.campaign.method')}</Table.Th>
                <Table.Th>{t('surveys.campaign.period')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {campaigns.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{c.name}</Table.Td>
                  <Table.Td>{t(`surveys.purpose.${c.purpose ?? 'periodic'}`)}</Table.Td>
                  <Table.Td>{t(`surveys.method.${c.method ?? 'desk'}`)}</Table.Td>
                  <Table.Td><bdi dir="ltr">{c.periodFrom} – {c.periodTo}</bdi></Table.Td>
                  <Table.Td>
                    <Group gap="sm">
                      <Anchor href={`#${links.tasks(c.id)}`}>{t('surveys.tasks.open')}</Anchor>
                      {overseer && <Anchor href={`#${links.results(c.id)}`}>{t('surveys.results.title')}</Anchor>}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
    </Stack>
  );
}
