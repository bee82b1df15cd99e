/**
 * The dashboard's figures (policy 3.8e–f): each names the clause it measures and holds one row per
 * group (a unit, a kind, an officer, a month…), with the documents behind the row for the drill-down.
 * One shape for every figure, so the charts, the tables, the XLSX and the PDF read the same thing.
 */
import type { IsoDate } from '../calendar/iso-date';

export const FIGURE_KEYS = [
  'requests.volume',
  'requests.answered-in-time',
  'requests.overdue',
  'cases.received',
  'cases.open',
  'cases.overdue',
  'cases.first-response',
  'cases.resolution',
  'cases.web-unacknowledged',
  'liaison.load',
  'liaison.overdue',
  'satisfaction.index',
  'visits.done',
  'visits.open-actions',
  'policy.signed',
] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];

/** The clause each figure measures, as printed beside it (policy numbering; 'Art. 4' = Article 4). */
export const FIGURE_CLAUSES: Readonly<Record<FigureKey, string>> = {
  'requests.volume': '3.3',
  'requests.answered-in-time': '3.3f',
  'requests.overdue': '3.3f',
  'cases.received': '3.5',
  'cases.open': '3.8e',
  'cases.overdue': '3.8e',
  'cases.first-response': '3.5a',
  'cases.resolution': '3.5c',
  'cases.web-unacknowledged': '3.5a',
  'liaison.load': '3.8f',
  'liaison.overdue': '3.8f',
  'satisfaction.index': '3.8a',
  'visits.done': '3.8c',
  'visits.open-actions': '3.8c',
  'policy.signed': 'Art. 4',
};

/** What a row's `value` is: a count, a share 0–1, working days (average), or an index 0–100. */
export type FigureMeasure = 'count' | 'share' | 'days' | 'index';

export const FIGURE_MEASURES: Readonly<Record<FigureKey, FigureMeasure>> = {
  'requests.volume': 'count',
  'requests.answered-in-time': 'share',
  'requests.overdue': 'count',
  'cases.received': 'count',
  'cases.open': 'count',
  'cases.overdue': 'count',
  'cases.first-response': 'days',
  'cases.resolution': 'days',
  'cases.web-unacknowledged': 'count',
  'liaison.load': 'count',
  'liaison.overdue': 'count',
  'satisfaction.index': 'index',
  'visits.done': 'count',
  'visits.open-actions': 'count',
  'policy.signed': 'count',
};

/**
 * One group of a figure. `count` is how many documents the row stands on (the base of a share or an
 * average; the value itself for a count); `value` null when there is nothing to average; `ids` the
 * documents behind it (the drill-down); `extra` a second number some figures carry (visits planned).
 */
export type FigureRow = { group: string; value: number | null; count: number; ids: string[]; extra?: number };

/** A figure: its rows and the total over every row (group ''), the headline number. */
export type Figure = { key: FigureKey; clause: string; measure: FigureMeasure; rows: FigureRow[]; total: FigureRow };

const round1 = (value: number): number => Math.round(value * 10) / 10;

/** The total row: counts add up; a share is in-time over answered (`extra` / `count`); averages weigh by their counts. */
export function totalOf(measure: FigureMeasure, rows: readonly FigureRow[]): FigureRow {
  const ids = rows.flatMap((row) => row.ids);
  const count = rows.reduce((sum, row) => sum + row.count, 0);
  const extra = rows.reduce((sum, row) => sum + (row.extra ?? 0), 0);
  if (measure === 'count') return { group: '', value: rows.reduce((sum, row) => sum + (row.value ?? 0), 0), count, ids, extra };
  if (count === 0) return { group: '', value: null, count, ids, extra };
  if (measure === 'share') return { group: '', value: extra / count, count, ids, extra };
  const weighted = rows.reduce((sum, row) => sum + (row.value ?? 0) * row.count, 0);
  return { group: '', value: round1(weighted / count), count, ids, extra };
}

export const figure = (key: FigureKey, rows: FigureRow[]): Figure => ({
  key,
  clause: FIGURE_CLAUSES[key],
  measure: FIGURE_MEASURES[key],
  rows,
  total: totalOf(FIGURE_MEASURES[key], rows),
});

/** An average of working days to one decimal; null over nothing. */
export const averageOf = (values: readonly number[]): number | null =>
  values.length === 0 ? null : round1(values.reduce((sum, value) => sum + value, 0) / values.length);

/** The span a dashboard looks at: both days included. `asOf` is when "open" and "overdue" are judged (its end, or today). */
export type Period = { from: IsoDate; to: IsoDate };

/** How the case figures are grouped (policy 3.8e: by kind, category and channel). */
export const CASE_DIMENSIONS = ['kind', 'category', 'channel'] as const;
export type CaseDimension = (typeof CASE_DIMENSIONS)[number];

/** The filters: '' = all. Category and channel apply to cases (requests carry neither). */
export type DashboardFilters = { unitId: string; category: string; channel: string; caseDimension: CaseDimension };

export const NO_FILTERS: DashboardFilters = { unitId: '', category: '', channel: '', caseDimension: 'kind' };

/** Rows sorted by group, from a map of group → ids (count figures). */
export function countRows(groups: ReadonlyMap<string, string[]>): FigureRow[] {
  return [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([group, ids]) => ({ group, value: ids.length, count: ids.length, ids }));
}

/** Appends `id` to the list of `group`. */
export function push(groups: Map<string, string[]>, group: string, id: string): void {
  const list = groups.get(group);
  if (list) list.push(id);
  else groups.set(group, [id]);
}
