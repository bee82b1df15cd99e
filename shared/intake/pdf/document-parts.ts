/**
 * Pieces the intake documents (requirements sheet, receipt) share: the page frame, headings,
 * label/value tables and the page-number footer, all laid out right to left by shared/pdf.
 * Pure: every date arrives as a display string, so the same snapshot always gives the same PDF.
 */
import type { Content, DynamicContent, Margins, TDocumentDefinitions } from 'pdfmake/interfaces';
import { isolateLtr } from '../../pdf/bidi-controls';
import { rtlTable, rtlText, tableOuterWidth } from '../../pdf/content';
import { ARABIC_FONT_FAMILY } from '../../pdf/fonts';
import type { FontMetrics } from '../../pdf/measure';
import { CONTENT_WIDTH, PAGE_MARGIN } from '../../pdf/sample-document';

export { CONTENT_WIDTH };

/** A date shown in both calendars, already formatted by the caller (shared/calendar/hijri.ts). */
export type DualDate = { hijri: string; gregorian: string };

/** One label/value line. `ltr` forces a left-to-right unit; by default a value with no Arabic letter is one. */
export type LabelValue = { label: string; value: string; ltr?: boolean };

export const BODY_SIZE = 11;
/** Amiri's line box is tall (room for stacked marks); table rows use a tighter one so a receipt fits one page. */
export const TABLE_LINE_HEIGHT = 0.85;
const FOOTER_SPACE = 36;
const LABEL_WIDTH = 130;
const ARABIC_LETTER = /\p{Script=Arabic}/u;

/**
 * A value as it must be typed into the layout: numbers, mobiles, e-mails and Latin codes are
 * isolated left to right, or the '+' of +9665… and the parts of RYD1-R2026-000001 change places
 * next to Arabic text (UAX #9 W2).
 */
export function displayValue(value: string, ltr?: boolean): string {
  const isLtr = ltr ?? !ARABIC_LETTER.test(value);
  return isLtr && value !== '' ? isolateLtr(value) : value;
}

/** The association's name, centred, over the document's title. */
export function documentHeading(associationName: string, title: string, metrics: FontMetrics): Content[] {
  return [
    rtlText(associationName, { width: CONTENT_WIDTH, fontSize: 14, bold: true, metrics, align: 'center', margin: [0, 0, 0, 2] }),
    rtlText(title, { width: CONTENT_WIDTH, fontSize: 17, bold: true, metrics, align: 'center', margin: [0, 0, 0, 6] }),
  ];
}

export function sectionTitle(text: string, metrics: FontMetrics): Content {
  return rtlText(text, { width: CONTENT_WIDTH, fontSize: 12.5, bold: true, metrics, margin: [0, 8, 0, 3] });
}

/** Paragraphs of running text; `\n` in the source starts a new paragraph. */
export function paragraphs(text: string, metrics: FontMetrics, margin: Margins = [0, 0, 0, 3]): Content[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => rtlText(line, { width: CONTENT_WIDTH, fontSize: BODY_SIZE, metrics, margin }));
}

/**
 * Label/value pairs as a two-column table: each value sits alone in its cell, so pdftotext
 * gives it back exactly (a colon between two runs of one line is placed by the reader's guess).
 */
export function labelValueTable(rows: readonly LabelValue[], metrics: FontMetrics): Content {
  const columns = [
    { header: 'البيان', width: LABEL_WIDTH },
    { header: 'القيمة', width: 0 },
  ];
  const valueWidth = CONTENT_WIDTH - tableOuterWidth(columns);
  return rtlTable({
    columns: columns.map((column, i) => (i === 1 ? { ...column, width: valueWidth } : column)),
    rows: rows.map(({ label, value, ltr }) => [
      rtlText(label, { width: LABEL_WIDTH, fontSize: BODY_SIZE, metrics, bold: true, lineHeight: TABLE_LINE_HEIGHT }),
      rtlText(displayValue(value, ltr), { width: valueWidth, fontSize: BODY_SIZE, metrics, lineHeight: TABLE_LINE_HEIGHT }),
    ]),
    showHeader: false,
    rules: false,
    fontSize: BODY_SIZE,
    metrics,
  });
}

/** A bordered table with a header row; `flexible` names the column that takes the remaining width. */
export function listTable(
  columns: ReadonlyArray<{ header: string; width: number }>,
  flexible: number,
  rows: ReadonlyArray<ReadonlyArray<string>>,
  metrics: FontMetrics,
): Content {
  const rest = CONTENT_WIDTH - tableOuterWidth(columns);
  const sized = columns.map((column, i) => (i === flexible ? { ...column, width: rest } : { ...column }));
  return rtlTable({
    columns: sized,
    rows: rows.map((row) =>
      row.map((text, i) => rtlText(text, { width: sized[i]?.width ?? 0, fontSize: BODY_SIZE, metrics, lineHeight: TABLE_LINE_HEIGHT })),
    ),
    fontSize: BODY_SIZE,
    metrics,
    headerFill: '#eeeeee',
  });
}

/** "صفحة 2 من 3" under every page, with the association's name. */
function pageFooter(associationName: string, metrics: FontMetrics): DynamicContent {
  return (currentPage, pageCount) =>
    rtlText(`${associationName} — صفحة ${isolateLtr(String(currentPage))} من ${isolateLtr(String(pageCount))}`, {
      width: CONTENT_WIDTH,
      fontSize: 9,
      metrics,
      align: 'center',
      color: '#555555',
      margin: [PAGE_MARGIN, 8, PAGE_MARGIN, 0],
    });
}

/** The A4 frame every intake document uses. */
export function intakeDocument(options: {
  title: string;
  associationName: string;
  content: Content[];
  metrics: FontMetrics;
}): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageMargins: [PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN + FOOTER_SPACE - 16],
    defaultStyle: { font: ARABIC_FONT_FAMILY, fontSize: BODY_SIZE },
    info: { title: options.title, creator: 'Wasl', producer: 'Wasl' },
    footer: pageFooter(options.associationName, options.metrics),
    content: options.content,
  };
}

/** The reply promise of policy 3.3(f), in the words the association uses. */
export function replyPromise(workingDays: number): string {
  return `يُرَدّ على الطلب خلال مدة لا تتجاوز ${isolateLtr(String(workingDays))} يوم عمل من تاريخ اكتمال الطلب.`;
}
