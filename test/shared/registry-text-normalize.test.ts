import { describe, expect, it } from 'vitest';
import {
  cleanTextInput,
  compactIdentifier,
  normalizeDigits,
  stripInvisible,
} from '@shared/registry/text-normalize';

describe('normalizeDigits', () => {
  it('converts Arabic-Indic and Extended Arabic-Indic digits to ASCII', () => {
    expect(normalizeDigits('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(normalizeDigits('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
  });

  it('leaves ASCII digits and other text alone, mixed input included', () => {
    expect(normalizeDigits('حي ١٢ - street 34 ۵')).toBe('حي 12 - street 34 5');
    expect(normalizeDigits('')).toBe('');
  });
});

describe('stripInvisible', () => {
  it('removes every bidi control, zero-width character, BOM and soft hyphen', () => {
    const invisibles = [
      '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E',
      '\u2066', '\u2067', '\u2068', '\u2069', '\u061C',
      '\u200B', '\u200C', '\u200D', '\uFEFF', '\u2060', '\u00AD',
    ];
    for (const mark of invisibles) expect(stripInvisible(`مح${mark}مد`)).toBe('محمد');
    expect(stripInvisible(invisibles.join(''))).toBe('');
  });

  it('keeps visible text, spaces and tashkeel', () => {
    expect(stripInvisible('عبدُ اللهِ')).toBe('عبدُ اللهِ');
  });
});

describe('cleanTextInput', () => {
  it('strips a WhatsApp-style paste: isolates around the text, RLM, NBSP', () => {
    expect(cleanTextInput('\u2067فاطمة\u00A0 \u200Fالعتيبي\u2069\n')).toBe('فاطمة العتيبي');
  });

  it('composes to NFC without folding letters or digits', () => {
    expect(cleanTextInput('\u0627\u0653دم')).toBe('آدم');
    expect(cleanTextInput('شارع ١٢')).toBe('شارع ١٢');
    expect(cleanTextInput('ﻻ')).toBe('ﻻ');
  });

  it('collapses every whitespace run and trims', () => {
    expect(cleanTextInput('  أحمد\t\t  علي \r\n ')).toBe('أحمد علي');
    expect(cleanTextInput('\u200B \u200E')).toBe('');
  });

  it('drops control characters', () => {
    expect(cleanTextInput('سا\u0000ر\u0007ة')).toBe('سارة');
  });

  it('keeps single line breaks in multiline mode', () => {
    const text = '  السطر الأول  \r\n\r\n\r\n\u2028 السطر   الثاني\u200F\n\n';
    expect(cleanTextInput(text, { multiline: true })).toBe('السطر الأول\n\nالسطر الثاني');
  });
});

describe('compactIdentifier', () => {
  it('removes separators people type between digit groups and converts digits', () => {
    expect(compactIdentifier(' (٠٥٠) ١٢٣-٤٥٦٧ ')).toBe('0501234567');
    expect(compactIdentifier('+966\u00A050\u2013123.45\u200E67')).toBe('+966501234567');
  });
});
