/**
 * The rows not imported, as an XLSX to fix and import again: the list's own header and cells
 * (so the corrected file maps the same way), and a last column with the reasons in the desk's
 * language. Written with exceljs, the library that reads the lists.
 */
import type { CellValue } from '@shared/import/cell-values';
import type { RowVerdict } from '@shared/import/import-plan';
import type { Sheet } from './read-sheet';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function rejectedRowsXlsx(
  sheet: Sheet,
  verdicts: readonly RowVerdict[],
  reasonHeader: string,
  reasonText: (verdict: Exclude<RowVerdict, { kind: 'add' }>) => string,
): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const out = workbook.addWorksheet('rejected', { views: [{ rightToLeft: true }] });
  out.addRow([...sheet.headers, reasonHeader]);
  const cellsByRow = new Map(sheet.rows.map((row) => [row.row, row.cells]));
  for (const verdict of verdicts) {
    if (verdict.kind === 'add') continue;
    const cells: CellValue[] = Array.from({ length: sheet.headers.length }, (_, i) => cellsByRow.get(verdict.row)?.[i] ?? null);
    out.addRow([...cells, reasonText(verdict)]);
  }
  const bytes = await workbook.xlsx.writeBuffer();
  return new Blob([bytes], { type: XLSX_TYPE });
}
