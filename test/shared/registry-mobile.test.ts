import { describe, expect, it } from 'vitest';
import {
  formatMobileForDisplay,
  isNormalizedMobile,
  mobileCore,
  normalizeSaudiMobile,
} from '@shared/registry/mobile';

/** A synthetic number in the 050 range. */
const STORED = '+966501234567';

describe('normalizeSaudiMobile: accepted forms', () => {
  it.each([
    ['05XXXXXXXX', '0501234567'],
    ['5XXXXXXXX', '501234567'],
    ['9665XXXXXXXX', '966501234567'],
    ['+9665XXXXXXXX', '+966501234567'],
    ['009665XXXXXXXX', '00966501234567'],
    ['+966 5… with spaces', '+966 50 123 4567'],
    ['00966 5… with spaces', '00966 50 123 4567'],
    ['domestic with spaces', '050 123 4567'],
    ['dashes', '050-123-4567'],
    ['parentheses', '(050) 123-4567'],
    ['dots', '050.123.4567'],
    ['trunk zero kept after the code', '+966 050 123 4567'],
    ['trunk zero in parentheses', '+966 (0) 50 123 4567'],
    ['Arabic-Indic digits', '٠٥٠١٢٣٤٥٦٧'],
    ['Extended Arabic-Indic digits', '۰۵۰۱۲۳۴۵۶۷'],
    ['Arabic-Indic international', '+٩٦٦ ٥٠ ١٢٣ ٤٥٦٧'],
    ['pasted with bidi marks and NBSP', '\u2066+966\u00A050\u200E123\u00A04567\u2069'],
    ['en dash separators', '050–123–4567'],
  ])('%s', (_form, input) => {
    expect(normalizeSaudiMobile(input)).toEqual({ ok: true, value: STORED });
  });

  it('accepts every 5X operator range', () => {
    for (let second = 0; second <= 9; second++) {
      expect(normalizeSaudiMobile(`05${second}1234567`)).toEqual({ ok: true, value: `+9665${second}1234567` });
    }
  });
});

describe('normalizeSaudiMobile: refused forms', () => {
  it.each(['', '   ', '\u200F', '\u2066\u2069'])('empty %j → mobile.required', (input) => {
    expect(normalizeSaudiMobile(input)).toEqual({ ok: false, error: 'mobile.required' });
  });

  it.each([
    ['Riyadh landline', '0112345678'],
    ['Jeddah landline', '012 234 5678'],
    ['landline, international', '+966 11 234 5678'],
    ['landline, pre-2007 form', '01 234 5678'],
    ['unified number', '920012345'],
    ['toll-free', '800 123 4567'],
  ])('%s → mobile.not-mobile', (_kind, input) => {
    expect(normalizeSaudiMobile(input)).toEqual({ ok: false, error: 'mobile.not-mobile' });
  });

  it.each([
    ['one digit short', '050123456'],
    ['one digit long', '05012345678'],
    ['9 digits short, international', '+96650123456'],
    ['international, one digit long', '+9665012345678'],
    ['UAE mobile', '+971501234567'],
    ['UAE mobile with 00', '00971501234567'],
    ['Egypt mobile', '+201001234567'],
    ['letters', '05O1234567'],
    ['words', 'لا يوجد'],
    ['plus in the middle', '05+01234567'],
    ['only the country code', '+966'],
    ['bare 966 too short to hold a number', '9665012345'],
    ['starts with 6', '0601234567'],
  ])('%s → mobile.format', (_kind, input) => {
    expect(normalizeSaudiMobile(input)).toEqual({ ok: false, error: 'mobile.format' });
  });
});

describe('mobileCore', () => {
  it('returns the 9 digits after +966', () => {
    expect(mobileCore(STORED)).toBe('501234567');
  });

  it('refuses values that are not normalized (a programming error)', () => {
    for (const value of ['0501234567', '501234567', '+966 501234567', '+966111234567', '']) {
      expect(isNormalizedMobile(value)).toBe(false);
      expect(() => mobileCore(value)).toThrow(RangeError);
    }
  });
});

describe('formatMobileForDisplay', () => {
  it('shows the domestic grouping by default', () => {
    expect(formatMobileForDisplay(STORED)).toBe('050 123 4567');
  });

  it('shows the international grouping on request', () => {
    expect(formatMobileForDisplay(STORED, { international: true })).toBe('+966 50 123 4567');
  });

  it('round-trips through normalization', () => {
    const shown = formatMobileForDisplay(STORED);
    expect(normalizeSaudiMobile(shown)).toEqual({ ok: true, value: STORED });
    expect(normalizeSaudiMobile(formatMobileForDisplay(STORED, { international: true }))).toEqual({
      ok: true,
      value: STORED,
    });
  });

  it('leaves a value that is not normalized unchanged', () => {
    expect(formatMobileForDisplay('0112345678')).toBe('0112345678');
  });
});
