/**
 * The visit report (policy 3.8c) through pdfmake with the committed Amiri font, read back with pdftotext
 * and page 1 rendered with pdftoppm: the checklist results, the corrective action and both photos print.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { describe, expect, test } from 'vitest';
import { PHOTO_CONSENT_WORDS, buildVisitReport, type VisitReportInput } from '@shared/visits';
import { metrics, pdfText, qpdfCheck, renderPdf, writeTemp } from './pdf-harness';

/** The last page as PNG (pdftoppm): the photos come after the checklist. */
function renderLastPage(file: string): Buffer {
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? 1);
  execFileSync('pdftoppm', ['-r', '40', '-png', '-f', String(pages), '-l', String(pages), '-singlefile', file, `${file}-last`]);
  return readFileSync(`${file}-last.png`);
}

/** A solid-colour PNG as a data URL (a synthetic "photo"). */
function photo(red: number, green: number, blue: number): string {
  const png = new PNG({ width: 64, height: 48 });
  for (let i = 0; i < png.data.length; i += 4) png.data.set([red, green, blue, 255], i);
  return `data:image/png;base64,${PNG.sync.write(png).toString('base64')}`;
}

const input: VisitReportInput = {
  associationName: 'جمعية كادي',
  visitNumber: 'RYD1-V2026-000001',
  visitType: 'زيارة منزلية',
  target: 'سارة أحمد العتيبي (1024)',
  plannedDate: '2026-03-08',
  visitedDate: '2026-03-08',
  fieldWorker: 'نورة الباحثة',
  status: 'مكتملة',
  purpose: 'متابعة حالة السكن',
  checklist: [
    { label: 'التحقق من هوية المستفيد', result: 'met', note: '' },
    { label: 'حالة السكن مطابقة لما في الملف', result: 'not-met', note: 'تسرب مياه في المطبخ' },
    { label: 'تحديث الاحتياجات', result: 'not-applicable', note: '' },
  ],
  findings: 'الأسرة بحاجة إلى صيانة عاجلة.',
  actions: [{ text: 'إصلاح تسرب المياه', owner: 'مدير الخدمات', dueDate: '2026-03-15', done: false }],
  interviews: [{ questionnaire: 'رضا المستفيدين', count: 2 }],
  photos: [{ dataUrl: photo(200, 30, 30), caption: 'المطبخ' }, { dataUrl: photo(30, 30, 200), caption: 'الحمام' }],
};

describe('the visit report PDF', () => {
  test('reads back in Arabic with its checklist, action and photos, and renders a page', async () => {
    const file = writeTemp(await renderPdf(buildVisitReport(input, metrics)));
    expect(qpdfCheck(file)).toContain('No syntax or stream encoding errors');
    const text = pdfText(file);
    for (const words of ['تقرير زيارة إشرافية', 'RYD1-V2026-000001', 'غير متحقق', 'تسرب مياه في المطبخ', 'إصلاح تسرب المياه', '2026-03-15', 'رضا المستفيدين', 'المطبخ', 'الحمام']) {
      expect(text).toContain(words);
    }
    const page = PNG.sync.read(renderLastPage(file));
    // Both photos are drawn: the page holds pure red-ish and blue-ish pixels.
    let red = 0;
    let blue = 0;
    for (let i = 0; i < page.data.length; i += 4) {
      const [r, g, b] = [page.data[i] ?? 0, page.data[i + 1] ?? 0, page.data[i + 2] ?? 0];
      if (r > 150 && g < 80 && b < 80) red += 1;
      if (b > 150 && r < 80 && g < 80) blue += 1;
    }
    expect(red).toBeGreaterThan(100);
    expect(blue).toBeGreaterThan(100);
  });

  test('each photo says whether the person had a publication consent when it was taken (policy 3.6a)', async () => {
    const photos = [{ ...input.photos[0]!, consent: 'given' as const }, { ...input.photos[1]!, consent: 'refused' as const }, { dataUrl: photo(30, 200, 30), caption: 'الفناء' }];
    const text = pdfText(writeTemp(await renderPdf(buildVisitReport({ ...input, photos }, metrics))));
    for (const words of Object.values(PHOTO_CONSENT_WORDS)) expect(text).toContain(words);
  });

  test('a photo that is not an image is named, not drawn (no half-built PDF)', async () => {
    const file = writeTemp(await renderPdf(buildVisitReport({ ...input, photos: [{ dataUrl: 'data:image/png;base64,AAAA', caption: 'تالفة' }] }, metrics)));
    expect(pdfText(file)).toContain('صورة لا يمكن عرضها');
  });
});
