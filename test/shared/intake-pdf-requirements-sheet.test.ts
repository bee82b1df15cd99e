/** The requirements sheet through pdfmake (Node, Amiri) and back through pdftotext and qpdf. */
import { beforeAll, describe, expect, test } from 'vitest';
import { OPTIONAL_LABEL, REQUIRED_LABEL, SHEET_TEXT, buildRequirementsSheet } from '@shared/intake/pdf/requirements-sheet';
import { BODY_SIZE } from '@shared/intake/pdf/document-parts';
import { tableOuterWidth } from '@shared/pdf/content';
import { layoutParagraph } from '@shared/pdf/paragraph';
import { A4, CONTENT_WIDTH, PAGE_MARGIN } from '@shared/pdf/sample-document';
import { metrics, pdfText, pdfWords, qpdfCheck, renderPdf, writeTemp, type PdfWord } from './pdf-harness';
import { SHEET_INPUT, expectedBack, readBack, unspaced } from './intake-pdf-fixtures';

/** The lines of a requirement's cell as the sheet lays them out (the flexible column's width). */
function requirementLines(label: string): string[] {
  const width = CONTENT_WIDTH - tableOuterWidth([{ width: 22 }, { width: 0 }, { width: 50 }, { width: 55 }]);
  return layoutParagraph(label, { width, fontSize: BODY_SIZE, measure: metrics.normal }).lines.map((line) => line.text);
}

let file = '';
let pages: string[] = [];
let lines: string[] = [];
let words: PdfWord[] = [];

beforeAll(async () => {
  file = writeTemp(await renderPdf(buildRequirementsSheet(SHEET_INPUT, metrics)));
  pages = pdfText(file).split('\f').filter((page) => page.trim() !== '').map(readBack);
  lines = pages.join('\n').split('\n').map((line) => line.trim());
  words = pdfWords(file);
});

describe('the requirements sheet', () => {
  test('is a valid PDF of two or more pages, numbered', () => {
    expect(qpdfCheck(file)).toContain('No syntax or stream encoding errors found');
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((page, i) => {
      expect(page).toContain(`${SHEET_INPUT.associationName} — صفحة ${i + 1} من ${pages.length}`);
    });
  });

  test('every field comes back exactly, as its own line', () => {
    const fields = [
      SHEET_INPUT.associationName,
      SHEET_TEXT.title,
      SHEET_INPUT.requestType.nameAr,
      String(SHEET_INPUT.requestType.version),
      SHEET_INPUT.printedAt.hijri,
      SHEET_INPUT.printedAt.gregorian,
      ...SHEET_INPUT.inquiryChannels.map((channel) => channel.value),
    ];
    for (const value of fields) expect(lines, value).toContain(expectedBack(value));
  });

  test('every requirement is listed with its kind and whether it is required', () => {
    const text = unspaced(lines.join(' '));
    for (const requirement of SHEET_INPUT.requestType.requirements) {
      // A long label wraps inside its cell; pdftotext gives each of its lines back in its row's order.
      for (const line of requirementLines(requirement.labelAr)) expect(text, requirement.labelAr).toContain(unspaced(expectedBack(line)));
    }
    const required = SHEET_INPUT.requestType.requirements.filter((r) => r.required).length;
    const optional = SHEET_INPUT.requestType.requirements.length - required;
    expect(lines.filter((line) => line.endsWith(REQUIRED_LABEL)).length).toBe(required);
    expect(lines.filter((line) => line.endsWith(OPTIONAL_LABEL)).length).toBe(optional);
  });

  test('eligibility, the 15-working-day promise and the headings are there', () => {
    const text = lines.join(' ');
    for (const paragraph of SHEET_INPUT.eligibility.split('\n')) {
      for (const word of expectedBack(paragraph).split(/\s+/)) expect(text).toContain(word.replace(/[.،]$/, ''));
    }
    expect(text).toContain('15 يوم عمل من تاريخ اكتمال الطلب');
    for (const heading of [SHEET_TEXT.eligibility, SHEET_TEXT.requirements, SHEET_TEXT.reply, SHEET_TEXT.inquiries]) {
      expect(lines).toContain(heading);
    }
  });

  test('nothing is drawn outside the margins', () => {
    for (const box of words) {
      expect(box.xMin, box.text).toBeGreaterThanOrEqual(PAGE_MARGIN - 0.01);
      expect(box.xMax, box.text).toBeLessThanOrEqual(A4.width - PAGE_MARGIN + 0.01);
    }
  });
});
