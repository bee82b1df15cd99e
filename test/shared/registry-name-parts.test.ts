import { describe, expect, it } from 'vitest';
import { arabicNameKey } from '@shared/registry/arabic-name';
import {
  fullArabicName,
  isNamePartRequired,
  NAME_PART_MAX_LENGTH,
  nameKeyOfParts,
  validateNamePart,
  validateNameParts,
  type NameParts,
} from '@shared/registry/name-parts';

const PARTS: NameParts = { first: 'عبدُ الله', father: 'محمد', grandfather: 'سعد', family: 'الغامدي' };

describe('validateNamePart', () => {
  it('returns the cleaned display text, tashkeel and hamza kept', () => {
    expect(validateNamePart('  عبدُ   الله ')).toEqual({ ok: true, value: 'عبدُ الله' });
    expect(validateNamePart('إبراهيم')).toEqual({ ok: true, value: 'إبراهيم' });
  });

  it('strips bidi marks pasted from WhatsApp instead of refusing them', () => {
    expect(validateNamePart('\u2067فاطمة\u2069\u200F')).toEqual({ ok: true, value: 'فاطمة' });
  });

  it('accepts tatweel, hyphens and Persian-keyboard letters', () => {
    for (const value of ['محـمد', 'عبد-الله', 'علی']) expect(validateNamePart(value).ok, value).toBe(true);
  });

  it('requires a value', () => {
    for (const value of ['', '   ', '\u200F\u200E', '\n\t']) {
      expect(validateNamePart(value)).toEqual({ ok: false, error: 'name.required' });
    }
  });

  it(`refuses more than ${NAME_PART_MAX_LENGTH} characters after cleaning, a 500-character paste included`, () => {
    expect(validateNamePart('م'.repeat(NAME_PART_MAX_LENGTH)).ok).toBe(true);
    expect(validateNamePart(` ${'م'.repeat(NAME_PART_MAX_LENGTH)}\u200F `).ok).toBe(true);
    expect(validateNamePart('م'.repeat(NAME_PART_MAX_LENGTH + 1))).toEqual({ ok: false, error: 'name.too-long' });
    expect(validateNamePart('محمد '.repeat(100))).toEqual({ ok: false, error: 'name.too-long' });
  });

  it('refuses text that is not an Arabic name', () => {
    for (const value of ['Mohammed', 'محمد2', 'محمد٢', 'محمد!', 'محمد،', 'ـــ', '\u064E', '-', 'Ali علي']) {
      expect(validateNamePart(value), value).toEqual({ ok: false, error: 'name.not-arabic' });
    }
  });
});

describe('validateNameParts', () => {
  it('returns all four cleaned parts', () => {
    const result = validateNameParts({ ...PARTS, first: ' عبدُ  الله\u200F' });
    expect(result).toEqual({ ok: true, value: PARTS });
  });

  it('reports the error of each invalid part and only those', () => {
    const result = validateNameParts({
      first: '',
      father: 'محمد',
      grandfather: 'م'.repeat(500),
      family: 'Smith',
    });
    expect(result).toEqual({
      ok: false,
      error: { first: 'name.required', grandfather: 'name.too-long', family: 'name.not-arabic' },
    });
  });

  it('requires every part, the family name included', () => {
    expect(validateNameParts({ ...PARTS, family: ' ' })).toEqual({ ok: false, error: { family: 'name.required' } });
  });

  it("takes the name as given when there is no grandfather's name on record (the other parts stay required)", () => {
    expect(isNamePartRequired('grandfather')).toBe(false);
    expect(validateNameParts({ ...PARTS, grandfather: '' })).toEqual({ ok: true, value: { ...PARTS, grandfather: '' } });
    expect(validateNameParts({ ...PARTS, grandfather: ' \u200F ' })).toEqual({ ok: true, value: { ...PARTS, grandfather: '' } });
    for (const part of ['first', 'father', 'family'] as const) {
      expect(validateNameParts({ ...PARTS, grandfather: '', [part]: '' })).toEqual({ ok: false, error: { [part]: 'name.required' } });
    }
    // Present, it is still checked like any part.
    expect(validateNameParts({ ...PARTS, grandfather: 'Saad' })).toEqual({ ok: false, error: { grandfather: 'name.not-arabic' } });
  });
});

describe('full name and key', () => {
  it('joins the parts in reading order', () => {
    expect(fullArabicName(PARTS)).toBe('عبدُ الله محمد سعد الغامدي');
  });

  it('keys the full name, so two spellings of the parts match', () => {
    const other: NameParts = { first: 'عبدالله', father: 'مُحمّد', grandfather: 'سعد', family: 'الغامدى' };
    expect(nameKeyOfParts(PARTS)).toBe(nameKeyOfParts(other));
    expect(nameKeyOfParts(PARTS)).toBe(arabicNameKey('عبدالله محمد سعد الغامدي'));
  });

  it('makes a three-part name and key without an empty word when the grandfather is empty', () => {
    const three: NameParts = { ...PARTS, grandfather: '' };
    expect(fullArabicName(three)).toBe('عبدُ الله محمد الغامدي');
    expect(nameKeyOfParts(three)).toBe('عبدالله محمد الغامدي');
    expect(nameKeyOfParts({ ...three, first: 'عبدالله', family: 'الغامدى' })).toBe(nameKeyOfParts(three));
    // Another person: the same three parts with a grandfather are not the same key.
    expect(nameKeyOfParts(three)).not.toBe(nameKeyOfParts(PARTS));
  });
});
