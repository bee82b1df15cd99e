import { describe, expect, it } from 'vitest';
import { buildMinuteDocument, minuteCode } from '@shared/compensation/minute-document';
import { MINUTE_INPUT } from './compensation-fixtures';
import { metrics, pdfText, renderPdf, writeTemp } from './pdf-harness';

const INPUT = MINUTE_INPUT;

describe('the minute PDF (policy 3.4a), read back with pdftotext', () => {
  it('prints the facts, every member\'s decision with its date, the content hash and the verification code, in reading order', async () => {
    const text = pdfText(writeTemp(await renderPdf(buildMinuteDocument(INPUT, metrics)))).replace(/\s+/g, ' ');
    for (const expected of ['محضر لجنة التحقيق والمتابعة', 'غرامة تأخير على المستفيد', 'سارة العضو', 'خالد العضو', 'موافقة', '2026-04-03 11:30', INPUT.hash, minuteCode(INPUT.minuteNumber, INPUT.hash), 'RYD1-M2026-000001']) {
      expect(text).toContain(expected);
    }
    expect(minuteCode(INPUT.minuteNumber, INPUT.hash)).toBe('RYD1-M2026-000001-abababababab');
  });
});
