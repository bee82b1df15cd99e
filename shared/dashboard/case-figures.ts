/**
 * Cases on the dashboard (policy 3.5, 3.8e–f), from each case's own history: its status, unit and
 * officer at the judging day, its pauses (waiting for the complainant: not counted, as in
 * shared/cases/case-clock.ts), its acknowledgement and resolution times. Received, open and overdue at
 * the judging day; average first response (receipt → acknowledgement) and resolution (receipt →
 * resolved, pauses left out) in working days over those that happened in the period; web complaints not
 * yet acknowledged (3.5a); per liaison officer their load and overdue cases (3.8f).
 */
import type { CaseClockTable } from '../catalog/case-catalog';
import { CLOCK_RUNNING_CASE_STATUSES, type CaseStatus } from '../cases/case-status';
import type { CaseDoc } from '../db/schemas/case.schema';
import { riyadhDay, type DayIndex } from './day-index';
import { averageOf, figure, push, countRows, type DashboardFilters, type Figure, type FigureRow } from './figure-types';
import { fieldAt } from './history-at';
import type { Span } from './request-figures';

export type CaseFacts = Pick<CaseDoc, 'id' | 'kind' | 'category' | 'channel' | 'unitId' | 'officerId' | 'history' | 'startedAt' | 'pauses' | 'acknowledgedAt' | 'source'> & {
  resolution: { resolvedAt: string } | null;
};

type DayPause = { from: number; to: number | null };

/**
 * Counted working days after the start day up to `until` (pauses left out: a pause covers the days after
 * its start day up to and including its end day; one still open at `until` covers every day after its start).
 */
export function countedDays(start: number, pauses: readonly DayPause[], until: number, days: DayIndex): number {
  let counted = days.between(start, until);
  for (const pause of pauses) {
    const lo = Math.max(pause.from, start);
    const hi = Math.min(pause.to === null || pause.to > until ? until : pause.to, until);
    counted -= days.between(lo, hi);
  }
  return counted;
}

/**
 * Overdue at `asOf` (as case-clock.ts judges it): the clock runs, no pause is open, and the due day (the
 * resolveDays-th counted day) is before `asOf`. With exactly resolveDays counted, `asOf` is the due day
 * itself when it counts, else the due day has passed.
 */
function overdueAt(start: number, pauses: readonly DayPause[], asOf: number, resolveDays: number, days: DayIndex): boolean {
  if (pauses.some((pause) => pause.from <= asOf && (pause.to === null || pause.to > asOf))) return false;
  const counted = countedDays(start, pauses, asOf, days);
  if (counted !== resolveDays) return counted > resolveDays;
  return countedDays(start, pauses, asOf - 1, days) === counted;
}

type Groups = { received: Map<string, string[]>; open: Map<string, string[]>; overdue: Map<string, string[]>; web: string[]; load: Map<string, string[]>; late: Map<string, string[]>; first: Map<string, { ids: string[]; days: number[] }>; resolved: Map<string, { ids: string[]; days: number[] }> };

function addDays(groups: Map<string, { ids: string[]; days: number[] }>, group: string, id: string, value: number): void {
  const entry = groups.get(group) ?? { ids: [], days: [] };
  entry.ids.push(id);
  entry.days.push(value);
  groups.set(group, entry);
}

const averageRows = (groups: Map<string, { ids: string[]; days: number[] }>): FigureRow[] =>
  [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([group, { ids, days }]) => ({ group, value: averageOf(days), count: ids.length, ids }));

function visit(doc: CaseFacts, span: Span, filters: DashboardFilters, clocks: CaseClockTable, days: DayIndex, groups: Groups): void {
  // A compensation case is the committee's (policy 3.4): it has its own machine and no case clock, and
  // stays out of the case figures, as it stays out of the case lists. A data request (PDPL) likewise: its
  // clock is 30 calendar days, not the working-day case clock these figures count against.
  if (doc.kind === 'compensation' || doc.kind === 'data-request') return;
  const start = riyadhDay(doc.startedAt);
  if (start > span.asOf) return;
  if (filters.category !== '' && doc.category !== filters.category) return;
  if (filters.channel !== '' && doc.channel !== filters.channel) return;
  if (filters.unitId !== '' && fieldAt(doc.history, 'unitId', span.asOf, doc.unitId) !== filters.unitId) return;
  const group = doc[filters.caseDimension];
  const status = fieldAt(doc.history, 'to', span.asOf, 'received') as CaseStatus;
  const pauses = doc.pauses.map((p) => ({ from: riyadhDay(p.from), to: p.to === null ? null : riyadhDay(p.to) })).filter((p) => p.from <= span.asOf);
  if (start >= span.from && start <= span.to) push(groups.received, group, doc.id);
  const acknowledged = doc.acknowledgedAt === null ? null : riyadhDay(doc.acknowledgedAt);
  if (acknowledged !== null && acknowledged >= span.from && acknowledged <= span.to) addDays(groups.first, group, doc.id, days.between(start, acknowledged));
  const resolved = doc.resolution === null ? null : riyadhDay(doc.resolution.resolvedAt);
  if (resolved !== null && resolved >= span.from && resolved <= span.to) addDays(groups.resolved, group, doc.id, countedDays(start, pauses, resolved, days));
  if (status === 'closed') return;
  const officer = fieldAt(doc.history, 'officerId', span.asOf, doc.history.some((e) => e.officerId !== undefined) ? '' : doc.officerId);
  push(groups.open, group, doc.id);
  push(groups.load, officer, doc.id);
  if (doc.source === 'web' && (acknowledged === null || acknowledged > span.asOf)) groups.web.push(doc.id);
  if (CLOCK_RUNNING_CASE_STATUSES.includes(status) && overdueAt(start, pauses, span.asOf, clocks[doc.kind].resolveDays, days)) {
    push(groups.overdue, group, doc.id);
    push(groups.late, officer, doc.id);
  }
}

/** The case and liaison-officer figures; rows by the chosen dimension (kind, category or channel), officers by id ('' = unassigned). */
export function caseFigures(cases: readonly CaseFacts[], span: Span, filters: DashboardFilters, clocks: CaseClockTable, days: DayIndex): Figure[] {
  const groups: Groups = { received: new Map(), open: new Map(), overdue: new Map(), web: [], load: new Map(), late: new Map(), first: new Map(), resolved: new Map() };
  for (const doc of cases) visit(doc, span, filters, clocks, days, groups);
  return [
    figure('cases.received', countRows(groups.received)),
    figure('cases.open', countRows(groups.open)),
    figure('cases.overdue', countRows(groups.overdue)),
    figure('cases.first-response', averageRows(groups.first)),
    figure('cases.resolution', averageRows(groups.resolved)),
    figure('cases.web-unacknowledged', groups.web.length === 0 ? [] : countRows(new Map([['web', groups.web]]))),
    figure('liaison.load', countRows(groups.load)),
    figure('liaison.overdue', countRows(groups.late)),
  ];
}
