import { Alert, Anchor, Badge, Card, Group, List, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { effectiveStatus } from '@shared/compensation/compensation-status';
import { riyadhDateOf } from '@shared/calendar/iso-date';
import { useObservable } from '@renderer/components/use-observable';
import { formatAmount, watchCommittee, watchCompensation, watchStaffNames, type CompensationDeps } from '../data';
import { CompensationMoves } from './compensation-moves';
import { MinuteForm } from './minute-form';
import { MinuteView } from './minute-view';
import { PaymentsSection } from './payments-section';
import { NegotiationSection, RulingSection } from './ruling-negotiation';
import { SettlementSection, type PadSlot } from './settlement-section';

type Props = { deps: CompensationDeps; id: string; caseHref: (id: string) => string; padSlot: PadSlot; associationName: string };

/**
 * One compensation case (policy 3.4): the harm claimed, the committee's minute and its decisions, the
 * ruling, the negotiation, the settlement and payments, and the history of every move.
 */
export function CompensationScreen({ deps, id, caseHref, padSlot, associationName }: Props) {
  const { t } = useTranslation();
  const doc = useObservable(() => watchCompensation(deps, id), [deps, id], undefined);
  const committee = useObservable(() => watchCommittee(deps.db), [deps.db], []);
  const names = useObservable(() => watchStaffNames(deps.db), [deps.db], new Map<string, string>());
  const nameOf = (staffId: string) => names.get(staffId) ?? staffId;
  if (doc === undefined) return <Loader aria-label={t('app.loading')} />;
  // Missing, not the actor's role, or about them: all read the same (policy 3.4, conflict of interest).
  if (doc === null || !doc.compensation) return <Alert color="yellow">{t('compensation.notFound')}</Alert>;
  const part = doc.compensation;
  const status = effectiveStatus(part);
  const editing = status === 'under-investigation' || status === 'minute-drafted' || status === 'minute-rejected';
  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={1} size="h2">{t('compensation.caseTitle')} <bdi dir="ltr" data-testid="compensation-number">{doc.caseNumber}</bdi></Title>
        <Badge size="lg" data-testid="compensation-status" data-status={status}>{t(`compensation.status.${status}`)}</Badge>
      </Group>
      <Card withBorder>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{doc.description}</Text>
        <Text size="sm" c="dimmed">{t('compensation.claimedAmount')}: {formatAmount(part.claimedAmount)} · {part.causes}</Text>
        <Anchor href={`#${caseHref(part.originCaseId)}`} size="sm">{t('compensation.origin')}</Anchor>
      </Card>
      <CompensationMoves deps={deps} caseId={doc.id} part={part} />
      <MinuteView deps={deps} doc={doc} part={part} nameOf={nameOf} associationName={associationName} />
      {editing && (
        <Card withBorder>
          <MinuteForm key={part.minute?.hash ?? 'new'} deps={deps} caseId={doc.id} committee={committee} current={part.minute} today={riyadhDateOf(deps.now().getTime())} />
        </Card>
      )}
      <RulingSection deps={deps} doc={doc} part={part} status={status} />
      <NegotiationSection deps={deps} doc={doc} part={part} status={status} />
      <SettlementSection deps={deps} doc={doc} part={part} status={status} padSlot={padSlot} />
      <PaymentsSection deps={deps} doc={doc} part={part} status={status} />
      <Card withBorder>
        <Title order={2} size="h5">{t('compensation.history')}</Title>
        <List size="sm" data-testid="compensation-history">
          {part.history.map((entry) => (
            <List.Item key={`${entry.at}-${entry.to}`}>{t(`compensation.status.${entry.to}`)} · {nameOf(entry.by)} · <bdi dir="ltr">{entry.at.slice(0, 16).replace('T', ' ')}</bdi>{entry.reason ? ` · ${entry.reason}` : ''}</List.Item>
          ))}
          {part.pastMinutes.map((past) => (
            <List.Item key={past.minute.hash}>{t('compensation.minute.past', { version: past.minute.version })}: {past.decisions.map((d) => `${nameOf(d.memberId)} ${t(`compensation.minute.decided.${d.decision}`)}${d.reason ? ` (${d.reason})` : ''}`).join('، ')}</List.Item>
          ))}
        </List>
      </Card>
    </Stack>
  );
}
