/**
 * The dashboard's state: reads the desk's documents once per opening, hands them to its worker, and
 * recomputes every figure there when the period or a filter changes (the screen never waits on
 * 100,000 requests). useLoad drops a late answer for an older period or filter.
 */
import { useEffect } from 'react';
import type { Dashboard } from '@shared/dashboard/compute';
import type { DashboardFilters } from '@shared/dashboard/figure-types';
import { monthPeriod, monthsEndingWith, type Month } from '@shared/dashboard/period';
import { riyadhDateOf } from '@shared/calendar/iso-date';
import { useLoad } from '@renderer/components/use-action';
import { createDashboardClient, type DashboardClient } from '../data/dashboard-client';
import type { DashboardDeps } from '../data/deps';
import { readDashboardSource, type DashboardSource } from '../data/read-source';

export type DashboardState = {
  source: DashboardSource | null;
  client: DashboardClient | null;
  dashboard: Dashboard | null;
  busy: boolean;
  /** A translation key. */
  error: string | null;
};

/** The trend's months (3.8a): six months ending with the chosen one, labelled '<calendar>:<first day>'. */
function trendOf(month: Month) {
  return monthsEndingWith(month, 6).flatMap((m) => {
    const period = monthPeriod(m);
    return period.ok ? [{ label: `${m.kind}:${period.value.from}`, period: period.value }] : [];
  });
}

class PeriodError extends Error {}

export function useDashboard(deps: DashboardDeps, month: Month, filters: DashboardFilters): DashboardState {
  const loaded = useLoad(async () => {
    const source = await readDashboardSource(deps);
    const client = createDashboardClient();
    await client.load(source.data);
    return { source, client };
  }, [deps]);
  const opened = loaded.result ?? null;
  // One worker per opening: closed when the screen goes or the source is read again.
  useEffect(() => () => opened?.client.close(), [opened]);
  const computed = useLoad(async () => {
    if (!opened) return null;
    const period = monthPeriod(month);
    if (!period.ok) throw new PeriodError(period.error);
    const today = riyadhDateOf(deps.now().getTime());
    const { dashboard } = await opened.client.compute({ period: period.value, today, filters, trend: trendOf(month), holidays: opened.source.holidays, clocks: opened.source.clocks });
    return dashboard;
  }, [opened, JSON.stringify([month, filters])]);
  const periodInvalid = computed.error !== null && monthPeriod(month).ok === false;
  return {
    source: opened?.source ?? null,
    client: opened?.client ?? null,
    dashboard: computed.result ?? null,
    busy: loaded.busy || computed.busy,
    error: periodInvalid ? 'dashboard.errors.period.invalid' : (loaded.error ?? computed.error),
  };
}
