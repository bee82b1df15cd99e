/**
 * A three-page declaration through pdfmake (Node, committed Amiri font) and back through
 * poppler and qpdf: every stored field comes back as stored, RTL lines read right to left,
 * brackets face their text, the pages are numbered, page 1 matches its reference image.
 * Normalisation of pdftotext's output: test/fixtures/declaration/read-back.ts. The drawing
 * (word order, brackets, margins) is read from the same document rendered without its reader
 * text, where pdftotext -bbox reports the glyphs as drawn.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, test } from 'vitest';
import type { DeclarationDoc } from '@shared/db/schemas/declaration.schema';
import { buildDeclarationDocument, declarationDocumentInput } from '@shared/declaration/document';
import { shortCode } from '@shared/declaration/verification-code';
import { A4, PAGE_MARGIN } from '@shared/pdf/sample-document';
import { expectedText, readBack } from '../fixtures/declaration/read-back';
import { sealedPadDeclaration } from '../fixtures/declaration/sealed';
import { metrics, pdfText, pdfWords, qpdfCheck, renderPage1, renderPdf, withoutReaderText, writeTemp, type PdfWord } from './pdf-harness';

const fixtureDir = join(import.meta.dirname, '../fixtures/declaration');
const reversed = (word: string): string => [...word].reverse().join('');

let doc: DeclarationDoc;
let file = '';
let pages: string[] = [];
let words: PdfWord[] = [];
let generationMs = 0;

beforeAll(async () => {
  doc = await sealedPadDeclaration();
  const definition = (): Parameters<typeof renderPdf>[0] => buildDeclarationDocument(declarationDocumentInput(doc), metrics, { bilingual: false });
  await renderPdf(definition()); // warm: font parsed, code compiled
  const started = performance.now();
  const pdf = await renderPdf(definition());
  generationMs = performance.now() - started;
  file = writeTemp(pdf);
  pages = pdfText(file).split('\f').filter((page) => page.trim() !== '').map(readBack);
  words = pdfWords(writeTemp(await renderPdf(withoutReaderText(definition()))));
  console.info(`declaration, 3 pages: ${generationMs.toFixed(0)} ms warm (layout + pdfmake), ${(pdf.length / 1024).toFixed(1)} KB`);
}, 60_000); // two renders and poppler on 2 shared cores

describe('the three-page declaration', () => {
  test('is a valid PDF of three numbered pages', () => {
    expect(qpdfCheck(file)).toContain('No syntax or stream encoding errors found');
    expect(pages).toHaveLength(3);
    pages.forEach((page, i) => expect(page.split('\n')).toContain(`صفحة ${i + 1} من 3`));
    // Its time is the benchmark's (npm run bench -- pdf), never a test's: shown, not asserted.
    expect(generationMs).toBeGreaterThan(0);
  });

  test('every stored field comes back equal to the stored value, on its own line', () => {
    const lines = pages.join('\n').split('\n');
    const { snapshot } = doc;
    const { beneficiary, request } = snapshot;
    const single = [
      doc.declarationNumber, String(doc.version), snapshot.declaredAt.hijri, snapshot.declaredAt.gregorian, snapshot.declaredAt.time,
      beneficiary.fullName, beneficiary.latinName, beneficiary.nationalId, ...beneficiary.mobiles, String(beneficiary.familyCount),
      beneficiary.category.ar, request.requestNumber, request.requestType.ar, ...request.requirements.map((r) => r.ar),
      snapshot.channel.label.ar, snapshot.channel.address, snapshot.due.hijri, snapshot.due.gregorian,
      snapshot.associationName, snapshot.deskName, snapshot.staffName, shortCode(doc.declarationNumber, doc.hash),
    ];
    for (const value of single) expect(lines, value).toContain(expectedText(value));
    // Names keep their tashkeel exactly as typed.
    expect(lines).toContain('مُحَمَّد عبدُ الله عبدالرحمن آل سَعِيد');
    // The long address wraps over two lines of its cell: in order, nothing lost.
    // (pdftotext may list the cell's second line after the next rows: look it up, not next door.)
    const address = expectedText(beneficiary.address);
    const first = lines.find((line) => line !== '' && address.startsWith(`${line} `)) ?? '';
    expect(first.length).toBeGreaterThan(20);
    expect(lines).toContain(address.slice(first.length + 1));
  });

  test('the requirements flow over the pages with the table header repeated, all in order', () => {
    const header = 'المتطلبات المقدّمة'.normalize('NFKC');
    expect(pages.filter((page) => page.split('\n').includes(header)).length).toBeGreaterThanOrEqual(2);
    const all = pages.join('\n');
    const positions = doc.snapshot.request.requirements.map((r) => all.indexOf(expectedText(r.ar)));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  test('the declaration statements are on the last page with the signatures and the codes', () => {
    const last = pages[2] ?? '';
    for (const phrase of ['صحيحة وكاملة', 'مسؤولية مباشرة', 'الوحدة الإدارية المختصة', 'وسيلة التواصل المتفق عليها', '15 يوم عمل', 'توقيع المستفيد', 'الموظف المستلم', 'رمز التحقق']) {
      expect(last, phrase).toContain(phrase);
    }
  });

  test('words of a right-to-left line run from right to left', () => {
    const logical = doc.snapshot.associationName.split(' ');
    const boxes = logical.map((word) => words.find((box) => box.text === reversed(word)));
    expect(boxes.every((box) => box !== undefined)).toBe(true);
    const found = boxes as PdfWord[];
    for (const box of found) expect(box.yMin).toBeCloseTo(found[0]?.yMin ?? 0, 0);
    for (let i = 1; i < found.length; i++) expect(found[i]?.xMin ?? 0).toBeLessThan(found[i - 1]?.xMin ?? 0);
  });

  test('brackets face the text they enclose', () => {
    // -bbox words are in drawing order, left to right: "(هجري) التاريخ" drawn as "(يرجه) خيراتلا".
    const at = words.findIndex((box) => box.text === '(يرجه)');
    expect(at).toBeGreaterThanOrEqual(0);
    expect(words[at + 1]?.text).toBe('خيراتلا');
  });

  test('a comma after digits in Arabic text is drawn after them (to their left)', () => {
    // "مبنى رقم 4521، الدور" in drawing order: "رودلا ،4521 مقر ىنبم".
    const at = words.findIndex((box) => box.text === '،4521');
    expect(words.slice(at - 1, at + 3).map((box) => box.text)).toEqual(['رودلا', '،4521', 'مقر', 'ىنبم']);
  });

  test('nothing is drawn outside the margins', () => {
    for (const box of words) {
      expect(box.xMin, box.text).toBeGreaterThanOrEqual(PAGE_MARGIN - 0.01);
      expect(box.xMax, box.text).toBeLessThanOrEqual(A4.width - PAGE_MARGIN + 0.01);
    }
  });

  test('page 1 matches the reference image', () => {
    const actual = PNG.sync.read(renderPage1(file, 60));
    const referenceFile = join(fixtureDir, 'declaration-page1.png');
    if (process.env['UPDATE_PDF_REFERENCE'] === '1') writeFileSync(referenceFile, PNG.sync.write(actual));
    const reference = PNG.sync.read(readFileSync(referenceFile));
    expect([actual.width, actual.height]).toEqual([reference.width, reference.height]);
    const diff = pixelmatch(actual.data, reference.data, undefined, actual.width, actual.height, { threshold: 0.1 });
    // Anti-aliasing may differ between poppler builds; a moved word would change far more.
    expect(diff / (actual.width * actual.height)).toBeLessThan(0.002);
  });
});
