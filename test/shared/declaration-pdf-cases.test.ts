/**
 * Bad or unusual input never gives a blank or broken PDF: a beneficiary without a mobile, a
 * 160-character name, no requirements, an "image" that is not one, a paper declaration (empty
 * signature box), the bilingual variant. Each is rendered and read back.
 */
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { describe, expect, test } from 'vitest';

// Each case renders and reads back a PDF; generous on 2 shared cores.
const SLOW = { timeout: 60_000 };
import { buildDeclarationDocument, declarationDocumentInput, type DeclarationDocumentInput } from '@shared/declaration/document';
import { checkImageDataUrl } from '@shared/declaration/image';
import { toBase64 } from '@shared/declaration/encoding';
import { A4, PAGE_MARGIN } from '@shared/pdf/sample-document';
import { expectedText, readBack } from '../fixtures/declaration/read-back';
import { padDrawingPng } from '../fixtures/declaration/pad-image';
import { LONG_NAME, sampleSnapshot } from '../fixtures/declaration/samples';
import { sealedPadDeclaration } from '../fixtures/declaration/sealed';
import { metrics, pdfText, pdfWords, qpdfCheck, renderPdf, writeTemp } from './pdf-harness';
import { formatMobileForDisplay } from '@shared/registry/mobile';
import { nameTokens } from '@shared/registry/arabic-name';
import { classifySearchQuery } from '@shared/registry/search-query';

async function rendered(definition: TDocumentDefinitions): Promise<{ file: string; pages: string[] }> {
  const file = writeTemp(await renderPdf(definition));
  expect(qpdfCheck(file)).toContain('No syntax or stream encoding errors found');
  return { file, pages: pdfText(file).split('\f').filter((page) => page.trim() !== '').map(readBack) };
}

async function oneRequirementInput(edit: (input: DeclarationDocumentInput) => void = () => {}): Promise<DeclarationDocumentInput> {
  const input = declarationDocumentInput(await sealedPadDeclaration(sampleSnapshot({ requirements: 1 })));
  edit(input);
  return input;
}

const notAnImage = `data:image/png;base64,${toBase64(new TextEncoder().encode('%PDF-1.7 this is not a picture'))}`;

