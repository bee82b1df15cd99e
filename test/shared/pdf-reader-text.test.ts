/**
 * What a reader copies out of a laid-out page: `pdftotext` and `pdftotext -layout` (real
 * poppler) give every line's logical text exactly as stored (NFC, tashkeel on its letters),
 * brackets and punctuation in place, digits apart from the words beside them, on a page read
 * right to left and on one read left to right. Only the invisible bidi marks are dropped
 * (readBack), as search and copy drop them.
 */
import type { Content } from 'pdfmake/interfaces';
import { describe, expect, test } from 'vitest';
import { isolateLtr } from '@shared/pdf/bidi-controls';
import { rtlText } from '@shared/pdf/content';
import { ARABIC_FONT_FAMILY } from '@shared/pdf/fonts';
import { A4, CONTENT_WIDTH, PAGE_MARGIN } from '@shared/pdf/sample-document';
import { readBack } from '../fixtures/declaration/read-back';
import { metrics, pdfText, qpdfCheck, renderPage1, renderPdf, withoutReaderText, writeTemp } from './pdf-harness';
import { MIXED_LINES } from './pdf-mixed-lines';

const SLOW = { timeout: 60_000 };

/** One line each: every hard case of Arabic text next to Latin, digits and punctuation. */
const LINES = [
  ...MIXED_LINES,
  'البريد: a.b@example.com أو الجوال +966501234567',
  'مبنى رقم 4521، الدور الثاني (شقة 7)',
  'نسبة 15% من 200 ريال (الحد الأعلى).',
];

/** A paragraph long enough to wrap over several lines. */
const PARAGRAPH =
  'يُحال الطلب رقم 2025-00417 إلى الوحدة المختصة (وحدة الدراسة الاجتماعية) للدراسة، ويصل الرد خلال 15 يوم عمل ' +
  'عبر البريد الإلكتروني a.b@example.com أو الجوال +966501234567، وقد اكتمل الملف بنسبة 85% بعد إرفاق ٤ مستندات من أصل ٥.';

async function page(content: Content[]): Promise<string> {
  const definition = { pageSize: { width: A4.width, height: A4.height }, pageMargins: PAGE_MARGIN, defaultStyle: { font: ARABIC_FONT_FAMILY }, content };
  const file = writeTemp(await renderPdf(definition));
  expect(qpdfCheck(file)).toContain('No syntax or stream encoding errors found');
  // The reader text only adds text: the page is drawn exactly as without it.
  const glyphsOnly = writeTemp(await renderPdf(withoutReaderText(definition)));
  expect(renderPage1(file, 60).equals(renderPage1(glyphsOnly, 60))).toBe(true);
  return file;
}

const line = (text: string, direction: 'rtl' | 'ltr' | 'auto' = 'rtl'): Content => rtlText(text, { width: CONTENT_WIDTH, fontSize: 12, metrics, direction, margin: [0, 0, 0, 8] });

function expectEveryLine(file: string, values: readonly string[]): void {
  const plain = readBack(pdfText(file)).split('\n');
  const layout = readBack(pdfText(file, ['-layout'])).split('\n').map((row) => row.trim());
  for (const value of values) {
    expect(plain, value).toContain(value.normalize('NFC'));
    expect(layout, `${value} (-layout)`).toContain(value.normalize('NFC'));
  }
}

describe('the reader text of laid-out lines', () => {
  test('a right-to-left page: each line comes back exactly, in logical order', SLOW, async () => {
    const file = await page(LINES.map((text) => line(text)));
    expectEveryLine(file, LINES);
  });

  test('a wrapped paragraph comes back word for word, its lines in order', SLOW, async () => {
    const file = await page([line(PARAGRAPH)]);
    const lines = readBack(pdfText(file)).split('\n').filter((row) => row.trim() !== '');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines.join(' ')).toBe(PARAGRAPH.normalize('NFC'));
  });

  test('isolated left-to-right values keep their edges (the + of a mobile)', SLOW, async () => {
    const file = await page([line(`الجوال: ${isolateLtr('+966501234567')}`), line(`رقم الطلب: ${isolateLtr('RYD1-R2026-000042')}`)]);
    expectEveryLine(file, ['الجوال: +966501234567', 'رقم الطلب: RYD1-R2026-000042']);
  });

  test('a page read left to right (mostly English): Arabic lines and English lines both exact', SLOW, async () => {
    const english = [
      'Data-accuracy declaration (bilingual copy), page 1 of 1.',
      'The beneficiary confirms the data (name, address and mobile) is correct and complete.',
      'Reply within 15 working days, by e-mail to a.b@example.com or SMS to +966501234567.',
      'Completion: 85% (4 of 5 documents).',
    ];
    const file = await page([...english.map((text) => line(text, 'ltr')), ...LINES.slice(0, 4).map((text) => line(text))]);
    expectEveryLine(file, [...english, ...LINES.slice(0, 4)]);
  });
});
