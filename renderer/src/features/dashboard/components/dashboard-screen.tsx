/**
 * Management's dashboard (policy 3.8e–f): every figure with the clause it measures, a chart and its
 * table, the list behind any row, exports (aggregate XLSX and PDF with small groups hidden; named lists
 * for managers and admins; all audited). It works on what this desk holds and says as of which sync.
 */
import { useMemo, useState } from 'react';
import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { riyadhDateOf } from '@shared/calendar/iso-date';
import { NO_FILTERS, type DashboardFilters, type Figure, type FigureRow } from '@shared/dashboard/figure-types';
import { mayExportNamedList } from '@shared/dashboard/small-groups';
import type { Month } from '@shared/dashboard/period';
import { useAction } from '@renderer/components/use-action';
import { useLocale } from '@renderer/i18n/use-locale';
import type { DashboardDeps } from '../data/deps';
import { exportAggregateXlsx, exportDashboardPdf, exportNamedList } from '../data/export';
import type { Wording } from '../data/export-sheets';
import type { DocRef } from '../data/read-source';
import { useDashboard } from '../hooks/use-dashboard';
import { useFigureText } from '../hooks/use-figure-text';
import { DrillDown, type DrillList } from './drill-down';
import { FigureCard } from './figure-card';
import { FilterBar } from './filter-bar';

export type DashboardScreenProps = {
  deps: DashboardDeps;
  associationName: string;
  /** The desk's last sync, already worded (null: never synced). */
  lastSync: string | null;
  hrefOf: (ref: DocRef) => string | null;
};

export function DashboardScreen({ deps, associationName, lastSync, hrefOf }: DashboardScreenProps) {
  const { t } = useTranslation();
  const rtl = useLocale() === 'ar';
  // Opens on this Gregorian month (Riyadh).
  const [month, setMonth] = useState<Month>(() => {
    const today = riyadhDateOf(deps.now().getTime());
    return { kind: 'gregorian', year: Number(today.slice(0, 4)), month: Number(today.slice(5, 7)) };
  });
  const [filters, setFilters] = useState<DashboardFilters>(NO_FILTERS);
  const [drill, setDrill] = useState<DrillList | null>(null);
  const state = useDashboard(deps, month, filters);
  const text = useFigureText(state.source?.labels ?? null, filters.caseDimension);
  const unitLabel = (unitId: string) => text.groupLabel('requests.volume', unitId);
  const STATUS_KEYS: Partial<Record<DocRef['kind'], string>> = { case: 'cases.status', request: 'intake.status', visit: 'visits.status' };
  const statusLabel = (ref: DocRef) => (STATUS_KEYS[ref.kind] ? t(`${STATUS_KEYS[ref.kind]}.${ref.status}`) : '');
  const wording: Wording = { rtl, t: (key, values) => t(key, values ?? {}), groupLabel: text.groupLabel, number: text.number, statusLabel, unitLabel };
  const exportAction = useAction(async (kind: 'xlsx' | 'pdf' | 'list') => {
    const { dashboard, client } = state;
    if (!dashboard || !client) return null;
    if (kind === 'xlsx') await exportAggregateXlsx(deps, client, dashboard, wording);
    if (kind === 'pdf') {
      const facts = [
        { label: t('dashboard.export.period'), value: `${text.date(dashboard.period.from)} – ${text.date(dashboard.period.to)}` },
        { label: t('dashboard.export.asOf'), value: text.date(dashboard.asOf) },
        { label: t('dashboard.export.syncedAt'), value: lastSync ?? t('dashboard.export.never') },
        { label: t('dashboard.export.printedAt'), value: text.date(deps.now().toISOString().slice(0, 10)) },
      ];
      await exportDashboardPdf(deps, dashboard, wording, { associationName, facts });
    }
    if (kind === 'list' && drill) {
      const outcome = await exportNamedList(deps, client, drill, dashboard, wording);
      if (!outcome.ok) return outcome.error;
    }
    return kind;
  });
  const runExport = async (kind: 'xlsx' | 'pdf' | 'list') => {
    const outcome = await exportAction.run(kind);
    if (outcome.ok && outcome.value === 'dashboard.errors.not-allowed') exportAction.fail(outcome.value);
  };
  const openDrill = useMemo(
    () => (figure: Figure, row: FigureRow) => {
      // A visit with two open actions stands twice behind its row: listed once.
      const refs = [...new Set(row.ids)].flatMap((id) => state.source?.refs.get(id) ?? []);
      const group = text.groupLabel(figure.key, row.group);
      setDrill({ title: t('dashboard.drill.title', { figure: t(`dashboard.figures.${figure.key}`), group }), figure: figure.key, group: row.group, refs });
    },
    [state.source, text, t],
  );
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">
        {t('dashboard.title')}
      </Title>
      <Text data-testid="dashboard-sync">{lastSync ? t('dashboard.lastSync', { time: lastSync }) : t('dashboard.neverSynced')}</Text>
      <FilterBar month={month} filters={filters} labels={state.source?.labels ?? null} onMonth={setMonth} onFilters={setFilters} />
      {state.error && (
        <Alert color="red" role="alert">
          {t(state.error)}
        </Alert>
      )}
      {exportAction.error && (
        <Alert color="red" role="alert">
          {t(exportAction.error)}
        </Alert>
      )}
      {(exportAction.result === 'xlsx' || exportAction.result === 'pdf' || exportAction.result === 'list') && (
        <Alert color="teal" role="status">
          {t('dashboard.export.done')}
        </Alert>
      )}
      {state.busy || !state.dashboard ? (
        !state.error && <Loader aria-label={t('dashboard.computing')} />
      ) : (
        <>
          <Group justify="space-between">
            <Text c="dimmed" data-testid="dashboard-as-of">
              {t('dashboard.judgedOn', { date: text.date(state.dashboard.asOf) })}
            </Text>
            <Group gap="xs">
              <Button onClick={() => void runExport('xlsx')} loading={exportAction.busy}>
                {t('dashboard.export.xlsx')}
              </Button>
              <Button variant="light" onClick={() => void runExport('pdf')} loading={exportAction.busy}>
                {t('dashboard.export.pdf')}
              </Button>
            </Group>
          </Group>
          {drill && (
            <DrillDown list={drill} statusLabel={statusLabel} unitLabel={unitLabel} hrefOf={hrefOf} canExport={mayExportNamedList(deps.actor.roles)} exporting={exportAction.busy} onExport={() => void runExport('list')} onClose={() => setDrill(null)} />
          )}
          {state.dashboard.figures.map((figure) => (
            <FigureCard key={figure.key} figure={figure} text={text} rtl={rtl} onDrill={openDrill} />
          ))}
        </>
      )}
    </Stack>
  );
}
