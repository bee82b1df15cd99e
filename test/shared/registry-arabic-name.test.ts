import { describe, expect, it } from 'vitest';
import { arabicNameKey, nameQueryTokens, nameTokens } from '@shared/registry/arabic-name';

const same = (a: string, b: string) => expect(arabicNameKey(a), `${a} / ${b}`).toBe(arabicNameKey(b));
const different = (a: string, b: string) =>
  expect(arabicNameKey(a), `${a} / ${b}`).not.toBe(arabicNameKey(b));

describe('arabicNameKey: spellings of the same name match', () => {
  it.each([
    ['عبدُ اللهِ', 'عبدالله'],
    ['عبد الله', 'عبدالله'],
    ['فاطمة', 'فاطمه'],
    ['مُنى', 'مني'],
    ['إبراهيم', 'ابراهيم'],
    ['أبو بكر', 'ابوبكر'],
    ['ابو بكر', 'أبوبكر'],
    ['أحمد', 'احمد'],
    ['آمنة', 'امنه'],
    ['ٱلحسن', 'الحسن'],
    ['مصطفى', 'مصطفي'],
    ['عيسى', 'عيسي'],
    ['مُحَمَّد', 'محمد'],
    ['عبدالرحمٰن', 'عبد الرحمن'],
    ['محـــمد', 'محمد'],
    ['عبد الرحمن', 'عبد ال رحمن'],
    ['عبدالرحمن', 'عبدال رحمن'],
    ['عبدالعزيز', 'عبد  العزيز'],
    ['عبد-الله', 'عبدالله'],
    ['أبو  طالب', 'ابوطالب'],
    ['عائض', 'عايض'],
    ['فائز', 'فايز'],
    ['مؤمن', 'مومن'],
    ['عبدالله', 'عبداللة'],
    ['ﷲ', 'الله'],
    ['ﻻمي', 'لامي'],
    ['ابن باز', 'بن باز'],
    ['آل سعود', 'ال سعود'],
  ])('%s / %s', same);

  it('folds Persian-keyboard letters', () => {
    same('علی', 'علي');
    same('کمال', 'كمال');
    same('مریم', 'مريم');
    same('ھند', 'هند');
  });

  it('ignores bidi and zero-width marks pasted from WhatsApp', () => {
    same('\u2067فاطمة\u2069 \u200Fالزهراني\u200E', 'فاطمه الزهراني');
    same('عب\u200Cد\u200D الله\uFEFF', 'عبدالله');
    same('\u061Cمحمد\u00AD', 'محمد');
  });

  it('converts digits and ignores punctuation and extra spaces', () => {
    expect(arabicNameKey('الملك ٣')).toBe('الملك 3');
    expect(arabicNameKey('  محمد،  "علي" (الثاني). ')).toBe('محمد علي الثاني');
  });

  it('keeps بن / بنت / آل as their own words', () => {
    expect(arabicNameKey('محمد بن سلمان آل سعود')).toBe('محمد بن سلمان ال سعود');
    expect(arabicNameKey('نورة بنت عبد الله')).toBe('نوره بنت عبدالله');
    expect(arabicNameKey('محمد ابن عبدالله')).toBe('محمد بن عبدالله');
  });

  it('gives the normalized form of a full name', () => {
    expect(arabicNameKey('عبدُ الرَّحمن بن أبو بكر آل الشيخ')).toBe('عبدالرحمن بن ابوبكر ال الشيخ');
    expect(arabicNameKey('')).toBe('');
    expect(arabicNameKey('\u200F  ')).toBe('');
  });
});

describe('arabicNameKey: different names stay apart', () => {
  it.each([
    ['عبدالله', 'عبيد الله'],
    ['عبدالله', 'عبد الإله'],
    ['آل سعود', 'السعود'],
    ['علاء', 'علا'],
    ['أسماء', 'اسما'],
    ['عبده', 'عبد'],
    ['محمد', 'محمود'],
    ['سعد', 'سعيد'],
    ['حسن', 'حسين'],
    ['فهد بن علي', 'فهد علي'],
  ])('%s ≠ %s', different);

  it('does not join عبد or ابو when nothing follows', () => {
    expect(arabicNameKey('محمد عبد')).toBe('محمد عبد');
    expect(arabicNameKey('ابو')).toBe('ابو');
  });
});

describe('nameTokens', () => {
  it('indexes each word, compounds whole and by their second half, and words without the article', () => {
    expect(nameTokens('عبدالرحمن محمد الغامدي')).toEqual([
      'عبدالرحمن',
      'محمد',
      'الغامدي',
      'الرحمن',
      'رحمن',
      'غامدي',
    ]);
    expect(nameTokens('أبو بكر')).toEqual(['ابوبكر', 'بكر']);
  });

  it('leaves out connectors and keeps tokens unique', () => {
    expect(nameTokens('محمد بن محمد آل سعود')).toEqual(['محمد', 'سعود']);
    expect(nameTokens('نورة بنت سعد')).toEqual(['نوره', 'سعد']);
  });

  it('does not make aliases too short to mean anything', () => {
    expect(nameTokens('عبدالله')).toEqual(['عبدالله', 'الله']);
    expect(nameTokens('عبده العلي')).toEqual(['عبده', 'العلي', 'علي']);
  });

  it('lets every way of typing the start of a compound reach it by prefix', () => {
    const tokens = nameTokens('عبدالله');
    for (const query of ['عبد', 'عبد ', 'عبد ال', 'عبد الل', 'عبدالل', 'عَبْدُ اللّه']) {
      const [last] = nameQueryTokens(query).slice(-1);
      expect(last, query).toBeDefined();
      expect(tokens.some((token) => token.startsWith(last ?? '\u0000')), query).toBe(true);
    }
  });

  it('does not let عبيد reach عبدالله', () => {
    const [query] = nameQueryTokens('عبيد');
    expect(nameTokens('عبدالله').some((token) => token.startsWith(query ?? ''))).toBe(false);
  });
});

describe('nameQueryTokens', () => {
  it('normalizes like the index', () => {
    expect(nameQueryTokens('فاطمة الزهرانى')).toEqual(['فاطمه', 'الزهراني']);
    expect(nameQueryTokens('عبد الل')).toEqual(['عبدالل']);
  });

  it('drops connectors, except a last word still being typed', () => {
    expect(nameQueryTokens('محمد بن سعد')).toEqual(['محمد', 'سعد']);
    expect(nameQueryTokens('آل سعود')).toEqual(['سعود']);
    expect(nameQueryTokens('محمد بن')).toEqual(['محمد', 'بن']);
    expect(nameQueryTokens('محمد بن ')).toEqual(['محمد']);
    expect(nameQueryTokens('محمد ال')).toEqual(['محمد', 'ال']);
  });

  it('returns nothing for an empty query', () => {
    expect(nameQueryTokens('')).toEqual([]);
    expect(nameQueryTokens(' \u200F ')).toEqual([]);
  });
});

describe('arabicNameKey: other combining marks', () => {
  it('drops honorific signs and stray accents instead of splitting the word', () => {
    expect(arabicNameKey('محمد\u0610')).toBe('محمد');
    expect(arabicNameKey('سع\u0301د')).toBe('سعد');
  });
});
