import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { rtlTable, rtlText, tableOuterWidth } from './content';
import { ARABIC_FONT_FAMILY } from './fonts';
import type { FontMetrics } from './measure';
import { isolateLtr } from './bidi-controls';

/**
 * A one-page sample of what Wasl's documents hold, for the layout's tests and as an
 * example for the receipt, requirements sheet and declaration builders: a title, a long
 * wrapped paragraph with both digit sets, a Latin name, an e-mail, a percentage and
 * brackets, label/value lines and a table that reads right to left. Synthetic data.
 */

/** A4 in points, and the margins every Wasl document uses. */
export const A4 = { width: 595.28, height: 841.89 } as const;
export const PAGE_MARGIN = 40;
export const CONTENT_WIDTH = A4.width - 2 * PAGE_MARGIN;

export const SAMPLE = {
  title: 'إيصال طلب خدمة (نموذج تجريبي)',
  paragraph:
    'تقدّم المستفيد محمّد بن عبدالله الشهري (John Smith) بطلب مساعدة إيجار رقم 2025-00417 بتاريخ ١٤٤٧/٠٣/١٢ هـ، ' +
    'وقد اكتمل ملفه بنسبة 85% بعد إرفاق 4 مستندات من أصل ٥ مستندات مطلوبة. ' +
    'يُحال الطلب إلى الوحدة المختصة (وحدة الدراسة الاجتماعية) للدراسة، ويصل الرد خلال 15 يوم عمل من تاريخ الاكتمال ' +
    'عبر القناة المتفق عليها: البريد الإلكتروني a.b@example.com أو الرسائل النصية. ' +
    'يقرّ المستفيد بأن جميع البيانات المقدّمة صحيحة وكاملة، ويتحمّل المسؤولية المباشرة عن صحتها.',
  /** Label/value lines; `ltr` values (numbers, codes, e-mail, Latin) are isolated as one left-to-right unit. */
  fields: [
    { label: 'رقم الطلب', value: '2025-00417', ltr: true },
    { label: 'الاسم', value: 'محمّد بن عبدالله الشهري', ltr: false },
    { label: 'الاسم باللاتينية', value: 'John Smith', ltr: true },
    { label: 'رقم الهوية', value: '1012345678', ltr: true },
    { label: 'الجوال', value: '+966501234567', ltr: true },
    { label: 'البريد الإلكتروني', value: 'a.b@example.com', ltr: true },
    { label: 'نسبة الاكتمال', value: '85%', ltr: true },
    { label: 'تاريخ الاستحقاق', value: '١٤٤٧/٠٤/٠٣ هـ', ltr: false },
    { label: 'التاريخ الميلادي', value: '2025-09-25', ltr: true },
    { label: 'الوحدة', value: 'وحدة الدراسة الاجتماعية (الفرع الرئيسي)', ltr: false },
  ],
  table: {
    headers: ['م', 'المستند', 'الحالة'],
    rows: [
      ['1', 'صورة الهوية الوطنية', 'مرفق'],
      ['2', 'عقد الإيجار (ساري المفعول)', 'ناقص'],
      ['3', 'IBAN SA03 8000 0000 6080 1016 7519', 'مرفق'],
    ],
  },
} as const;

/** The sample page's pdfmake definition; `metrics` measure the same font pdfmake embeds. */
export function buildSampleDocument(metrics: FontMetrics): TDocumentDefinitions {
  const fontSize = 12;
  // One line in flowing text…
  const requestLine = rtlText(`${SAMPLE.fields[0].label}: ${isolateLtr(SAMPLE.fields[0].value)}`, { width: CONTENT_WIDTH, fontSize, metrics, bold: true, margin: [0, 0, 0, 6] });
  // …and the data as a label/value table: a value alone in its cell comes back from
  // pdftotext exactly (a colon between two runs is placed by the reader's guess).
  const labelWidth = 110;
  const fieldColumns = [
    { header: 'البيان', width: labelWidth },
    { header: 'القيمة', width: 0 },
  ];
  const fieldSized = fieldColumns.map((column, i) => (i === 1 ? { ...column, width: CONTENT_WIDTH - tableOuterWidth(fieldColumns) } : column));
  const fieldTable = rtlTable({
    columns: fieldSized,
    // Numbers, codes and e-mails read left to right even inside Arabic: isolated, or the
    // '+' of a mobile lands on the wrong side and 2025-00417 shows as 00417-2025 (after an
    // Arabic letter, UAX #9 W2 makes European digits Arabic numbers).
    rows: SAMPLE.fields.map(({ label, value, ltr }) => [
      rtlText(label, { width: labelWidth, fontSize, metrics, bold: true }),
      ltr ? isolateLtr(value) : value,
    ]),
    showHeader: false,
    rules: false,
    fontSize,
    metrics,
  });
  const numberWidth = 24;
  const stateWidth = 70;
  const columns = [
    { header: SAMPLE.table.headers[0], width: numberWidth },
    { header: SAMPLE.table.headers[1], width: 0 },
    { header: SAMPLE.table.headers[2], width: stateWidth },
  ];
  // The middle column takes what is left of the content width.
  const middle = CONTENT_WIDTH - tableOuterWidth(columns);
  const sized = columns.map((column, i) => (i === 1 ? { ...column, width: middle } : column));
  return {
    pageSize: 'A4',
    pageMargins: PAGE_MARGIN,
    defaultStyle: { font: ARABIC_FONT_FAMILY, fontSize },
    info: { title: 'Wasl sample', creator: 'Wasl', producer: 'Wasl' },
    content: [
      rtlText(SAMPLE.title, { width: CONTENT_WIDTH, fontSize: 18, bold: true, metrics, align: 'center', margin: [0, 0, 0, 12] }),
      rtlText(SAMPLE.paragraph, { width: CONTENT_WIDTH, fontSize, metrics, margin: [0, 0, 0, 12] }),
      requestLine,
      fieldTable,
      rtlTable({ columns: sized, rows: SAMPLE.table.rows.map((row) => [...row]), fontSize, metrics, headerFill: '#eeeeee', margin: [0, 12, 0, 0] }),
    ],
  };
}
