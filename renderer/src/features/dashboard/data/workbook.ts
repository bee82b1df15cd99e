/**
 * XLSX with exceljs (policy 3.8e–f exports): real sheets with a header row, right-to-left sheets for
 * Arabic, numbers as numbers, shares as percentages and dates as dates (Excel serials with a date
 * format, not text), so the recipient can sort, sum and chart them. Runs in the dashboard's worker.
 */
import type { Worksheet } from 'exceljs';

export type CellValue = string | number | null;
/** 'date' cells carry an ISO date ('2026-03-24') and are written as dates. */
export type ColumnFormat = 'text' | 'integer' | 'decimal' | 'percent' | 'date';
export type ColumnSpec = { header: string; width: number; format: ColumnFormat };
export type SheetSpec = { name: string; rightToLeft: boolean; columns: ColumnSpec[]; rows: CellValue[][] };

// Text columns carry no format: a style on every cell of 100,000 rows is a third of the export's time.
const NUMBER_FORMATS: Record<ColumnFormat, string | undefined> = { text: undefined, integer: '0', decimal: '0.0', percent: '0.0%', date: 'yyyy-mm-dd' };

/** A civil date as the Date exceljs writes as that day (UTC midnight: no zone shifts it). */
function asDate(value: CellValue): Date | CellValue {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return new Date(`${value}T00:00:00Z`);
}

function fill(sheet: Worksheet, spec: SheetSpec): void {
  sheet.columns = spec.columns.map((column, index) => {
    const numFmt = NUMBER_FORMATS[column.format];
    return { header: column.header, key: `c${index}`, width: column.width, ...(numFmt ? { style: { numFmt } } : {}) };
  });
  sheet.getRow(1).font = { bold: true };
  const dateColumns = spec.columns.flatMap((column, index) => (column.format === 'date' ? [index] : []));
  for (const row of spec.rows) {
    const values = dateColumns.length === 0 ? row : row.map((value, index) => (dateColumns.includes(index) ? asDate(value) : value));
    sheet.addRow(values);
  }
}

/** The workbook's bytes. Sheet names are cut to Excel's 31 characters without its forbidden characters. */
export async function buildWorkbook(sheets: readonly SheetSpec[], creator: string, created: Date): Promise<ArrayBuffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = creator;
  workbook.created = created;
  for (const spec of sheets) {
    const name = spec.name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31);
    fill(workbook.addWorksheet(name, { views: [{ rightToLeft: spec.rightToLeft, state: 'frozen', ySplit: 1 }] }), spec);
  }
  const bytes = await workbook.xlsx.writeBuffer();
  return bytes instanceof ArrayBuffer ? bytes : new Uint8Array(bytes as unknown as ArrayLike<number>).buffer;
}
