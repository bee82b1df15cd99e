import { useState } from 'react';
import { Alert, Button, Card, Group, NativeSelect, NumberInput, Stack, Table, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useObservable } from '@renderer/components/use-observable';
import type { VisitDoc } from '@shared/db/schemas/visit.schema';
import { addAction, markActionDone, watchStaffOptions, type VisitsDeps } from '../data';
import { useVisitAction } from '../hooks/use-visit-action';

/** Corrective actions opened by failed items and follow-ups, each with its owner and working-day due date. */
export function ActionsCard({ deps, visit }: { deps: VisitsDeps; visit: VisitDoc }) {
  const { t } = useTranslation();
  const staff = useObservable(() => watchStaffOptions(deps), [deps], []);
  const name = (id: string) => staff.find((s) => s.id === id)?.name ?? id;
  const [text, setText] = useState('');
  const [owner, setOwner] = useState('');
  const [days, setDays] = useState<number | string>(5);
  const act = useVisitAction();
  const add = async () => {
    if (await act.run(() => addAction(deps, visit.id, text, owner, Number(days)))) setText('');
  };
  return (
    <Card withBorder data-testid="visit-actions">
      <Title order={2} size="h4" mb="sm">{t('visits.actions.title')}</Title>
      <Table aria-label={t('visits.actions.title')}>
        <Table.Thead><Table.Tr><Table.Th>{t('visits.actions.text')}</Table.Th><Table.Th>{t('visits.actions.owner')}</Table.Th><Table.Th>{t('visits.actions.due')}</Table.Th><Table.Th>{t('visits.actions.state')}</Table.Th></Table.Tr></Table.Thead>
        <Table.Tbody>
          {visit.actions.map((action) => (
            <Table.Tr key={action.id} data-testid="visit-action" data-item={action.itemKey} data-status={action.status}>
              <Table.Td>{action.text}</Table.Td><Table.Td>{name(action.ownerId)}</Table.Td><Table.Td>{action.dueDate}</Table.Td>
              <Table.Td>{action.status === 'done' ? t('visits.actions.done') : (
                <Button size="xs" variant="light" onClick={() => void act.run(() => markActionDone(deps, visit.id, action.id))}>{t('visits.actions.markDone')}</Button>
              )}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Stack gap="xs" mt="sm">
        <TextInput label={t('visits.actions.new')} value={text} onChange={(e) => setText(e.currentTarget.value)} />
        <Group align="end">
          <NativeSelect label={t('visits.actions.owner')} value={owner} onChange={(e) => setOwner(e.currentTarget.value)} data={[{ value: '', label: t('visits.plan.choose') }, ...staff.map((s) => ({ value: s.id, label: s.name }))]} />
          <NumberInput label={t('visits.actions.days')} value={days} min={1} max={120} onChange={setDays} w={140} />
          <Button loading={act.busy} onClick={() => void add()}>{t('visits.actions.add')}</Button>
        </Group>
        {act.problem && <Alert color="red" role="alert">{t(act.problem)}</Alert>}
      </Stack>
    </Card>
  );
}
