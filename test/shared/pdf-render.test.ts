/**
 * The sample page through pdfmake (in Node, with the committed Amiri font) and back
 * through poppler and qpdf: what a reader's viewer, a copy-paste or a search would get.
 *
 * Every laid-out line carries its logical text as /ActualText (shared/pdf/reader-text-layer.ts):
 * pdftotext gives field values back exactly, brackets in place, once its bidi marks are
 * dropped (`readBack`). The drawing itself (visual order, brackets drawn mirrored: UAX #9 L4,
 * the only way with fontkit, Amiri's rtlm does not cover brackets) is checked on the same page
 * rendered without the reader text, where pdftotext -bbox reports the glyphs as drawn.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSampleDocument, CONTENT_WIDTH, PAGE_MARGIN, SAMPLE } from '@shared/pdf/sample-document';
import { readBack } from '../fixtures/declaration/read-back';
import { fixtureDir, metrics, pdfText, pdfWords, qpdfCheck, renderPage1, renderPdf, withoutReaderText, writeTemp, type PdfWord } from './pdf-harness';

const comparable = (text: string): string => text.replace(/\u0640/g, '');
const reversed = (word: string): string => [...word].reverse().join('');

let file = '';
let glyphsFile = '';
let text = '';
let words: PdfWord[] = [];
let generationMs = 0;
let bytes = 0;

beforeAll(async () => {
  await renderPdf(buildSampleDocument(metrics)); // warm: font parsed, code compiled
  const started = performance.now();
  const pdf = await renderPdf(buildSampleDocument(metrics));
  generationMs = performance.now() - started;
  bytes = pdf.length;
  file = writeTemp(pdf);
  text = readBack(pdfText(file));
  glyphsFile = writeTemp(await renderPdf(withoutReaderText(buildSampleDocument(metrics))));
  words = pdfWords(glyphsFile);
});

describe('the sample page', () => {
  test('is one valid page of a reasonable size', () => {
    expect(qpdfCheck(file)).toContain('No syntax or stream encoding errors found');
    expect(pdfText(file).split('\f').filter((page) => page.trim() !== '')).toHaveLength(1);
    console.info(`sample page: ${generationMs.toFixed(0)} ms warm, ${(bytes / 1024).toFixed(1)} KB`);
    // Its time is shown here and measured by the benchmark (npm run bench -- pdf), not asserted.
    expect(bytes).toBeLessThan(150 * 1024);
  });

  test('every field value comes back exactly, in logical order, as its own line', () => {
    const lines = text.split('\n');
    for (const { label, value } of SAMPLE.fields) {
      expect(lines, label).toContain(value.normalize('NFC'));
    }
    // Tashkeel is drawn and read back: the name keeps its shadda on the right letter.
    expect(lines).toContain('محمّد بن عبدالله الشهري');
  });

  test('the title, the paragraph and the table come back word for word', () => {
    // Numbers are checked digit group by digit group (the drawing shows 2025-00417 as
    // 00417-2025 in flowing Arabic text, UAX #9 W2; the reader text keeps it logical).
    for (const source of [SAMPLE.title, SAMPLE.paragraph, ...SAMPLE.table.headers, ...SAMPLE.table.rows.flat()]) {
      for (const word of comparable(source).split(/[ \-/%]/)) {
        const bare = word.replace(/^[()،.:]+|[()،.:]+$/g, '');
        if (bare !== '') expect(text, word).toContain(bare);
      }
    }
    for (const cell of ['صورة الهوية الوطنية', 'IBAN SA03 8000 0000 6080 1016 7519']) expect(text).toContain(cell);
  });

  test('words of a right-to-left line run from right to left', () => {
    // The paragraph's first line, in logical order (words without marks or punctuation).
    const logical = ['المستفيد', 'بن', 'عبدالله', 'الشهري', 'بطلب', 'مساعدة', 'إيجار', 'رقم', 'بتاريخ'];
    const found = logical.map((word) => words.find((box) => box.text === reversed(word)));
    const boxes = found.filter((box): box is PdfWord => box !== undefined);
    expect(boxes).toHaveLength(logical.length);
    const line = boxes[0]?.yMin ?? 0;
    for (const box of boxes) expect(box.yMin).toBeCloseTo(line, 0);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]?.xMin ?? 0).toBeLessThan(boxes[i - 1]?.xMin ?? 0);
  });

  test('brackets face the text they enclose', () => {
    // -bbox words are in drawing (left-to-right) order: the left bracket must be "(".
    const title = words.filter((box) => box.yMin < (words[0]?.yMin ?? 0) + 1);
    expect(title.map((box) => box.text).join(' ')).toBe('(يبيرجت جذومن) ةمدخ بلط لاصيإ');
    const john = words.findIndex((box) => box.text === '(John');
    expect(words[john + 1]?.text).toBe('Smith)');
    const unit = words.filter((box) => /يسيئرلا|عرفلا/.test(box.text)).map((box) => box.text);
    expect(unit).toEqual(['(يسيئرلا', 'عرفلا)']);
  });

  test('the long paragraph wraps inside the margins', () => {
    const paragraphWords = words.filter((box) => /ديفتسملا|لمتكا|ةيعامتجالا|لئاسرلا/.test(box.text));
    expect(new Set(paragraphWords.map((box) => Math.round(box.yMin))).size).toBeGreaterThanOrEqual(4);
    const rightEdge = PAGE_MARGIN + CONTENT_WIDTH;
    for (const box of words) {
      expect(box.xMin, box.text).toBeGreaterThanOrEqual(PAGE_MARGIN - 0.01);
      expect(box.xMax, box.text).toBeLessThanOrEqual(rightEdge + 0.01);
    }
    // Right-aligned: each paragraph line ends exactly at the right margin.
    const lineEnds = new Map<number, number>();
    for (const box of words) {
      const line = Math.round(box.yMin);
      lineEnds.set(line, Math.max(lineEnds.get(line) ?? 0, box.xMax));
    }
    // Lines in page order: the centred title, then the paragraph's four lines.
    const paragraphLines = [...lineEnds.entries()].sort(([a], [b]) => a - b).slice(1, 5);
    for (const [, end] of paragraphLines) expect(end).toBeCloseTo(rightEdge, 1);
  });

  test('the reader text changes nothing drawn', () => {
    expect(renderPage1(file, 100).equals(renderPage1(glyphsFile, 100))).toBe(true);
  });

  test('page 1 matches the reference image', () => {
    const actual = PNG.sync.read(renderPage1(file, 60));
    const referenceFile = join(fixtureDir, 'sample-page1.png');
    if (process.env['UPDATE_PDF_REFERENCE'] === '1') writeFileSync(referenceFile, PNG.sync.write(actual));
    const reference = PNG.sync.read(readFileSync(referenceFile));
    expect([actual.width, actual.height]).toEqual([reference.width, reference.height]);
    const diff = pixelmatch(actual.data, reference.data, undefined, actual.width, actual.height, { threshold: 0.1 });
    // Anti-aliasing may differ between poppler builds; a moved word would change far more.
    expect(diff / (actual.width * actual.height)).toBeLessThan(0.002);
  });
});
