/** The intake receipt through pdfmake (Node, Amiri) and back through pdftotext and qpdf. */
import { beforeAll, describe, expect, test } from 'vitest';
import { NOT_PROVIDED_LABEL, PROVIDED_LABEL, RECEIPT_TEXT, buildReceipt, type ReceiptInput } from '@shared/intake/pdf/receipt';
import { A4, PAGE_MARGIN } from '@shared/pdf/sample-document';
import { metrics, pdfText, pdfWords, qpdfCheck, renderPdf, writeTemp } from './pdf-harness';
import { RECEIPT_INPUT, expectedBack, readBack, unspaced } from './intake-pdf-fixtures';

async function pagesOf(input: ReceiptInput): Promise<{ file: string; pages: string[]; lines: string[] }> {
  const file = writeTemp(await renderPdf(buildReceipt(input, metrics)));
  const pages = pdfText(file).split('\f').filter((page) => page.trim() !== '').map(readBack);
  return { file, pages, lines: pages.join('\n').split('\n').map((line) => line.trim()) };
}

let receipt: Awaited<ReturnType<typeof pagesOf>>;
beforeAll(async () => {
  receipt = await pagesOf(RECEIPT_INPUT);
});

describe('the receipt', () => {
  test('is one valid, numbered page', () => {
    expect(qpdfCheck(receipt.file)).toContain('No syntax or stream encoding errors found');
    expect(receipt.pages).toHaveLength(1);
    expect(receipt.lines).toContain(`${RECEIPT_INPUT.associationName} — صفحة 1 من 1`);
  });

  test('every field comes back exactly, as its own line (tashkeel as typed)', () => {
    const r = RECEIPT_INPUT;
    const fields = [
      r.associationName, r.deskName, r.requestNumber, r.beneficiary.fullName, r.beneficiary.fileNumber, r.requestTypeName,
      r.completionDate.hijri, r.completionDate.gregorian, r.dueDate.hijri, r.dueDate.gregorian, r.unitName,
      r.channel.channelLabel, r.channel.subChannelLabel, r.channel.address, r.staffName, RECEIPT_TEXT.title,
    ];
    for (const value of fields) expect(receipt.lines, value).toContain(expectedBack(value));
  });

  test('the submitted requirements are listed with what was handed in', () => {
    const text = unspaced(receipt.lines.join(' '));
    for (const requirement of RECEIPT_INPUT.requirements) {
      const state = requirement.provided ? PROVIDED_LABEL : NOT_PROVIDED_LABEL;
      expect(text, requirement.labelAr).toContain(unspaced(expectedBack(requirement.labelAr)));
      expect(text).toContain(unspaced(state));
    }
  });

  test('says what happens next: the unit, the agreed channel and the 15-working-day reply', () => {
    const text = receipt.lines.join(' ');
    expect(text).toContain(`يُعرض الطلب على ${RECEIPT_INPUT.unitName} للدراسة.`);
    expect(text).toContain('عبر وسيلة التواصل المتفق عليها');
    expect(text).toContain(RECEIPT_INPUT.channel.address);
    expect(text).toContain('15 يوم عمل من تاريخ اكتمال الطلب');
    expect(unspaced(text)).toContain(unspaced(RECEIPT_TEXT.keep));
  });

  test('an e-mail channel, a postal address and a 160-character name keep the page inside its margins', async () => {
    const longName = `${'عبدالرَّحمن بن '.repeat(10)}آل سعود`.slice(0, 160);
    for (const channel of [
      { channelLabel: 'الموقع والبريد الإلكتروني', subChannelLabel: 'البريد الإلكتروني', address: 'f.alqahtani+requests@example.com' },
      { channelLabel: 'الخطابات والمراسلات', subChannelLabel: 'خطاب', address: 'ص.ب 12345، الرياض 11564، حي النسيم' },
      { channelLabel: 'المقابلة الشخصية', subChannelLabel: 'مقابلة', address: '' },
    ]) {
      const input = { ...RECEIPT_INPUT, channel, beneficiary: { ...RECEIPT_INPUT.beneficiary, fullName: longName } };
      const { file, lines } = await pagesOf(input);
      expect(qpdfCheck(file)).toContain('No syntax or stream encoding errors found');
      if (channel.address !== '' && !/\p{Script=Arabic}/u.test(channel.address)) expect(lines).toContain(channel.address);
      for (const box of pdfWords(file)) {
        expect(box.xMin, box.text).toBeGreaterThanOrEqual(PAGE_MARGIN - 0.01);
        expect(box.xMax, box.text).toBeLessThanOrEqual(A4.width - PAGE_MARGIN + 0.01);
      }
    }
  });
});
