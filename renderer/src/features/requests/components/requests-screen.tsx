import { useState, type ComponentProps } from 'react';
import { Alert, Button, Card, Group, NativeSelect, SimpleGrid, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { of } from 'rxjs';
import type { CatalogDoc } from '@shared/db/schemas/catalog.schema';
import type { WaslDatabase } from '@renderer/db/database';
import { useObservable } from '@renderer/components/use-observable';
import { useLocale } from '@renderer/i18n/use-locale';
import { LIST_STEP, type QueuePage, type QueueRow, type RequestSources } from '../data/request-rows';
import { ListMore } from './list-more';
import { RequestTable } from './request-table';
import '@renderer/styles/intake.css';

type Props = {
  db: WaslDatabase;
  sources: RequestSources;
  /** The units whose queues this user works; null = every unit (admin, manager). */
  myUnits: readonly string[] | null;
  canTake: boolean;
  onOpen: (requestId: string) => void;
  onNew: () => void;
};

/** Names of the beneficiaries the lists show (read in one query per list change). */
function useNames(db: WaslDatabase, rows: readonly QueueRow[]): (id: string) => string {
  const key = [...new Set(rows.map((r) => r.request.beneficiaryId))].sort().join(',');
  const docs = useObservable(() => (key !== '' ? db.beneficiaries.findByIds(key.split(',')).$ : of(new Map())), [db, key], null);
  return (id) => docs?.get(id)?.fullName ?? '';
}

type More = { count: number; onMore: () => void };

const NO_ROWS: QueuePage = { rows: [], count: 0 };

/** How many rows a list shows: its first LIST_STEP, more on each request; back to the first when `scope` changes. */
function useListLimit(scope = ''): [number, () => void] {
  const [state, setState] = useState({ scope, limit: LIST_STEP });
  // Adjusted while rendering (React's pattern for state that follows a prop): coming back to a unit starts again too.
  if (state.scope !== scope) setState({ scope, limit: LIST_STEP });
  const limit = state.scope === scope ? state.limit : LIST_STEP;
  return [limit, () => setState((now) => ({ scope: now.scope, limit: now.limit + LIST_STEP }))];
}

/**
 * One titled list (overdue, due soon, to refer); the table is named by the same title. It shows its
 * first rows, the whole list's count, and more on request (a list can run to hundreds).
 */
function ListCard({ className, more, ...table }: { className: string; more?: More } & ComponentProps<typeof RequestTable>) {
  return (
    <Card withBorder className={className}>
      <Title order={2} size="h4" mb="sm">
        {table.label}
      </Title>
      <RequestTable {...table} />
      {more && <ListMore shown={table.rows.length} count={more.count} onMore={more.onMore} />}
    </Card>
  );
}

/** The requests desk: overdue and due-soon lists for everyone, the signed ones to refer, and the queue of a unit. */
export function RequestsScreen({ db, sources, myUnits, canTake, onOpen, onNew }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const unitDocs = useObservable(() => db.catalog.find({ selector: { kind: 'unit' }, sort: [{ order: 'asc' }] }).$, [db], null);
  const units = (unitDocs ?? []).map((d) => d.toMutableJSON()).filter((u) => (myUnits ? myUnits.includes(u.key) : u.active));
  const [picked, setPicked] = useState('');
  const unitId = units.some((u) => u.key === picked) ? picked : (units[0]?.key ?? '');
  const [dueLimit, moreDue] = useListLimit();
  const [toReferLimit, moreToRefer] = useListLimit();
  // Another unit's queue starts again at its first rows.
  const [queueLimit, moreQueue] = useListLimit(unitId);
  const due = useObservable(() => sources.dueLists(dueLimit), [sources, dueLimit], null);
  const queuePage = useObservable(() => (unitId ? sources.unitQueue(unitId, queueLimit) : of(NO_ROWS)), [sources, unitId, queueLimit], null);
  const toReferPage = useObservable(() => sources.toRefer(toReferLimit), [sources, toReferLimit], null);
  const queue = queuePage?.rows ?? [];
  const toRefer = toReferPage?.rows ?? [];
  const overdue = due?.overdue ?? [];
  const dueSoon = due?.dueSoon ?? [];
  const nameOf = useNames(db, [...overdue, ...dueSoon, ...toRefer, ...queue]);
  const label = (u: CatalogDoc) => (locale === 'ar' ? u.labelAr : u.labelEn);
  const unitLabel = units.find((u) => u.key === unitId);

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('requests.title')}
        </Title>
        {canTake && <Button onClick={onNew}>{t('requests.newRequest')}</Button>}
      </Group>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <ListCard className="wasl-list-overdue" label={t('requests.overdue')} rows={overdue} nameOf={nameOf} onOpen={onOpen} more={{ count: due?.overdueCount ?? 0, onMore: moreDue }} />
        <ListCard className="wasl-list-due-soon" label={t('requests.dueSoon')} rows={dueSoon} nameOf={nameOf} onOpen={onOpen} more={{ count: due?.dueSoonCount ?? 0, onMore: moreDue }} />
      </SimpleGrid>
      <ListCard className="wasl-list-to-refer" label={t('requests.toRefer')} rows={toRefer} nameOf={nameOf} onOpen={onOpen} more={{ count: toReferPage?.count ?? 0, onMore: moreToRefer }} />
      <Card withBorder>
        {units.length === 0 ? (
          <Alert color="yellow">{t('requests.noUnits')}</Alert>
        ) : (
          <Stack gap="sm">
            <Group justify="space-between" align="flex-end">
              <Title order={2} size="h4">
                {t('requests.queue', { unit: unitLabel ? label(unitLabel) : '' })}
              </Title>
              {units.length > 1 && (
                <NativeSelect label={t('requests.unitFilter')} value={unitId} data={units.map((u) => ({ value: u.key, label: label(u) }))} onChange={(e) => setPicked(e.currentTarget.value)} />
              )}
            </Group>
            <RequestTable label={t('requests.queue', { unit: unitLabel ? label(unitLabel) : '' })} rows={queue} nameOf={nameOf} onOpen={onOpen} />
            <ListMore shown={queue.length} count={queuePage?.count ?? 0} onMore={moreQueue} />
          </Stack>
        )}
      </Card>
    </Stack>
  );
}
