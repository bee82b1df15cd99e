import { describe, expect, it } from 'vitest';
import { buildMinuteDocument, minuteCode, type MinuteDocumentInput } from '@shared/compensation/minute-document';
import { metrics, pdfText, renderPdf, writeTemp } from './pdf-harness';

const INPUT: MinuteDocumentInput = {
  associationName: 'جمعية كادي', minuteNumber: 'RYD1-M2026-000001', caseNumber: 'RYD1-C2026-000002', version: 2, date: '2026-04-02',
  present: ['سارة العضو', 'خالد العضو'], harm: 'غرامة تأخير على المستفيد', size: 'ألف وخمسمئة ريال', causes: 'تأخر الصرف', decision: 'تعويض المستفيد',
  amount: '1,500.00 ر.س', state: 'معتمد', hash: 'ab'.repeat(32),
  decisions: [
    { name: 'سارة العضو', decision: 'موافقة', at: '2026-04-03 10:00', reason: '' },
    { name: 'خالد العضو', decision: 'موافقة', at: '2026-04-03 11:30', reason: '' },
  ],
};

describe('the minute PDF (policy 3.4a), read back with pdftotext', () => {
  it('prints the facts, every member\'s decision with its date, the content hash and the verification code, in reading order', async () => {
    const text = pdfText(writeTemp(await renderPdf(buildMinuteDocument(INPUT, metrics)))).replace(/\s+/g, ' ');
    for (const expected of ['محضر لجنة التحقيق والمتابعة', 'غرامة تأخير على المستفيد', 'سارة العضو', 'خالد العضو', 'موافقة', '2026-04-03 11:30', INPUT.hash, minuteCode(INPUT.minuteNumber, INPUT.hash), 'RYD1-M2026-000001']) {
      expect(text).toContain(expected);
    }
    expect(minuteCode(INPUT.minuteNumber, INPUT.hash)).toBe('RYD1-M2026-000001-abababababab');
  });
});
