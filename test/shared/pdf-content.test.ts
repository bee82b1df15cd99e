/** The pdfmake nodes built from laid-out text: alignment, tables that read right to left. */
import type { ContentStack, ContentText } from 'pdfmake/interfaces';
import { describe, expect, test } from 'vitest';
import { rtlTable, rtlText, tableOuterWidth, TABLE_CELL_PADDING } from '@shared/pdf/content';
import { metrics } from './pdf-harness';

const fontSize = 11;
type LineNode = ContentText & { text: ContentText[] | string };
const linesOf = (node: unknown): LineNode[] => (node as ContentStack).stack as LineNode[];
/** The pdfmake strings of a node, line by line (visual pieces, as handed to pdfmake). */
const textOf = (node: unknown): string =>
  linesOf(node)
    .map((line) => (typeof line.text === 'string' ? line.text : line.text.map((inline) => inline.text).join('')))
    .join('\n');

describe('rtlText', () => {
  test('one noWrap line per laid-out line, aligned to the start side', () => {
    const node = rtlText('نص عربي طويل '.repeat(20).trim(), { width: 150, fontSize, metrics });
    const lines = linesOf(node);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) {
      expect(line).toMatchObject({ noWrap: true, alignment: 'right', preserveLeadingSpaces: true, preserveTrailingSpaces: true });
    }
    expect(node).toMatchObject({ fontSize, bold: false });
    expect(linesOf(rtlText('English text', { width: 150, fontSize, metrics, direction: 'ltr' }))[0]?.alignment).toBe('left');
    expect(linesOf(rtlText('نص', { width: 150, fontSize, metrics, align: 'end' }))[0]?.alignment).toBe('left');
    expect(linesOf(rtlText('نص', { width: 150, fontSize, metrics, align: 'center' }))[0]?.alignment).toBe('center');
  });

  test('bold text is measured with the bold face', () => {
    const text = 'الجمعية الخيرية للخدمات الاجتماعية في المنطقة '.repeat(3).trim();
    const regular = linesOf(rtlText(text, { width: 200, fontSize, metrics })).length;
    const bold = linesOf(rtlText(text, { width: 200, fontSize, metrics, bold: true })).length;
    expect(bold).toBeGreaterThanOrEqual(regular);
    expect(rtlText(text, { width: 200, fontSize, metrics, bold: true })).toMatchObject({ bold: true });
  });

  test('each rtl inline gets its own features object (fontkit writes into it)', () => {
    const inlines = linesOf(rtlText('كلمة أخرى', { width: 300, fontSize, metrics }))[0]?.text ?? [];
    if (typeof inlines === 'string') throw new Error('expected inlines');
    expect(inlines).toHaveLength(2);
    expect(inlines[0]?.fontFeatures).toEqual({ kern: false });
    expect(inlines[0]?.fontFeatures).not.toBe(inlines[1]?.fontFeatures);
  });
});

describe('rtlTable', () => {
  const drawn = (text: string, width: number, bold = false): string => textOf(rtlText(text, { width, fontSize, metrics, bold }));
  const columns = [
    { header: 'م', width: 20 },
    { header: 'المستند', width: 200 },
    { header: 'الحالة', width: 60 },
  ];

  test('columns read right to left: order and widths reversed, first column on the right', () => {
    const table = rtlTable({ columns, rows: [['1', 'صورة الهوية', 'مرفق'], ['2']], fontSize, metrics, headerFill: '#eee' });
    expect(table.table.widths).toEqual([60, 200, 20]);
    expect(table.table.headerRows).toBe(1);
    const [header, first, short] = table.table.body;
    expect(header?.map(textOf)).toEqual([drawn('الحالة', 60, true), drawn('المستند', 200, true), drawn('م', 20, true)]);
    expect(header?.[0]).toMatchObject({ fillColor: '#eee', bold: true });
    expect(first?.map(textOf)).toEqual([drawn('مرفق', 60), drawn('صورة الهوية', 200), drawn('1', 20)]);
    // A short row is padded, so its one cell stays under the first column (on the right).
    expect(short?.map(textOf)).toEqual(['', '', '2']);
  });

  test('left to right keeps the order; label/value tables have no header', () => {
    const table = rtlTable({ columns, rows: [['1', 'ID card', 'ok']], fontSize, metrics, direction: 'ltr', showHeader: false, rules: false });
    expect(table.table.widths).toEqual([20, 200, 60]);
    expect(table.table.headerRows).toBe(0);
    expect(table.table.body[0]?.map(textOf)).toEqual(['1', 'ID card', 'ok']);
  });

  test('cells are laid out within their column', () => {
    const long = 'مستند طويل جدا يحتاج إلى أكثر من سطر واحد في هذا العمود الضيق';
    const table = rtlTable({ columns, rows: [['1', 'قصير', long]], fontSize, metrics });
    expect(linesOf(table.table.body[1]?.[0]).length).toBeGreaterThan(2);
    expect(tableOuterWidth(columns)).toBe(20 + 200 + 60 + 3 * 2 * TABLE_CELL_PADDING + 4);
  });
});
