import { useEffect, useState } from 'react';
import { Alert, Badge, Button, Card, Group, List, Loader, Stack, Table, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLoad } from '@renderer/components/use-action';
import { useObservable } from '@renderer/components/use-observable';
import type { VisitDoc } from '@shared/db/schemas/visit.schema';
import type { MissingPiece } from '@shared/visits';
import { mayPlanVisits, moveTo, outputVisitReport, readVisit, uploadPhotos, visitReadiness, watchStaffOptions, watchTargetLabel, watchVisit, type VisitsDeps } from '../data';
import { useVisitAction } from '../hooks/use-visit-action';
import { ActionsCard } from './actions-card';
import { ChecklistCard } from './checklist-card';
import { FindingsCard } from './findings-card';
import { InterviewsCard } from './interviews-card';
import { PhotosCard } from './photos-card';
import '@renderer/styles/visits.css';

type Props = { deps: VisitsDeps; visitId: string; associationName: string };

const pieceVars = (piece: MissingPiece) => ({ id: 'id' in piece ? piece.id : '' });

function ReadinessCard({ deps, visit }: { deps: VisitsDeps; visit: VisitDoc }) {
  const { t } = useTranslation();
  const state = useLoad(() => visitReadiness(deps, visit), [deps, visit]).result;
  if (!state) return null;
  return (
    <Card withBorder data-testid="visit-readiness" data-ready={String(state.ready)}>
      <Title order={2} size="h4" mb="xs">{t('visits.ready.label')}</Title>
      {state.ready ? <Badge color="green">{t('visits.ready.yes')}</Badge> : (
        <List size="sm">{state.missing.map((piece, i) => <List.Item key={i} data-testid="missing-piece">{t(`visits.ready.piece.${piece.kind}`, pieceVars(piece))}</List.Item>)}</List>
      )}
    </Card>
  );
}

/** The moves this person may offer now; the rules decide on click (shared/visits/visit-status.ts). */
function Moves({ deps, visit }: { deps: VisitsDeps; visit: VisitDoc }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const move = useVisitAction();
  const mine = visit.fieldWorkerId === deps.actor.id;
  const offered = [
    mine && visit.status === 'planned' ? 'ready' : null,
    mine && (visit.status === 'planned' || visit.status === 'ready') ? 'in-progress' : null,
    mine && visit.status === 'in-progress' ? 'completed' : null,
  ].filter((to): to is 'ready' | 'in-progress' | 'completed' => to !== null);
  const cancellable = mayPlanVisits(deps.actor.roles) && (visit.status === 'planned' || visit.status === 'ready');
  return (
    <Stack gap="xs">
      <Group>
        {offered.map((to) => <Button key={to} loading={move.busy} onClick={() => void move.run(() => moveTo(deps, visit.id, to))}>{t(`visits.moves.${to}`)}</Button>)}
      </Group>
      {cancellable && (
        <Group align="end">
          <TextInput label={t('visits.moves.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
          <Button color="red" variant="light" loading={move.busy} onClick={() => void move.run(() => moveTo(deps, visit.id, 'cancelled', reason))}>{t('visits.moves.cancelled')}</Button>
        </Group>
      )}
      {move.problem && <Alert color="red" role="alert">{t(move.problem)}</Alert>}
    </Stack>
  );
}

/** One visit: its plan, offline readiness, the field record (checklist, findings, photos, interviews), actions and report. */
function TargetLabel({ deps, visit }: { deps: VisitsDeps; visit: VisitDoc }) {
  return <>{useObservable(() => watchTargetLabel(deps, visit), [deps, visit.target, visit.siteName, visit.beneficiaryId], '')}</>;
}

export function VisitScreen({ deps, visitId, associationName }: Props) {
  const { t } = useTranslation();
  const visit = useObservable(() => watchVisit(deps, visitId), [deps, visitId], undefined);
  const staff = useObservable(() => watchStaffOptions(deps), [deps], []);
  const previous = useLoad(() => (visit?.previousVisitId ? readVisit(deps, visit.previousVisitId) : Promise.resolve(null)), [deps, visit?.previousVisitId]).result ?? null;
  const report = useVisitAction();
  const photoKey = visit?.photos.map((p) => p.file.sha256).join(',') ?? '';
  // Photos go to the server's file store when the desk is (back) online, so management's desk can print them.
  useEffect(() => {
    if (!visit || visit.photos.length === 0) return;
    const send = () => void uploadPhotos(deps, visit).catch(() => undefined);
    send();
    window.addEventListener('online', send);
    return () => window.removeEventListener('online', send);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the photos' hashes say when there is more to send
  }, [deps, photoKey]);
  if (visit === undefined) return <Loader aria-label={t('app.loading')} />;
  if (visit === null) return <Alert color="red" role="alert">{t('visits.errors.visits.not-found')}</Alert>;
  const name = (id: string) => staff.find((s) => s.id === id)?.name ?? id;
  const recording = visit.fieldWorkerId === deps.actor.id && ['planned', 'ready', 'in-progress'].includes(visit.status);
  const output = (kind: 'print' | 'save') => report.run(async () => {
    await outputVisitReport(deps, visit, associationName, kind);
    return { ok: true, value: null } as const;
  });
  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={1} size="h2">{t('visits.visitTitle')} <span data-testid="visit-number">{visit.visitNumber}</span></Title>
        <Group>
          <Button variant="light" loading={report.busy} onClick={() => void output('print')}>{t('visits.report.print')}</Button>
          <Button variant="light" loading={report.busy} onClick={() => void output('save')}>{t('visits.report.save')}</Button>
        </Group>
      </Group>
      {report.problem && <Alert color="red" role="alert">{t(report.problem)}</Alert>}
      <Card withBorder>
        <Table aria-label={t('visits.facts')} data-testid="visit-facts">
          <Table.Tbody>
            <Table.Tr><Table.Th>{t('visits.plan.target')}</Table.Th><Table.Td><TargetLabel deps={deps} visit={visit} /></Table.Td></Table.Tr>
            <Table.Tr><Table.Th>{t('visits.plan.date')}</Table.Th><Table.Td>{visit.plannedDate}</Table.Td></Table.Tr>
            <Table.Tr><Table.Th>{t('visits.plan.fieldWorker')}</Table.Th><Table.Td>{name(visit.fieldWorkerId)}</Table.Td></Table.Tr>
            <Table.Tr><Table.Th>{t('visits.status.label')}</Table.Th><Table.Td data-testid="visit-status" data-status={visit.status}>{t(`visits.status.${visit.status}`)}</Table.Td></Table.Tr>
          </Table.Tbody>
        </Table>
        <Moves deps={deps} visit={visit} />
      </Card>
      {visit.status !== 'completed' && visit.status !== 'cancelled' && <ReadinessCard deps={deps} visit={visit} />}
      <ChecklistCard deps={deps} visit={visit} editable={recording} />
      <FindingsCard deps={deps} visit={visit} editable={recording} previous={previous ? previous.findings : null} />
      <PhotosCard deps={deps} visit={visit} editable={recording} />
      <InterviewsCard deps={deps} visit={visit} editable={recording} />
      <ActionsCard deps={deps} visit={visit} />
    </Stack>
  );
}
