import type { ReactNode } from 'react';
import { Badge, Button, Card, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useObservable } from '@renderer/components/use-observable';
import { useLoad } from '@renderer/components/use-action';
import type { VisitDoc } from '@shared/db/schemas/visit.schema';
import { riyadhDateOf } from '@shared/calendar/iso-date';
import { mayPlanVisits, openActions, visitReadiness, watchStaffOptions, watchVisits, type VisitsDeps } from '../data';
import { PlanForm, type PickedFile } from './plan-form';

type Props = { deps: VisitsDeps; onOpen: (id: string) => void; filePicker: (onPick: (file: PickedFile) => void) => ReactNode };

/** "Ready offline" or the missing pieces, as the field worker's list shows it before leaving. */
function ReadyState({ deps, visit }: { deps: VisitsDeps; visit: VisitDoc }) {
  const { t } = useTranslation();
  const state = useLoad(() => visitReadiness(deps, visit), [deps, visit]);
  if (!state.result) return null;
  return state.result.ready
    ? <Badge color="green" data-testid="visit-ready-state" data-ready="true">{t('visits.ready.yes')}</Badge>
    : <Badge color="orange" data-testid="visit-ready-state" data-ready="false">{t('visits.ready.missing', { count: state.result.missing.length })}</Badge>;
}

/** Visits: a manager plans them and follows the corrective actions; a field worker sees its own with their offline readiness. */
export function VisitsScreen({ deps, onOpen, filePicker }: Props) {
  const { t } = useTranslation();
  const visits = useObservable(() => watchVisits(deps), [deps], null) ?? [];
  const staff = useObservable(() => watchStaffOptions(deps), [deps], []);
  const name = (id: string) => staff.find((s) => s.id === id)?.name ?? id;
  const planner = mayPlanVisits(deps.actor.roles);
  const actions = openActions(visits);
  const today = riyadhDateOf(deps.now().getTime());
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">{t('visits.title')}</Title>
      {planner && <PlanForm deps={deps} filePicker={filePicker} onPlanned={onOpen} />}
      <Card withBorder data-testid="visits-list">
        <Title order={2} size="h4" mb="sm">{t(planner ? 'visits.list.all' : 'visits.list.mine')}</Title>
        {visits.length === 0 ? <Text c="dimmed">{t('visits.list.empty')}</Text> : (
          <Table aria-label={t(planner ? 'visits.list.all' : 'visits.list.mine')}>
            <Table.Thead><Table.Tr>
              <Table.Th>{t('visits.number')}</Table.Th><Table.Th>{t('visits.plan.date')}</Table.Th><Table.Th>{t('visits.plan.fieldWorker')}</Table.Th>
              <Table.Th>{t('visits.status.label')}</Table.Th><Table.Th>{t('visits.ready.label')}</Table.Th><Table.Th />
            </Table.Tr></Table.Thead>
            <Table.Tbody>
              {visits.map((visit) => (
                <Table.Tr key={visit.id} data-testid="visit-row" data-number={visit.visitNumber}>
                  <Table.Td>{visit.visitNumber}</Table.Td><Table.Td>{visit.plannedDate}</Table.Td><Table.Td>{name(visit.fieldWorkerId)}</Table.Td>
                  <Table.Td>{t(`visits.status.${visit.status}`)}</Table.Td>
                  <Table.Td>{visit.status === 'completed' || visit.status === 'cancelled' ? null : <ReadyState deps={deps} visit={visit} />}</Table.Td>
                  <Table.Td><Button size="xs" variant="light" onClick={() => onOpen(visit.id)}>{t('visits.open', { number: visit.visitNumber })}</Button></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
      {planner && (
        <Card withBorder data-testid="visits-actions">
          <Title order={2} size="h4" mb="sm">{t('visits.actions.open')}</Title>
          {actions.length === 0 ? <Text c="dimmed">{t('visits.actions.none')}</Text> : (
            <Table aria-label={t('visits.actions.open')}>
              <Table.Thead><Table.Tr><Table.Th>{t('visits.number')}</Table.Th><Table.Th>{t('visits.actions.text')}</Table.Th><Table.Th>{t('visits.actions.owner')}</Table.Th><Table.Th>{t('visits.actions.due')}</Table.Th></Table.Tr></Table.Thead>
              <Table.Tbody>
                {actions.map((action) => (
                  <Table.Tr key={action.id} data-testid="open-action" data-overdue={String(action.dueDate < today)}>
                    <Table.Td>{action.visitNumber}</Table.Td><Table.Td>{action.text}</Table.Td><Table.Td>{name(action.ownerId)}</Table.Td>
                    <Table.Td>{action.dueDate}{action.dueDate < today ? ` — ${t('visits.actions.overdue')}` : ''}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Card>
      )}
    </Stack>
  );
}
