/** An access/copy request's answer (PDPL art. 4): what is gathered, the JSON copy, and the PDF read back with pdftotext. */
import { beforeAll, describe, expect, test } from 'vitest';
import { gatherPersonalData, personalDataJson, type DeskDocuments, type StoredDoc } from '@shared/data-requests/personal-data';
import { buildPersonalDataPdf, PERSONAL_DATA_TEXT } from '@shared/data-requests/personal-data-pdf';
import { metrics, pdfText, qpdfCheck, renderPdf, writeTemp } from './pdf-harness';
import { expectedBack, readBack } from './intake-pdf-fixtures';

const ME = 'b-1000';
const OTHER = 'b-2000';
const at = '2026-03-01T09:00:00.000Z';
const doc = (id: string, fields: Record<string, unknown>): StoredDoc => ({ id, createdAt: at, updatedAt: at, updatedBy: 's', deskId: 'd', ...fields });

const DOCS: DeskDocuments = {
  beneficiaries: [doc(ME, { fullName: 'هند سالم العتيبي', city: 'الرياض' }), doc(OTHER, { fullName: 'شخص آخر' })],
  requests: [doc('r-1', { beneficiaryId: ME, requestNumber: 'RC1-R2026-000001' }), doc('r-2', { beneficiaryId: OTHER, requestNumber: 'RC1-R2026-000002' })],
  declarations: [doc('d-1', { beneficiaryId: ME, declarationNumber: 'RC1-D2026-000001', signature: 'x'.repeat(5000) })],
  interactions: [doc('i-1', { beneficiaryId: ME, at, summary: 'اتصال للمتابعة' }), doc('i-2', { beneficiaryId: ME, at, summary: 'محذوف', _deleted: true })],
  cases: [doc('c-1', { beneficiaryId: ME, caseNumber: 'RC1-C2026-000003' })],
  surveys: [doc('s-1', { beneficiaryId: ME, kind: 'answer' }), doc('s-2', { beneficiaryId: '', kind: 'answer' })],
  visits: [doc('v-1', { beneficiaryId: ME, plannedDate: '2026-03-02', visitNumber: 'RC1-V2026-000001' })],
  audit: [
    doc('a-1', { at, action: 'beneficiary.view', entityId: ME, fields: ['nationalId'] }),
    doc('a-2', { at, action: 'request.create', entityId: 'r-1', fields: [] }),
    doc('a-3', { at, action: 'beneficiary.view', entityId: OTHER, fields: [] }),
  ],
};

describe('gathering a person\'s data', () => {
  const data = gatherPersonalData(ME, DOCS, at);
  const ids = Object.fromEntries(Object.entries(data.sections).map(([name, docs]) => [name, docs.map((d) => d.id)]));

  test('takes the file and everything linked to it, their audit entries, and named survey answers only', () => {
    expect(ids).toEqual({ file: [ME], requests: ['r-1'], declarations: ['d-1'], interactions: ['i-1'], cases: ['c-1'], surveys: ['s-1'], visits: ['v-1'], audit: ['a-1', 'a-2'] });
  });

  test('the JSON copy is machine-readable, sections in order, without sync bookkeeping', () => {
    const parsed = JSON.parse(personalDataJson(data)) as { format: string; sections: Record<string, Record<string, unknown>[]> };
    expect(parsed.format).toBe('wasl-personal-data/1');
    expect(Object.keys(parsed.sections)).toEqual(['file', 'requests', 'declarations', 'interactions', 'cases', 'surveys', 'visits', 'audit']);
    expect(parsed.sections.declarations![0]!.signature).toHaveLength(5000);
  });
});

describe('the readable copy (PDF)', () => {
  let file = '';
  let lines: string[] = [];
  beforeAll(async () => {
    const input = { associationName: 'جمعية كادي', printedAt: { hijri: '١٢ رمضان ١٤٤٧', gregorian: '٢ مارس ٢٠٢٦' }, caseNumber: 'RC1-C2026-000009', data: gatherPersonalData(ME, DOCS, at) };
    file = writeTemp(await renderPdf(buildPersonalDataPdf(input, metrics)));
    lines = pdfText(file).split('\f').map(readBack).join('\n').split('\n').map((line) => line.trim()).filter((line) => line !== '');
  });

  test('is a valid PDF with the title, every section and the person\'s values', () => {
    expect(qpdfCheck(file)).toContain('No syntax or stream encoding errors found');
    const text = lines.join('\n');
    expect(lines).toContain(expectedBack(PERSONAL_DATA_TEXT.title));
    expect(lines).toContain(expectedBack(`${PERSONAL_DATA_TEXT.sections.audit} (2)`));
    expect(lines).toContain(expectedBack(`${PERSONAL_DATA_TEXT.sections.surveys} (1)`));
    for (const value of ['هند سالم العتيبي', 'اتصال للمتابعة']) expect(text).toContain(expectedBack(value));
    expect(text).toContain('RC1-R2026-000001');
    expect(text).not.toContain('RC1-R2026-000002');
    expect(text).not.toContain(expectedBack('شخص آخر'));
  });
});