describe('graceful layout', () => {
  test('a short declaration fits one page, under 150 KB', SLOW, async () => {
    const input = await oneRequirementInput();
    await renderPdf(buildDeclarationDocument(input, metrics, { bilingual: false }));
    const started = performance.now();
    const pdf = await renderPdf(buildDeclarationDocument(input, metrics, { bilingual: false }));
    const ms = performance.now() - started;
    console.info(`declaration, 1 page: ${ms.toFixed(0)} ms warm (Node), ${(pdf.length / 1024).toFixed(1)} KB`);
    expect(pdf.length).toBeLessThan(150 * 1024);
    const { pages } = await rendered(buildDeclarationDocument(input, metrics, { bilingual: false }));
    expect(pages).toHaveLength(1);
    expect(pages[0]?.split('\n')).toContain('صفحة 1 من 1');
  });

  test('a beneficiary without a mobile: "none" and the reason, nothing empty', SLOW, async () => {
    const input = await oneRequirementInput((i) => {
      i.snapshot.beneficiary.mobiles = [];
      i.snapshot.beneficiary.noMobileReason = 'لا يملك هاتفًا ويتواصل عبر ابنه';
      i.snapshot.channel = { label: { ar: 'الحضور الشخصي — مقابلة', en: 'In person — interview' }, address: '' };
    });
    const lines = (await rendered(buildDeclarationDocument(input, metrics, { bilingual: false }))).pages.join('\n').split('\n');
    expect(lines).toContain(expectedText('لا يوجد: لا يملك هاتفًا ويتواصل عبر ابنه'));
    expect(lines).toContain('—'); // the empty contact address
    expect(lines.some((line) => line.includes('+966'))).toBe(false);
  });

  test('a 160-character name wraps inside its cell and inside the margins, every word kept', SLOW, async () => {
    const input = await oneRequirementInput((i) => {
      i.snapshot.beneficiary.fullName = LONG_NAME;
    });
    expect(LONG_NAME).toHaveLength(160);
    const { file, pages } = await rendered(buildDeclarationDocument(input, metrics, { bilingual: false }));
    expect(pages).toHaveLength(1);
    const text = pages.join(' ');
    expect(text.match(/عبدالرحمن/g)?.length ?? 0).toBeGreaterThanOrEqual(2 * (LONG_NAME.match(/عبدالرحمن/g)?.length ?? 0));
    for (const box of pdfWords(file)) {
      expect(box.xMin, box.text).toBeGreaterThanOrEqual(PAGE_MARGIN - 0.01);
      expect(box.xMax, box.text).toBeLessThanOrEqual(A4.width - PAGE_MARGIN + 0.01);
    }
  });

  test('no requirements submitted: said so, not an empty table', SLOW, async () => {
    const input = await oneRequirementInput((i) => {
      i.snapshot.request.requirements = [];
    });
    const { pages } = await rendered(buildDeclarationDocument(input, metrics, { bilingual: false }));
    expect(pages[0]?.split('\n')).toContain('لم تُقدَّم متطلبات'.normalize('NFKC'));
  });

  test('an image that is not an image: refused by the check, left out of the PDF (logo) or an empty box (signature)', SLOW, async () => {
    expect(checkImageDataUrl(notAnImage)).toEqual({ ok: false, error: 'image.not-an-image' });
    expect(checkImageDataUrl('data:text/plain;base64,@@@')).toEqual({ ok: false, error: 'image.not-an-image' });
    const png = `data:application/octet-stream;base64,${toBase64(padDrawingPng())}`;
    const checked = checkImageDataUrl(png);
    expect(checked.ok && checked.value.startsWith('data:image/png;base64,')).toBe(true);
    const input = await oneRequirementInput((i) => {
      i.logo = notAnImage;
      i.signatureImage = notAnImage;
    });
    const definition = buildDeclarationDocument(input, metrics, { bilingual: false });
    expect(JSON.stringify(definition)).not.toContain(notAnImage.slice(22, 60));
    const { pages } = await rendered(definition);
    expect(pages[0]).toContain('توقيع المستفيد');
  });

  test('paper: an empty dashed box to sign in, and a real logo drawn', SLOW, async () => {
    const input = await oneRequirementInput((i) => {
      i.signatureImage = null;
      i.logo = `data:image/png;base64,${toBase64(padDrawingPng())}`;
    });
    const definition = buildDeclarationDocument(input, metrics, { bilingual: false });
    const json = JSON.stringify(definition);
    expect(json).toContain('"dash"');
    expect(json.match(/"image":"data:image\/png/g)).toHaveLength(1); // the logo only
    await rendered(definition);
  });

  test('bilingual variant: Arabic first, then English; the values as stored', SLOW, async () => {
    const input = await oneRequirementInput();
    const { pages } = await rendered(buildDeclarationDocument(input, metrics, { bilingual: true }));
    const text = pages.join('\n');
    const lines = text.split('\n');
    for (const expected of ['Data-accuracy declaration', 'Declaration no.', 'Full name', 'direct responsibility', 'competent administrative unit', '15 working days', 'Verification code']) {
      expect(text).toContain(expected);
    }
    expect(text.indexOf('إقرار صحة البيانات')).toBeLessThan(text.indexOf('Data-accuracy declaration'));
    for (const value of [input.snapshot.beneficiary.fullName, input.snapshot.beneficiary.nationalId, input.declarationNumber]) expect(lines).toContain(expectedText(value));
    expect(lines).toContain(`صفحة 1 من ${pages.length}`);
    expect(text).toContain(`Page 1 of ${pages.length}`);
  });
});

describe('the text layer: what a reader copies out of the declaration', () => {
  test('pdftotext and pdftotext -layout give every field exactly as stored; the mobile in one form', SLOW, async () => {
    const mobile = '+966501234567';
    const input = await oneRequirementInput((i) => {
      const b = i.snapshot.beneficiary;
      b.fullName = 'عبدُ اللّهِ بن محمّدٍ الشَّهريّ';
      b.latinName = 'Abdullah M. Al-Shahri 2nd';
      b.address = 'الرياض، النسيم، شارع 15 (مبنى 7)، الدور 2';
      b.mobiles = [mobile];
      b.category = { ar: 'الأسر ذات الدخل المحدود (فئة أ)', en: 'Low-income families (class A)' };
      i.snapshot.request.requirements = [{ ar: 'كشف حساب بنسبة 85% (آخر 3 أشهر) يُرسل إلى a.b@example.com', en: 'Statement' }];
      // The desk copies the agreed mobile grouped, as staff read it aloud.
      i.snapshot.channel = { label: { ar: 'الهاتف — رسالة نصية (SMS)', en: 'Phone — SMS' }, address: formatMobileForDisplay(mobile) };
      i.snapshot.due = { date: '2026-12-16', hijri: '٢٥ جمادى الآخرة ١٤٤٨ هـ', gregorian: '16 ديسمبر 2026' };
      i.snapshot.declaredAt = { ...i.snapshot.declaredAt, hijri: '٢٥ جمادى الأولى ١٤٤٨ هـ' };
    });
    const { snapshot } = input;
    const { file } = await rendered(buildDeclarationDocument(input, metrics, { bilingual: false }));
    const values = [
      snapshot.beneficiary.fullName, snapshot.beneficiary.latinName, snapshot.beneficiary.address, snapshot.beneficiary.category.ar,
      snapshot.request.requirements[0]?.ar ?? '', snapshot.channel.label.ar, snapshot.due.hijri, snapshot.due.gregorian,
      snapshot.declaredAt.hijri, mobile, 'التاريخ (هجري)', 'صفحة 1 من 1',
    ];
    const plain = readBack(pdfText(file));
    const layout = readBack(pdfText(file, ['-layout']));
    const plainLines = plain.split('\n');
    for (const value of values) {
      expect(plainLines, value).toContain(value.normalize('NFC'));
      expect(layout, `${value} (-layout)`).toContain(value.normalize('NFC'));
    }
    // The name line as copied (pdftotext's own bidi marks and all) finds the file by name…
    const copied = pdfText(file).split('\n').find((row) => readBack(row) === snapshot.beneficiary.fullName.normalize('NFC')) ?? '';
    const query = classifySearchQuery(copied);
    expect(query.kind).toBe('name');
    const indexed = nameTokens(snapshot.beneficiary.fullName);
    if (query.kind === 'name') for (const token of query.tokens) expect(indexed, token).toContain(token);
    // …and the copied mobile by mobile.
    expect(classifySearchQuery(mobile)).toEqual({ kind: 'mobile', mobile });
    // One mobile, one form: the mobile field and the contact address read the same.
    for (const text of [plain, layout]) {
      expect(text.split(mobile).length - 1).toBe(2);
      expect(text).not.toContain(formatMobileForDisplay(mobile));
    }
  });
});
