/**
 * A picked file as a header row and data rows, or the reason it cannot be read: too large, not
 * a spreadsheet (a PDF, a picture, an old .xls), or empty. Nothing is written while reading.
 *
 * XLSX through exceljs: maintained, MIT, reads and writes (the rejected-rows file is written
 * with the same library), typed, and its browser build runs under the app's CSP (no eval:
 * its only `Function(...)` calls sit behind globalThis checks that pass in Chromium). SheetJS's
 * current releases are no longer on npm, and read-only libraries would need a second one to
 * write. Loaded on demand, so the ~900 KB library costs nothing until someone imports a list.
 */
import type { CellValue as ExcelCellValue, Workbook, Worksheet } from 'exceljs';
import type { CellValue } from '@shared/import/cell-values';
import { parseCsv } from '@shared/import/csv';
import type { SheetRow } from '@shared/import/import-plan';
import { err, ok, type Result } from '@shared/result';
import { decodeText } from './decode-text';

export interface Sheet {
  readonly headers: string[];
  readonly rows: SheetRow[];
}

export type ReadError = 'import.error.too-large' | 'import.error.not-a-spreadsheet' | 'import.error.old-excel' | 'import.error.empty' | 'import.error.too-many-rows';

/** A list of 10,000 families is ~1 MB as XLSX and ~2 MB as CSV: 10 MB leaves room and refuses a wrong pick. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/** More rows than any association's list; one import stays a size a desk writes in a minute. */
export const MAX_IMPORT_ROWS = 50_000;

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((byte, i) => bytes[i] === byte);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

export async function readSheet(bytes: Uint8Array): Promise<Result<Sheet, ReadError>> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) return err('import.error.too-large');
  if (startsWith(bytes, OLE)) return err('import.error.old-excel');
  const grid = startsWith(bytes, ZIP) ? await readXlsx(bytes) : readCsv(bytes);
  if (grid === null) return err('import.error.not-a-spreadsheet');
  return toSheet(grid);
}

function readCsv(bytes: Uint8Array): { row: number; cells: CellValue[] }[] | null {
  const { text, encoding } = decodeText(bytes);
  // A NUL in 8-bit text is binary data (a picture, a PDF), not a list.
  if (encoding !== 'utf-16le' && encoding !== 'utf-16be' && bytes.subarray(0, 4096).includes(0)) return null;
  if (text.includes('\u0000')) return null;
  return parseCsv(text).map((cells, i) => ({ row: i + 1, cells }));
}

async function readXlsx(bytes: Uint8Array): Promise<{ row: number; cells: CellValue[] }[] | null> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook: Workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    // A ZIP that is not a workbook (a .docx, an archive) or a damaged one.
    return null;
  }
  const sheet = workbook.worksheets.find((one) => one.actualRowCount > 0);
  return sheet ? gridOf(sheet) : [];
}

function gridOf(sheet: Worksheet): { row: number; cells: CellValue[] }[] {
  const grid: { row: number; cells: CellValue[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      cells[column - 1] = cellValue(cell.value);
    });
    grid.push({ row: rowNumber, cells: Array.from(cells, (cell) => cell ?? null) });
  });
  return grid;
}

/** exceljs's cell kinds (formula results, rich text, hyperlinks) as the plain values the checks read. */
function cellValue(value: ExcelCellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('result' in value) return cellValue((value.result ?? null) as ExcelCellValue);
  if ('text' in value && typeof value.text === 'string') return value.text;
  return null;
}

const isBlank = (cell: CellValue) => cell === null || (typeof cell === 'string' && cell.trim() === '');

/** The first non-empty row is the header row; rows with no value at all are left out. */
function toSheet(grid: { row: number; cells: CellValue[] }[]): Result<Sheet, ReadError> {
  const filled = grid.filter((line) => !line.cells.every(isBlank));
  const [header, ...rows] = filled;
  if (!header || rows.length === 0) return err('import.error.empty');
  if (rows.length > MAX_IMPORT_ROWS) return err('import.error.too-many-rows');
  const headers = header.cells.map((cell) => (cell === null ? '' : String(cell instanceof Date ? cell.toISOString().slice(0, 10) : cell).trim()));
  return ok({ headers, rows });
}
