/**
 * The pure layout (shared/pdf) without any PDF: line breaking against the font's real
 * widths, and the pieces of each line. The key check replays what pdfkit + fontkit do
 * with the pieces (split after spaces unless features are set; reverse right-to-left
 * chunks) and compares the result with bidi-js's own visual string (UAX #9 L1–L4): if
 * they agree, the glyphs land in the right order on the page.
 */
import bidiFactory from 'bidi-js';
import { describe, expect, test } from 'vitest';
import { isolateLtr, withoutBidiControls } from '@shared/pdf/bidi-controls';
import { layoutParagraph, layoutRtlParagraph, type LaidOutLine } from '@shared/pdf/paragraph';
import { classifyPieces } from '@shared/pdf/script-class';
import type { MeasureText } from '@shared/pdf/measure';
import type { VisualPiece } from '@shared/pdf/visual-pieces';
import { metrics } from './pdf-harness';

const bidi = bidiFactory();
const RTL_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;
const STRONG_SCRIPT = /[^\p{Script=Common}\p{Script=Inherited}]/u;

/** What ends up on the page, left to right, after pdfkit's chunking and fontkit's reversal. */
function drawn(pieces: VisualPiece[]): string {
  const chunksOf = (piece: VisualPiece): string[] => (piece.features ? [piece.text] : piece.text.match(/[^ ]* ?| /g)?.filter(Boolean) ?? []);
  return pieces
    .flatMap(chunksOf)
    .map((chunk) => {
      const firstStrong = [...chunk].find((char) => STRONG_SCRIPT.test(char));
      return firstStrong !== undefined && RTL_SCRIPT.test(firstStrong) ? [...chunk].reverse().join('') : chunk;
    })
    .join('');
}

/**
 * bidi-js's visual string for each laid-out line: levels over the whole paragraph (W2
 * looks back past the line start), reordering per line. Line texts are contiguous slices.
 */
function expectedVisual(text: string, lines: LaidOutLine[], direction: 'rtl' | 'ltr'): string[] {
  const levels = bidi.getEmbeddingLevels(text, direction);
  const visible = [...text.matchAll(/[^\u2066-\u2069\u200e\u200f\u202a-\u202e\u061c]/gu)].map((match) => match.index);
  let consumed = 0;
  return lines.map((line) => {
    const skip = text.slice(visible[consumed] ?? 0).length - text.slice(visible[consumed] ?? 0).trimStart().length;
    const from = visible[consumed] ?? 0;
    consumed += [...text.slice(from, from + skip)].length;
    const first = visible[consumed] ?? 0;
    const last = visible[consumed + line.text.length - 1] ?? first;
    consumed += line.text.length;
    return withoutBidiControls(bidi.getReorderedString(text, levels, first, last).slice(first, last + 1));
  });
}

const fontSize = 12;
const wide = { width: 1000, fontSize, measure: metrics.normal };

describe('pieces in visual order', () => {
  const cases: Array<[string, string]> = [
    ['plain Arabic', 'طلب مساعدة إيجار'],
    ['Latin name in brackets', 'المستفيد (John Smith) بطلب'],
    ['Arabic in brackets', 'الوحدة (الفرع الرئيسي) للدراسة'],
    ['European digits after Arabic (W2)', 'رقم 2025-00417 بتاريخ'],
    ['Arabic-Indic date', 'بتاريخ ١٤٤٧/٠٣/١٢ هـ، وقد'],
    ['percentage', 'بنسبة 85% بعد'],
    ['e-mail', 'البريد a.b@example.com أو'],
    ['isolated mobile', `الجوال: ${isolateLtr('+966501234567')}`],
    ['tashkeel', 'تقدّم المستفيد مُحَمَّد الشَّهْرِي'],
    ['punctuation', 'صحيحة، وكاملة: نعم؟ لا!'],
  ];
  test.each(cases)('%s', (_name, text) => {
    const { lines } = layoutRtlParagraph(text, wide);
    expect(lines).toHaveLength(1);
    expect(lines.map((line) => drawn(line.pieces))).toEqual(expectedVisual(text, lines, 'rtl'));
  });

  test('known visual strings (left to right)', () => {
    const visual = (text: string): string => drawn(layoutRtlParagraph(text, wide).lines[0]?.pieces ?? []);
    expect(visual(`الجوال: ${isolateLtr('+966501234567')}`)).toBe('+966501234567 :لاوجلا');
    // Brackets mirrored: the one read first (on the right) opens towards the text.
    expect(visual('نص (مثال) نص')).toBe('صن (لاثم) صن');
    expect(visual('الاسم (John Smith)')).toBe('(John Smith) مسالا');
    // UAX #9 W2: after an Arabic letter 2025-00417 is two Arabic numbers and reads 00417-2025.
    expect(visual('رقم 2025-00417')).toBe('00417-2025 مقر');
    expect(visual(`رقم ${isolateLtr('2025-00417')}`)).toBe('2025-00417 مقر');
  });

  test('a left-to-right paragraph keeps Arabic runs right to left', () => {
    const text = 'Beneficiary: محمد الشهري (ID 1012345678), 85%';
    const paragraph = layoutParagraph(text, { ...wide, direction: 'ltr' });
    expect(paragraph.direction).toBe('ltr');
    const line = paragraph.lines[0];
    if (!line) throw new Error('no line');
    expect(drawn(line.pieces)).toBe('Beneficiary: يرهشلا دمحم (ID 1012345678), 85%');
    expect(layoutParagraph('محمد then English', { ...wide, direction: 'auto' }).direction).toBe('rtl');
    expect(layoutParagraph('Then محمد', { ...wide, direction: 'auto' }).direction).toBe('ltr');
  });

  test('rtl pieces hold no inner space and are shaped as one run; spaces sit on the left', () => {
    const { lines } = layoutRtlParagraph('طلب مساعدة (John Smith) رقم ١٢٣ و 45 هنا.', wide);
    for (const piece of lines.flatMap((line) => line.pieces)) {
      if (piece.cls === 'rtl') {
        expect(piece.features).toEqual({ kern: false });
        expect(piece.text.trimEnd()).not.toContain(' ');
        expect(piece.text.startsWith(' ')).toBe(false);
      } else {
        expect(piece.text.endsWith(' ')).toBe(false);
      }
    }
  });

  test('marks and joiners stay with their letter', () => {
    const text = 'مُحَمَّد هـ a\u0301';
    const classes = classifyPieces(text);
    expect(classes.slice(0, 8).every((cls) => cls === 'rtl')).toBe(true);
    expect(classes[10]).toBe('rtl'); // tatweel after heh
    expect(classes.slice(12)).toEqual(['other', 'other']); // a + combining acute
  });
});

