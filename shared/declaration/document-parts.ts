/**
 * The blocks of the declaration page, each a pdfmake node laid out by shared/pdf (which fixes
 * pdfmake's missing bidi: see ARCHITECTURE.md, "Declaration PDF").
 */
import type { Content, ContentCanvas, ContentColumns, ContentStack } from 'pdfmake/interfaces';
import { isolateLtr } from '../pdf/bidi-controls';
import { rtlTable, rtlText, tableOuterWidth } from '../pdf/content';
import type { FontMetrics } from '../pdf/measure';
import { CONTENT_WIDTH } from '../pdf/sample-document';
import type { DeclarationLabel } from '../db/schemas/declaration.schema';
import { LABELS, STATEMENTS, type Bilingual } from './document-text';

export const FONT_SIZE = 10;
/**
 * Amiri's line box is 1.76 em (room for stacked tashkeel); 0.8 of it (1.4 em) still clears
 * the marks and lets a short declaration keep to one page.
 */
export const LINE_HEIGHT = 0.8;
const RULE_COLOR = '#888888';

/** What every block needs: the font's metrics and the language variant. */
export interface PartContext {
  metrics: FontMetrics;
  bilingual: boolean;
}

/** A label in the document's language(s): Arabic, then English on its own line. */
export function say(text: Bilingual | DeclarationLabel, context: PartContext): string {
  return context.bilingual && text.en.trim() !== '' ? `${text.ar}\n${isolateLtr(text.en)}` : text.ar;
}

/**
 * A stored value as printed: Arabic text as is (its digits are laid out by UAX #9); anything
 * without Arabic letters (IDs, mobiles, numbers, codes, e-mails, Latin names) isolated so it
 * reads left to right as one unit and keeps its '+' and dashes in place.
 */
export function valueText(value: string): string {
  if (value.trim() === '') return '—';
  return /\p{Script=Arabic}/u.test(value) ? value : isolateLtr(value);
}

/** A table cell's text, laid out at the document's line height. */
function cell(text: string, width: number, context: PartContext, bold = false): ContentStack {
  return rtlText(text, { width, fontSize: FONT_SIZE, bold, metrics: context.metrics, lineHeight: LINE_HEIGHT });
}

export function heading(text: Bilingual, context: PartContext): ContentStack {
  return rtlText(say(text, context), { width: CONTENT_WIDTH, fontSize: FONT_SIZE + 2, bold: true, metrics: context.metrics, margin: [0, 6, 0, 2] });
}

/** Label/value rows in a two-column table that reads right to left; each value alone in its cell. */
export function fieldTable(rows: Array<[Bilingual, string]>, context: PartContext): Content {
  const labelWidth = context.bilingual ? 150 : 120;
  const valueWidth = CONTENT_WIDTH - tableOuterWidth([{ width: labelWidth }, { width: 0 }]);
  return rtlTable({
    columns: [
      { header: '', width: labelWidth },
      { header: '', width: valueWidth },
    ],
    rows: rows.map(([label, value]) => [cell(say(label, context), labelWidth, context, true), cell(value, valueWidth, context)]),
    showHeader: false,
    fontSize: FONT_SIZE,
    metrics: context.metrics,
  });
}

/**
 * Short label/value pairs two to a row (4 columns, first pair on the right): numbers, dates and
 * labels that would waste a full-width row each, so a short declaration fits on one page.
 */
export function pairTable(pairs: Array<[Bilingual, string]>, context: PartContext): Content {
  const labelWidth = context.bilingual ? 105 : 85;
  const valueWidth = (CONTENT_WIDTH - tableOuterWidth([{ width: labelWidth }, { width: 0 }, { width: labelWidth }, { width: 0 }])) / 2;
  const label = (text: Bilingual): Content => cell(say(text, context), labelWidth, context, true);
  const rows: Array<Array<string | Content>> = [];
  for (let i = 0; i < pairs.length; i += 2) {
    const [first, second] = [pairs[i], pairs[i + 1]];
    if (!first) break;
    const value = (text: string): Content => cell(text, valueWidth, context);
    rows.push(second ? [label(first[0]), value(first[1]), label(second[0]), value(second[1])] : [label(first[0]), value(first[1]), '', '']);
  }
  return rtlTable({
    columns: [
      { header: '', width: labelWidth },
      { header: '', width: valueWidth },
      { header: '', width: labelWidth },
      { header: '', width: valueWidth },
    ],
    rows,
    showHeader: false,
    fontSize: FONT_SIZE,
    metrics: context.metrics,
  });
}

