/**
 * The small-group rule for aggregate exports: a group of fewer than 5 documents could point at a person
 * (one complaint from a small unit in a month), so its numbers are left out of any export of
 * aggregates. An empty group (0) names nobody and stays. When exactly one group is hidden, the total
 * minus the others would give it back, so the next smallest group is hidden with it. Named lists are a separate export, only for
 * managers and admins (mayExportNamedList).
 */
import type { Role } from '../staff/roles';
import type { Figure } from './figure-types';

export const SMALL_GROUP_MIN = 5;

/** A row as an aggregate export shows it: `hidden` rows carry no numbers. */
export type ExportRow = { group: string; value: number | null; count: number | null; extra: number | null; hidden: boolean };

export const isSmallGroup = (count: number): boolean => count > 0 && count < SMALL_GROUP_MIN;

/** The figure's rows and total with every small group's numbers removed. */
export function aggregateRows(figure: Figure): { rows: ExportRow[]; total: ExportRow } {
  const show = (row: Figure['total']): ExportRow =>
    isSmallGroup(row.count)
      ? { group: row.group, value: null, count: null, extra: null, hidden: true }
      : { group: row.group, value: row.value, count: row.count, extra: row.extra ?? null, hidden: false };
  const rows = figure.rows.map(show);
  if (rows.filter((row) => row.hidden).length === 1) {
    const visible = figure.rows.map((row, index) => ({ row, index })).filter(({ row }) => row.count > 0 && !isSmallGroup(row.count));
    const next = visible.sort((a, b) => a.row.count - b.row.count)[0];
    if (next) rows[next.index] = { group: next.row.group, value: null, count: null, extra: null, hidden: true };
  }
  return { rows, total: show(figure.total) };
}

/** Lists naming requests, cases or people leave the desk only with a manager or an admin. */
export const mayExportNamedList = (roles: readonly Role[]): boolean => roles.includes('manager') || roles.includes('admin');
