import { describe, expect, it } from 'vitest';
import { fromScannerLayout } from '../../renderer/src/features/declaration/components/scanner-layout';
import { parseVerificationInput, qrPayload } from '../../shared/declaration/verification-code';

/** What a USB scanner types for `text` when the desk's keyboard is on the Arabic (101) layout. */
const LATIN_TO_ARABIC: Record<string, string> = {
  q: 'ض', w: 'ص', e: 'ث', r: 'ق', t: 'ف', y: 'غ', u: 'ع', i: 'ه', o: 'خ', p: 'ح', a: 'ش', s: 'س', d: 'ي', f: 'ب', g: 'ل', h: 'ا',
  j: 'ت', k: 'ن', l: 'م', z: 'ئ', x: 'ء', c: 'ؤ', v: 'ر', b: 'لا', n: 'ى', m: 'ة', ':': ':',
};
const SHIFTED: Record<string, string> = {
  Q: '\u064E', W: '\u064B', E: '\u064F', R: '\u064C', T: 'لإ', Y: 'إ', U: '‘', I: '÷', O: '×', P: '؛', A: '\u0650', S: '\u064D', D: ']',
  F: '[', G: 'لأ', H: 'أ', J: 'ـ', K: '،', L: '/', Z: '~', X: '\u0652', C: '}', V: '{', B: 'لآ', N: 'آ', M: '’',
};
const digits = (text: string) => text.replace(/[0-9]/g, (d) => String.fromCharCode(0x660 + Number(d)));
const typedInArabicLayout = (text: string) => digits(text.toLowerCase().replace(/[a-z:]/g, (ch) => LATIN_TO_ARABIC[ch] ?? ch));
const typedWithShift = (text: string) => digits(text.replace(/[A-Z]/g, (ch) => SHIFTED[ch] ?? ch));

describe('a QR payload typed by a scanner on the Arabic keyboard layout', () => {
  it('maps back to the payload it encodes', () => {
    const id = '0f8e2c4a-1b3d-4e5f-8a9b-0c1d2e3f4a5b';
    const hash = 'ab'.repeat(32);
    const typed = typedInArabicLayout(qrPayload(id, hash));
    expect(typed).not.toMatch(/[A-Za-z]/);
    expect(parseVerificationInput(fromScannerLayout(typed))).toEqual({ ok: true, value: { kind: 'qr', id, hash } });
  });

  it('maps back when the scanner holds Shift for the upper-case letters', () => {
    const id = '0f8e2c4a-1b3d-4e5f-8a9b-0c1d2e3f4a5b';
    const hash = 'cd'.repeat(32);
    const typed = typedWithShift(qrPayload(id, hash));
    expect(typed).not.toMatch(/[A-Za-z]/);
    expect(parseVerificationInput(fromScannerLayout(typed))).toEqual({ ok: true, value: { kind: 'qr', id, hash } });
  });

  it('leaves a code typed in Latin letters alone', () => {
    expect(fromScannerLayout('KD1-D2026-000001-abcdefabcdef')).toBe('KD1-D2026-000001-abcdefabcdef');
  });
});
