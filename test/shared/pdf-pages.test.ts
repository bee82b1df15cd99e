/** A long right-to-left document: lines flow across pages and every page stays readable. */
import type { Content } from 'pdfmake/interfaces';
import { expect, test } from 'vitest';
import { isolateLtr } from '@shared/pdf/bidi-controls';
import { rtlTable, rtlText } from '@shared/pdf/content';
import { ARABIC_FONT_FAMILY } from '@shared/pdf/fonts';
import { A4, CONTENT_WIDTH, PAGE_MARGIN } from '@shared/pdf/sample-document';
import { metrics, pdfText, pdfWords, qpdfCheck, renderPdf, writeTemp } from './pdf-harness';

test('three pages of requirements: page breaks between lines, nothing lost or clipped', async () => {
  const fontSize = 12;
  const rows = Array.from({ length: 60 }, (_, i) => [
    String(i + 1),
    `المستند رقم ${i + 1} (نسخة مصدقة) يرفق مع الطلب ويراجع خلال 15 يوم عمل`,
    i % 3 === 0 ? 'ناقص' : 'مرفق',
  ]);
  const content: Content[] = [
    rtlText('قائمة المتطلبات', { width: CONTENT_WIDTH, fontSize: 16, bold: true, metrics, align: 'center' }),
    rtlText(`للتواصل: ${isolateLtr('info@example.org')} أو ${isolateLtr('+966112345678')}`, { width: CONTENT_WIDTH, fontSize, metrics }),
    rtlTable({
      columns: [
        { header: 'م', width: 24 },
        { header: 'المتطلب', width: CONTENT_WIDTH - 24 - 70 - 28 },
        { header: 'الحالة', width: 70 },
      ],
      rows,
      fontSize,
      metrics,
    }),
    rtlText('نهاية القائمة.', { width: CONTENT_WIDTH, fontSize, metrics }),
  ];
  const file = writeTemp(
    await renderPdf({ pageSize: 'A4', pageMargins: PAGE_MARGIN, defaultStyle: { font: ARABIC_FONT_FAMILY, fontSize }, content }),
  );
  expect(qpdfCheck(file)).toContain('No syntax or stream encoding errors found');
  const pages = pdfText(file).split('\f').filter((page) => page.trim() !== '');
  expect(pages.length).toBe(3);
  const all = pages.join('\n');
  for (const expected of ['قائمة المتطلبات', 'info@example.org', '+966112345678', 'نهاية القائمة.', 'نسخة مصدقة']) {
    expect(all.replace(/[\u202a-\u202e]/g, '')).toContain(expected);
  }
  // Every row made it: its number and its 60 requirement texts, spread over the pages.
  expect(all.match(/مصدقة/g)).toHaveLength(60);
  for (let n = 1; n <= 60; n++) expect(all).toMatch(new RegExp(`(^|\\D)${n}(\\D|$)`));
  for (const box of pdfWords(file)) {
    expect(box.xMin).toBeGreaterThanOrEqual(PAGE_MARGIN - 0.01);
    expect(box.xMax).toBeLessThanOrEqual(A4.width - PAGE_MARGIN + 0.01);
  }
});
