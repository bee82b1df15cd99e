import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../shared/import/csv';
import { detectEncoding } from '../../renderer/src/features/import/data/decode-text';
import { readSheet } from '../../renderer/src/features/import/data/read-sheet';

/** Windows-1256 bytes of a text, from the decoder's own table (Node carries full ICU). */
function encode1256(text: string): Uint8Array {
  const table = new Map<string, number>();
  const decoder = new TextDecoder('windows-1256');
  for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(new Uint8Array([byte])), byte);
  return Uint8Array.from([...text].map((ch) => table.get(ch) ?? 0x3f));
}

async function xlsx(rows: unknown[][], sheetName = 'المستفيدون'): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  rows.forEach((row) => sheet.addRow(row));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('reading a picked file', () => {
  it('reads an XLSX: header row, numbers, dates and formula results as values, blank rows left out', async () => {
    const bytes = await xlsx([['رقم الهوية', 'الجوال', 'تاريخ الميلاد'], [1000000018, 551234567, new Date(Date.UTC(1990, 0, 1))], [], ['x', { formula: '1+1', result: 2 }, '1410/08/19']]);
    const sheet = await readSheet(bytes);
    expect(sheet.ok && sheet.value).toEqual({
      headers: ['رقم الهوية', 'الجوال', 'تاريخ الميلاد'],
      rows: [{ row: 2, cells: [1000000018, 551234567, new Date(Date.UTC(1990, 0, 1))] }, { row: 4, cells: ['x', 2, '1410/08/19'] }],
    });
  });

  it('reads CSV in UTF-8 (with or without BOM) and in Windows-1256, semicolons too', async () => {
    const text = 'الاسم;الجوال\r\n"فاطمة أحمد; الشهري";0551234567\r\n';
    const utf8 = new TextEncoder().encode(text);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    const cp1256 = encode1256(text);
    expect(detectEncoding(cp1256)).toBe('windows-1256');
    expect(detectEncoding(utf8)).toBe('utf-8');
    for (const bytes of [utf8, bom, cp1256]) {
      const sheet = await readSheet(bytes);
      expect(sheet.ok && sheet.value).toEqual({ headers: ['الاسم', 'الجوال'], rows: [{ row: 2, cells: ['فاطمة أحمد; الشهري', '0551234567'] }] });
    }
    expect(parseCsv('a,"b ""q"" c"\n1,"x\ny"')).toEqual([['a', 'b "q" c'], ['1', 'x\ny']]);
  });

  it('refuses what is not a list: a PDF, an old .xls, a ZIP that is no workbook, an empty sheet, 50 MB', async () => {
    const pdf = new Uint8Array([...new TextEncoder().encode('%PDF-1.7\n'), 0, 1, 2, 0xff]);
    expect(await readSheet(pdf)).toEqual({ ok: false, error: 'import.error.not-a-spreadsheet' });
    expect(await readSheet(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]))).toEqual({ ok: false, error: 'import.error.old-excel' });
    expect(await readSheet(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toEqual({ ok: false, error: 'import.error.not-a-spreadsheet' });
    expect(await readSheet(await xlsx([]))).toEqual({ ok: false, error: 'import.error.empty' });
    expect(await readSheet(await xlsx([['رقم الهوية', 'الاسم']]))).toEqual({ ok: false, error: 'import.error.empty' });
    expect(await readSheet(new Uint8Array(50 * 1024 * 1024))).toEqual({ ok: false, error: 'import.error.too-large' });
  });
});
