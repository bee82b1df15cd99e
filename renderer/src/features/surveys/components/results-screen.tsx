import { useState } from 'react';
import { Card, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { INDEX_GROUPS, MIN_REPORTABLE, type IndexGroupBy } from '@shared/surveys/satisfaction-index';
import { useObservable } from '@renderer/components/use-observable';
import { watchCampaigns } from '../data/campaigns';
import { watchResults } from '../data/results';
import type { SurveysDeps } from '../data/deps';

type Props = { deps: SurveysDeps; campaignId: string; keyLabel: (groupBy: IndexGroupBy, key: string) => string };

/** The results (policy 3.8): the response rate of a campaign, and the satisfaction index with its counts. */
export function ResultsScreen({ deps, campaignId: initial, keyLabel }: Props) {
  const { t } = useTranslation();
  const [campaignId, setCampaignId] = useState(initial);
  const [groupBy, setGroupBy] = useState<IndexGroupBy>('all');
  const campaigns = useObservable(() => watchCampaigns(deps), [deps], []);
  const results = useObservable(() => watchResults(deps, campaignId, groupBy), [deps, campaignId, groupBy], null);
  const rate = results?.rate;
  const figure = (label: string, value: string | number, testId: string) => (
    <div>
      <Text size="xs" c="dimmed">{label}</Text>
      <Text fw={600} data-testid={testId}>{value}</Text>
    </div>
  );
  return (
    <Stack gap="md">
      <Title order={1} size="h2">{t('surveys.results.title')}</Title>
      <Group grow>
        <Select label={t('surveys.results.campaign')} allowDeselect={false} value={campaignId} data={[{ value: '', label: t('surveys.results.allAnswers') }, ...campaigns.map((c) => ({ value: c.id, label: c.name ?? c.id }))]} onChange={(v) => setCampaignId(v ?? '')} />
        <Select label={t('surveys.results.groupBy')} allowDeselect={false} value={groupBy} data={INDEX_GROUPS.map((g) => ({ value: g, label: t(`surveys.group.${g}`) }))} onChange={(v) => v && setGroupBy(v as IndexGroupBy)} />
      </Group>
      {rate && (
        <Card withBorder data-testid="response-rate">
          <Title order={2} size="h4" mb="xs">{t('surveys.results.response')}</Title>
          <SimpleGrid cols={{ base: 2, sm: 6 }}>
            {figure(t('surveys.results.sampled'), rate.sampled, 'rate-sampled')}
            {figure(t('surveys.outcome.answered'), rate.answered, 'rate-answered')}
            {figure(t('surveys.outcome.unreachable'), rate.unreachable, 'rate-unreachable')}
            {figure(t('surveys.outcome.pending'), rate.pending, 'rate-pending')}
            {figure(t('surveys.results.attempts'), rate.attempts, 'rate-attempts')}
            {figure(t('surveys.results.rate'), rate.rate === null ? '—' : t('surveys.results.percent', { value: rate.rate }), 'rate-value')}
          </SimpleGrid>
        </Card>
      )}
      <Card withBorder>
        <Title order={2} size="h4" mb="xs">{t('surveys.results.index')}</Title>
        <Text size="sm" c="dimmed" mb="xs">{t('surveys.results.indexHint', { min: MIN_REPORTABLE })}</Text>
        {(results?.rows ?? []).length === 0 ? (
          <Text c="dimmed">{t('surveys.results.noAnswers')}</Text>
        ) : (
          <Table withTableBorder aria-label={t('surveys.results.index')} data-testid="index-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t(`surveys.group.${groupBy}`)}</Table.Th>
                <Table.Th>{t('surveys.results.count')}</Table.Th>
                <Table.Th>{t('surveys.results.indexValue')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(results?.rows ?? []).map((row) => (
                <Table.Tr key={row.key}>
                  <Table.Td>{row.key === '' ? t(groupBy === 'all' ? 'surveys.group.all' : 'surveys.results.none') : keyLabel(groupBy, row.key)}</Table.Td>
                  <Table.Td>{row.count}</Table.Td>
                  <Table.Td>{row.tooFew ? <Text span c="dimmed">{t('surveys.results.tooFew')}</Text> : row.index}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
    </Stack>
  );
}
