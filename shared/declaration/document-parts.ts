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

export const FONT_SIZE = 11;
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

export function heading(text: Bilingual, context: PartContext): ContentStack {
  return rtlText(say(text, context), { width: CONTENT_WIDTH, fontSize: FONT_SIZE + 2, bold: true, metrics: context.metrics, margin: [0, 10, 0, 4] });
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
    rows: rows.map(([label, value]) => [rtlText(say(label, context), { width: labelWidth, fontSize: FONT_SIZE, bold: true, metrics: context.metrics }), value]),
    showHeader: false,
    fontSize: FONT_SIZE,
    metrics: context.metrics,
  });
}

/** The submitted requirements, numbered; the header row repeats on every page the table reaches. */
export function requirementsTable(requirements: readonly DeclarationLabel[], context: PartContext): Content {
  const numberWidth = context.bilingual ? 28 : 22;
  const textWidth = CONTENT_WIDTH - tableOuterWidth([{ width: numberWidth }, { width: 0 }]);
  const rows = requirements.length > 0 ? requirements.map((label, i) => [String(i + 1), say(label, context)]) : [['', say(LABELS.noRequirements, context)]];
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
  const options = { fontSize: FONT_SIZE, metrics: context.metrics, margin: [0, 0, 0, 4] as [number, number, number, number] };
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
 * Beneficiary (right) and staff member (left) signatures. No image → an empty dashed box the
 * beneficiary signs on paper.
 */
export function signatures(names: { beneficiary: string; staff: string }, image: string | null, context: PartContext): ContentColumns {
  const gap = 20;
  const width = (CONTENT_WIDTH - gap) / 2;
  const height = 80;
  const text = (value: string, bold = false): ContentStack => rtlText(value, { width, fontSize: FONT_SIZE, bold, metrics: context.metrics });
  const beneficiary: Content[] = [text(say(LABELS.beneficiarySignature, context), true), text(names.beneficiary)];
  beneficiary.push(image === null ? box(width, height, true) : { image, fit: [width, height], alignment: 'right', margin: [0, 4, 0, 0] });
  const staffLine: ContentCanvas = { canvas: [{ type: 'line', x1: 0, y1: height / 2, x2: width, y2: height / 2, lineWidth: 1, lineColor: RULE_COLOR }] };
  const staff: Content[] = [text(say(LABELS.staff, context), true), text(names.staff), text(say(LABELS.staffSignature, context)), staffLine];
  // pdfmake lays columns out left to right: the beneficiary, read first, goes on the right.
  return { columns: [{ width, stack: staff }, { width, stack: beneficiary }], columnGap: gap, margin: [0, 12, 0, 0] };
}

/** The QR code (left) and the short code with how to use it (right). */
export function verificationBlock(code: { qrPayload: string; shortCode: string }, context: PartContext): ContentColumns {
  const qrSize = 96;
  const gap = 16;
  const width = CONTENT_WIDTH - qrSize - gap;
  const options = { width, fontSize: FONT_SIZE, metrics: context.metrics };
  return {
    columns: [
      { width: qrSize, stack: [{ qr: code.qrPayload, fit: qrSize, eccLevel: 'M' }] },
      {
        width,
        stack: [
          rtlText(say(LABELS.verificationCode, context), { ...options, bold: true }),
          rtlText(isolateLtr(code.shortCode), { ...options, fontSize: FONT_SIZE + 1 }),
          rtlText(say(LABELS.verificationHint, context), { ...options, fontSize: FONT_SIZE - 2, color: '#444444' }),
        ],
      },
    ],
    columnGap: gap,
    margin: [0, 14, 0, 0],
  };
}
