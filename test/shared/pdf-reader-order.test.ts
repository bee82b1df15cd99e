/**
 * The reader text of a line (shared/pdf/reader-order.ts) read back the way poppler reads a line
 * (TextOutputDev.cc `reorderText`, ported below) gives the logical text, on pages of either
 * direction, for every mix of Arabic, tashkeel, Latin, both digit sets and punctuation.
 * test/shared/pdf-reader-text.test.ts checks the same with the real pdftotext.
 */
import { describe, expect, test } from 'vitest';
import { READER_MARKS, readerClass, readerPageDirection, readerText } from '@shared/pdf/reader-order';
import { MIXED_LINES } from './pdf-mixed-lines';

const isR = (char: string): boolean => readerClass(char) === 'rtl';
const isLOrNum = (char: string): boolean => readerClass(char) === 'ltr';

/** poppler's reorderText: a line's characters (left to right) as pdftotext writes them. */
function popplerReads(visual: string, pageDir: 'rtl' | 'ltr'): string {
  const text = [...visual];
  let out = '';
  if (pageDir === 'ltr') {
    let i = 0;
    while (i < text.length) {
      let j = i;
      while (j < text.length && !isR(text[j] ?? '')) j++;
      out += text.slice(i, j).join('');
      i = j;
      while (j < text.length && !isLOrNum(text[j] ?? '')) j++;
      if (j > i) out += `\u202b${text.slice(i, j).reverse().join('')}\u202c`;
      i = j;
    }
    return out;
  }
  let i = text.length - 1;
  while (i >= 0) {
    let j = i;
    while (j >= 0 && !isLOrNum(text[j] ?? '')) j--;
    out += text.slice(j + 1, i + 1).reverse().join('');
    i = j;
    while (j >= 0 && !isR(text[j] ?? '')) j--;
    if (j < i) out += `\u202a${text.slice(j + 1, i + 1).join('')}\u202c`;
    i = j;
  }
  return `\u202b${out}\u202c`;
}

const LINES = [
  ...MIXED_LINES,
  'a.b@example.com',
  '(2025)',
  '— ',
  '«نص» [قوس] {معقوف}',
  'Data (test), page 1 of 2.',
  '(هجري) abc (def) عربي.',
];

describe('reader text', () => {
  test('poppler reads each line back in logical order, on right-to-left and left-to-right pages', () => {
    for (const dir of ['rtl', 'ltr'] as const) {
      for (const line of LINES) expect(popplerReads(readerText(line, dir), dir).replace(READER_MARKS, ''), `${dir}: ${line}`).toBe(line.normalize('NFC'));
    }
  });

  test('every mix of a few hard characters reads back (exhaustive up to four characters)', () => {
    const pool = ['ع', 'ُ', 'a', '5', '٥', ' ', '(', ')', '،', '%', '@', '.'];
    const lines: string[] = [''];
    for (let length = 1; length <= 4; length++) for (const prefix of lines.filter((l) => [...l].length === length - 1)) for (const char of pool) lines.push(prefix + char);
    for (const dir of ['rtl', 'ltr'] as const) {
      for (const line of lines) expect(popplerReads(readerText(line, dir), dir).replace(READER_MARKS, ''), `${dir}: «${line}»`).toBe(line);
    }
  });

  test('a plain Arabic name needs no marks at all', () => {
    expect(readerText('مُحَمَّد عبدُ الله', 'rtl')).not.toMatch(READER_MARKS);
  });

  test('characters are classed as poppler classes them', () => {
    for (const char of ['ع', 'ـ', 'ﻻ', '؟']) expect(readerClass(char), char).toBe('rtl');
    for (const char of ['a', '5', '٥', '۵', '%', '+', '-', '.', ',', '/', ':', '،', '#', '$']) expect(readerClass(char), char).toBe('ltr');
    for (const char of [' ', '(', ')', '@', 'ُ', 'ّ', '—', '«', '!']) expect(readerClass(char), char).toBe('neutral');
  });

  test('a page is right to left when it holds more Arabic letters than Latin ones', () => {
    expect(readerPageDirection(['بيانات المستفيد', 'Full name 1234567890'])).toBe('rtl');
    expect(readerPageDirection(['الاسم', 'Data-accuracy declaration'])).toBe('ltr');
  });
});
