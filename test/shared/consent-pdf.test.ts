/** The privacy notice and the image consent as printed for the beneficiary, read back with pdftotext. */
import { describe, expect, test } from 'vitest';
import { buildImageConsentPdf, buildNoticePdf, CONSENT_PDF_TEXT } from '@shared/consent/consent-pdf';
import { NOTICE_SEED } from '@shared/consent/notice-seed';
import { metrics, pdfText, qpdfCheck, renderPdf, writeTemp } from './pdf-harness';
import { IMAGE_CONSENT_INPUT, NOTICE_INPUT } from './consent-fixtures';
import { expectedBack, readBack } from './intake-pdf-fixtures';

async function linesOf(definition: Parameters<typeof renderPdf>[0]): Promise<{ file: string; lines: string[] }> {
  const file = writeTemp(await renderPdf(definition));
  const lines = pdfText(file).split('\f').map(readBack).join('\n').split('\n').map((line) => line.trim()).filter((line) => line !== '');
  return { file, lines };
}

describe('the printed privacy notice', () => {
  test('carries its version, the holder, every Arabic paragraph and the English text', async () => {
    const { file, lines } = await linesOf(
      buildNoticePdf(NOTICE_INPUT, metrics),
    );
    expect(qpdfCheck(file)).toContain('No syntax or stream encoding errors found');
    const text = lines.join('\n');
    expect(lines).toContain(expectedBack(NOTICE_SEED.titleAr));
    expect(lines).toContain(expectedBack('هند سالم العمري'));
    expect(lines).toContain('RYD1-2026-000042');
    expect(lines[lines.indexOf(expectedBack(CONSENT_PDF_TEXT.version)) + 1]).toBe('1');
    expect(text.replace(/\s+/g, ' ')).toContain('يحق لك بموجب نظام حماية البيانات الشخصية أن تُبلَّغ بما نجمعه عنك ولماذا.'.normalize('NFC'));
    expect(text.replace(/\s+/g, ' ')).toContain('you have the right to be informed of what we collect about you and why.');
  });
});

describe('the printed image consent', () => {
  test('says what, where and until when, and that it may be withdrawn', async () => {
    const { lines } = await linesOf(
      buildImageConsentPdf(IMAGE_CONSENT_INPUT, metrics),
    );
    for (const value of [CONSENT_PDF_TEXT.imageTitle, 'صورة، قصة', 'صورة في توزيع السلال', 'التقرير السنوي', '٣١ ديسمبر ٢٠٢٦', 'سارية']) expect(lines, value).toContain(expectedBack(value));
    expect(lines.join(' ').replace(/\s+/g, ' ')).toContain('يحق للمستفيد سحب هذه الموافقة في أي وقت');
  });
});
