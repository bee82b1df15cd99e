/** The printable sign-off list (Art. 4) through pdfmake (Node, Amiri) and back through pdftotext. */
import { beforeAll, describe, expect, test } from 'vitest';
import { SIGN_OFF_TEXT, buildSignOffList } from '@shared/policy/sign-off-pdf';
import { metrics, pdfText, qpdfCheck, renderPdf, writeTemp } from './pdf-harness';
import { expectedBack, readBack } from './intake-pdf-fixtures';
import { SIGN_OFF_INPUT as INPUT } from './policy-fixtures';


let file = '';
let lines: string[] = [];

beforeAll(async () => {
  file = writeTemp(await renderPdf(buildSignOffList(INPUT, metrics)));
  lines = pdfText(file).split('\f').map(readBack).join('\n').split('\n').map((line) => line.trim()).filter((line) => line !== '');
});

describe('the sign-off list', () => {
  test('is a valid PDF whose title, documents and dates read back', () => {
    expect(qpdfCheck(file)).toContain('No syntax or stream encoding errors found');
    for (const value of [SIGN_OFF_TEXT.title, INPUT.printedAt.hijri, ...INPUT.documents.map((d) => d.title)]) {
      expect(lines, value).toContain(expectedBack(value));
    }
  });

  test('names who signed (with version) and who has not, per document', () => {
    const text = lines.join('\n');
    expect(text).toContain(expectedBack('أمل الحربي'));
    // Each cell reads back as its own line, in the row's order: the name, then "never signed".
    const unsigned = lines.indexOf(expectedBack('بدر القحطاني'));
    expect(lines[unsigned + 1]).toBe(expectedBack(SIGN_OFF_TEXT.never));
    const signed = lines.indexOf(expectedBack('أمل الحربي'));
    expect(lines.slice(signed + 1, signed + 3)).toEqual(['1', expectedBack('٥ مارس ٢٠٢٦ ٠٩:٠٠')]);
    expect(lines).toContain(expectedBack(`${SIGN_OFF_TEXT.signed} (0)`));
    expect(lines).toContain(expectedBack(SIGN_OFF_TEXT.none));
    expect(text).toContain(expectedBack('سعاد العتيبي'));
  });
});