/** The submitted requirements, numbered; the header row repeats on every page the table reaches. */
export function requirementsTable(requirements: readonly DeclarationLabel[], context: PartContext): Content {
  const numberWidth = context.bilingual ? 28 : 22;
  const textWidth = CONTENT_WIDTH - tableOuterWidth([{ width: numberWidth }, { width: 0 }]);
  const row = (number: string, text: string): Content[] => [cell(number, numberWidth, context), cell(text, textWidth, context)];
  const rows = requirements.length > 0 ? requirements.map((label, i) => row(String(i + 1), say(label, context))) : [row('', say(LABELS.noRequirements, context))];
  return rtlTable({
    columns: [
      { header: say(LABELS.requirementNumber, context), width: numberWidth },
      { header: say(LABELS.requirements, context), width: textWidth },
    ],
    rows,
    fontSize: FONT_SIZE,
    metrics: context.metrics,
    headerFill: '#eeeeee',
    margin: [0, 6, 0, 0],
  });
}

/** The numbered statements of policy 3.3 (d)–(f): Arabic, then English in the bilingual variant. */
export function statements(context: PartContext): Content[] {
  const options = { fontSize: FONT_SIZE, metrics: context.metrics, lineHeight: LINE_HEIGHT, margin: [0, 0, 0, 2] as [number, number, number, number] };
  const arabic = STATEMENTS.map((statement, i) => rtlText(`${i + 1}. ${statement.ar}`, { ...options, width: CONTENT_WIDTH }));
  if (!context.bilingual) return arabic;
  const english = STATEMENTS.map((statement, i) => rtlText(`${i + 1}. ${statement.en}`, { ...options, width: CONTENT_WIDTH, direction: 'ltr' }));
  return [...arabic, ...english];
}

function box(width: number, height: number, dashed: boolean): ContentCanvas {
  const rect = { type: 'rect' as const, x: 0, y: 0, w: width, h: height, lineWidth: 1, lineColor: RULE_COLOR };
  return { canvas: [dashed ? { ...rect, dash: { length: 3, space: 2 } } : rect], margin: [0, 4, 0, 0] };
}

/**
 * One row, read from the right: the beneficiary's signature (no image → an empty dashed box to
 * sign on paper), the staff member's name and signature line, then the QR code with the short
 * code under it. Side by side so a short declaration keeps to one page.
 */
export function signingRow(
  names: { beneficiary: string; staff: string },
  image: string | null,
  code: { qrPayload: string; shortCode: string },
  context: PartContext,
): Content[] {
  const gap = 14;
  const codeWidth = 132;
  const width = (CONTENT_WIDTH - codeWidth - 2 * gap) / 2;
  const height = 50;
  const text = (value: string, bold = false): ContentStack => rtlText(value, { width, fontSize: FONT_SIZE, bold, metrics: context.metrics });
  const beneficiary: Content[] = [text(say(LABELS.beneficiarySignature, context), true), text(names.beneficiary)];
  beneficiary.push(image === null ? box(width, height, true) : { image, fit: [width, height], alignment: 'right', margin: [0, 4, 0, 0] });
  const staffLine: ContentCanvas = { canvas: [{ type: 'line', x1: 0, y1: height / 2, x2: width, y2: height / 2, lineWidth: 1, lineColor: RULE_COLOR }] };
  const staff: Content[] = [text(say(LABELS.staff, context), true), text(names.staff), text(say(LABELS.staffSignature, context)), staffLine];
  const small = { width: codeWidth, fontSize: 7.5, metrics: context.metrics, align: 'center' as const };
  const verification: Content[] = [
    { qr: code.qrPayload, fit: 70, eccLevel: 'M', alignment: 'center' },
    rtlText(say(LABELS.verificationCode, context), { ...small, bold: true, margin: [0, 2, 0, 0] }),
    rtlText(isolateLtr(code.shortCode), { ...small, direction: 'ltr' }),
  ];
  const hint = rtlText(say(LABELS.verificationHint, context), { width: CONTENT_WIDTH, fontSize: FONT_SIZE - 2, metrics: context.metrics, color: '#444444', margin: [0, 6, 0, 0] });
  // pdfmake lays columns out left to right: the beneficiary, read first, goes on the right.
  const row: ContentColumns = {
    columns: [
      { width: codeWidth, stack: verification },
      { width, stack: staff },
      { width, stack: beneficiary },
    ],
    columnGap: gap,
    margin: [0, 10, 0, 0],
  };
  return [row, hint];
}
