import { describe, expect, it } from 'vitest';
import { completeNationalId } from '@shared/registry/national-id';
import { classifySearchQuery } from '@shared/registry/search-query';

const ID = completeNationalId('112345678');
const toArabicIndic = (digits: string) => digits.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));

describe('classifySearchQuery', () => {
  it('treats blank input and invisible marks as empty', () => {
    for (const query of ['', '   ', '\u200F\u2066\u2069', '---', '()']) {
      expect(classifySearchQuery(query), query).toEqual({ kind: 'empty' });
    }
  });

  it('sends Arabic text to the name index with normalized tokens', () => {
    expect(classifySearchQuery('فاطمة عبد ال')).toEqual({ kind: 'name', tokens: ['فاطمه', 'عبدال'] });
    expect(classifySearchQuery('\u200Fمُنى')).toEqual({ kind: 'name', tokens: ['مني'] });
  });

  it('sends Latin letters to the file-number prefix index', () => {
    expect(classifySearchQuery('ryd1-٢٠٢٦')).toEqual({ kind: 'file-number', prefix: 'RYD12026' });
    expect(classifySearchQuery(' RYD1-2026-000123 ')).toEqual({ kind: 'file-number', prefix: 'RYD12026000123' });
  });

  it('recognizes a whole national ID, in any digits', () => {
    expect(classifySearchQuery(ID)).toEqual({ kind: 'national-id', nationalId: ID });
    expect(classifySearchQuery(toArabicIndic(ID))).toEqual({ kind: 'national-id', nationalId: ID });
  });

  it('recognizes a whole mobile in every accepted form', () => {
    for (const query of ['0501234567', '٠٥٠ ١٢٣ ٤٥٦٧', '+966 50 123 4567', '00966501234567', '501234567']) {
      expect(classifySearchQuery(query), query).toEqual({ kind: 'mobile', mobile: '+966501234567' });
    }
  });

  it('says when digits are not yet a whole ID or mobile (blind indexes match full values only)', () => {
    for (const query of ['05012345', ID.slice(0, 9), `${ID.slice(0, 9)}${(Number(ID[9]) + 1) % 10}`, '0112345678']) {
      expect(classifySearchQuery(query), query).toEqual({ kind: 'partial-number' });
    }
  });

  it("reads a short run of digits as a file number's serial, zeros dropped (an exact match, not a prefix)", () => {
    for (const query of ['000001', '1', '١', ' 0001 ']) expect(classifySearchQuery(query), query).toEqual({ kind: 'file-serial', serial: '1' });
    expect(classifySearchQuery('05012')).toEqual({ kind: 'file-serial', serial: '5012' });
    expect(classifySearchQuery('1234567')).toEqual({ kind: 'file-serial', serial: '1234567' });
    // All zeros is no serial; eight digits are past any sequence and still short of an ID or mobile.
    expect(classifySearchQuery('000000')).toEqual({ kind: 'partial-number' });
    expect(classifySearchQuery('12345678')).toEqual({ kind: 'partial-number' });
  });
});
