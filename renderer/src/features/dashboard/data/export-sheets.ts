/**
 * What the dashboard's exports hold, worded by the screen (policy 3.8e–f): the aggregate workbook (a
 * summary sheet and a sheet per figure) and PDF with every small group's numbers left out
 * (shared/dashboard/small-groups.ts), and the named list behind one figure row.
 */
import type { Dashboard } from '@shared/dashboard/compute';
import type { DashboardPdfInput } from '@shared/dashboard/dashboard-pdf';
import type { Figure, FigureKey, FigureMeasure } from '@shared/dashboard/figure-types';
import { aggregateRows, type ExportRow } from '@shared/dashboard/small-groups';
import type { DocRef } from './read-source';
import type { CellValue, ColumnFormat, SheetSpec } from './workbook';

/** The screen's words and number formats, handed to the export code (data/ knows no i18n). */
export type Wording = {
  rtl: boolean;
  t: (key: string, values?: Record<string, string | number>) => string;
  groupLabel: (key: FigureKey, group: string) => string;
  number: (value: number | null, measure: FigureMeasure) => string;
  statusLabel: (ref: DocRef) => string;
  unitLabel: (unitId: string) => string;
};

const VALUE_FORMAT: Record<FigureMeasure, ColumnFormat> = { count: 'integer', share: 'percent', days: 'decimal', index: 'decimal' };

/** A hidden row's cells say so in words instead of a number. */
const cell = (row: ExportRow, value: number | null, w: Wording): CellValue => (row.hidden ? w.t('dashboard.export.hidden') : value);

function figureSheet(figure: Figure, index: number, w: Wording): SheetSpec {
  const { rows, total } = aggregateRows(figure);
  const title = w.t(`dashboard.figures.${figure.key}`);
  const lines = [...rows.map((row) => ({ row, label: w.groupLabel(figure.key, row.group) })), { row: total, label: w.t('dashboard.export.total') }];
  return {
    name: `${index + 1} ${title}`,
    rightToLeft: w.rtl,
    columns: [
      { header: w.t('dashboard.columns.group'), width: 34, format: 'text' },
      { header: w.t('dashboard.columns.count'), width: 12, format: 'integer' },
      { header: w.t('dashboard.columns.value'), width: 14, format: VALUE_FORMAT[figure.measure] },
      { header: figure.key === 'visits.done' ? w.t('dashboard.columns.planned') : w.t('dashboard.columns.inTime'), width: 14, format: 'integer' },
    ],
    rows: lines.map(({ row, label }) => [label, cell(row, row.count, w), cell(row, row.value, w), cell(row, row.extra, w)]),
  };
}

export function aggregateSheets(dashboard: Dashboard, w: Wording): SheetSpec[] {
  const summary: SheetSpec = {
    name: w.t('dashboard.export.summarySheet'),
    rightToLeft: w.rtl,
    columns: [
      { header: w.t('dashboard.columns.figure'), width: 56, format: 'text' },
      { header: w.t('dashboard.columns.clause'), width: 10, format: 'text' },
      { header: w.t('dashboard.columns.count'), width: 12, format: 'integer' },
      { header: w.t('dashboard.columns.value'), width: 14, format: 'decimal' },
      { header: w.t('dashboard.export.period'), width: 14, format: 'date' },
      { header: w.t('dashboard.export.asOf'), width: 14, format: 'date' },
    ],
    rows: dashboard.figures.map((figure) => {
      const { total } = aggregateRows(figure);
      const value = total.value === null || figure.measure !== 'share' ? total.value : Math.round(total.value * 1000) / 10;
      return [w.t(`dashboard.figures.${figure.key}`), figure.clause, cell(total, total.count, w), cell(total, value, w), dashboard.period.from, dashboard.asOf];
    }),
  };
  return [summary, ...dashboard.figures.map((figure, index) => figureSheet(figure, index, w))];
}

/** The documents behind one row: numbers, statuses, units, dates (named: managers and admins only). */
export function namedListSheet(refs: readonly DocRef[], w: Wording): SheetSpec {
  return {
    name: w.t('dashboard.export.listSheet'),
    rightToLeft: w.rtl,
    columns: [
      { header: w.t('dashboard.columns.number'), width: 24, format: 'text' },
      { header: w.t('dashboard.columns.status'), width: 22, format: 'text' },
      { header: w.t('dashboard.columns.unit'), width: 22, format: 'text' },
      { header: w.t('dashboard.columns.date'), width: 14, format: 'date' },
    ],
    rows: refs.map((ref) => [ref.number, w.statusLabel(ref), ref.unitId ? w.unitLabel(ref.unitId) : '', ref.date || null]),
  };
}

/** The PDF's sections: per figure its rows and total as text, small groups hidden. */
export function pdfSections(dashboard: Dashboard, w: Wording): DashboardPdfInput['sections'] {
  return dashboard.figures.map((figure) => {
    const { rows, total } = aggregateRows(figure);
    const show = (row: ExportRow, label: string) => [label, row.hidden ? w.t('dashboard.export.hidden') : w.number(row.count, 'count'), row.hidden ? w.t('dashboard.export.hidden') : w.number(row.value, figure.measure)];
    return {
      title: `${w.t(`dashboard.figures.${figure.key}`)} (${figure.clause})`,
      headers: [w.t('dashboard.columns.group'), w.t('dashboard.columns.count'), w.t('dashboard.columns.value')],
      rows: [...rows.map((row) => show(row, w.groupLabel(figure.key, row.group))), show(total, w.t('dashboard.export.total'))],
    };
  });
}