describe('line breaking', () => {
  const paragraph =
    'تقدّم المستفيد محمّد بن عبدالله الشهري (John Smith) بطلب مساعدة إيجار رقم 2025-00417 بتاريخ ١٤٤٧/٠٣/١٢ هـ، ' +
    'وقد اكتمل ملفه بنسبة 85% بعد إرفاق 4 مستندات من أصل ٥ مستندات مطلوبة، ويصل الرد عبر البريد a.b@example.com خلال 15 يوم عمل.';

  test('lines fit, keep every word in order, and are greedy', () => {
    const width = 200;
    const { lines } = layoutRtlParagraph(paragraph, { width, fontSize, measure: metrics.normal });
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.map((line) => line.text).join(' ')).toBe(paragraph);
    for (const [i, line] of lines.entries()) {
      expect(line.width).toBeLessThanOrEqual(width);
      // Measured the way pdfmake will: the sum of the pieces' widths.
      const pieceWidth = line.pieces.reduce((sum, piece) => sum + metrics.normal(piece.text, fontSize, piece.features), 0);
      expect(pieceWidth).toBeCloseTo(line.width, 6);
      const next = lines[i + 1];
      if (next) {
        const withNextWord = `${line.text} ${next.text.split(' ')[0] ?? ''}`;
        expect(metrics.normal(withNextWord, fontSize)).toBeGreaterThan(width - 2);
      }
    }
    expect(lines.map((line) => drawn(line.pieces))).toEqual(expectedVisual(paragraph, lines, 'rtl'));
  });

  test('a word wider than the line is cut between grapheme clusters', () => {
    const measure: MeasureText = (text, size) => [...text].length * size * 0.5;
    const word = 'مُحَمَّدمُحَمَّدمُحَمَّد';
    const { lines } = layoutRtlParagraph(`قبل ${word} بعد`, { width: 30, fontSize: 10, measure });
    for (const line of lines) expect(measure(line.text, 10)).toBeLessThanOrEqual(30);
    expect(lines.map((line) => line.text).join('')).toBe(`قبل${word}بعد`);
    // No line starts with a combining mark: the cut falls between clusters.
    for (const line of lines) expect(/^\p{M}/u.test(line.text)).toBe(false);
  });

  test('line feeds start new lines; empty text gives one empty line', () => {
    expect(layoutRtlParagraph('سطر أول\nسطر ثان', wide).lines.map((line) => line.text)).toEqual(['سطر أول', 'سطر ثان']);
    expect(layoutRtlParagraph('', wide).lines).toEqual([{ text: '', pieces: [], width: 0 }]);
  });

  test('bidi controls steer the order but are never drawn or measured', () => {
    const { lines } = layoutRtlParagraph(`الجوال ${isolateLtr('+966501234567')}`, wide);
    expect(lines[0]?.text).toBe('الجوال +966501234567');
    expect(lines[0]?.pieces.map((piece) => piece.text).join('')).not.toMatch(/[\u2066-\u2069]/u);
  });
});
