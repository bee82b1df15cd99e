import { describe, expect, it } from 'vitest';
import {
  completeNationalId,
  luhnCheckDigit,
  passesLuhn,
  validateNationalId,
} from '@shared/registry/national-id';
import { normalizeDigits } from '@shared/registry/text-normalize';

/** Synthetic numbers only: built with the check-digit helper, never copied from people. */
const CITIZEN = completeNationalId('100000000');
const RESIDENT = completeNationalId('234567891');

const toArabicIndic = (digits: string) => digits.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));

/** Tiny seeded PRNG so the property tests are reproducible. */
function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The algorithm as published for Saudi IDs, written independently of Luhn. */
function saudiAlgorithm(id: string): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const digit = Number(id[i]);
    if (i % 2 === 0) {
      const doubled = String(digit * 2).padStart(2, '0');
      sum += Number(doubled[0]) + Number(doubled[1]);
    } else {
      sum += digit;
    }
  }
  return sum % 10 === 0;
}

describe('Luhn helpers', () => {
  it('computes textbook Luhn check digits', () => {
    expect(luhnCheckDigit('7992739871')).toBe(3);
    expect(passesLuhn('79927398713')).toBe(true);
    expect(passesLuhn('79927398710')).toBe(false);
    expect(completeNationalId('100000000')).toBe('1000000008');
  });

  it('is exactly the published Saudi ID algorithm over 10 digits', () => {
    const random = mulberry32(2026);
    for (let n = 0; n < 2000; n++) {
      const id = `${1 + Math.floor(random() * 2)}${String(Math.floor(random() * 1e9)).padStart(9, '0')}`;
      expect(passesLuhn(id)).toBe(saudiAlgorithm(id));
    }
  });

  it('completeNationalId always yields a valid number, and refuses bad prefixes', () => {
    const random = mulberry32(7);
    for (let n = 0; n < 200; n++) {
      const first9 = `${1 + Math.floor(random() * 2)}${String(Math.floor(random() * 1e8)).padStart(8, '0')}`;
      expect(validateNationalId(completeNationalId(first9)).ok).toBe(true);
    }
    for (const bad of ['', '12345678', '1234567890', '323456789', '12345678a', '١٢٣٤٥٦٧٨٩']) {
      expect(() => completeNationalId(bad)).toThrow(RangeError);
    }
  });
});

describe('validateNationalId', () => {
  it('accepts a national ID (1…) as citizen and an Iqama (2…) as resident', () => {
    expect(validateNationalId(CITIZEN)).toEqual({ ok: true, value: { value: CITIZEN, kind: 'citizen' } });
    expect(validateNationalId(RESIDENT)).toEqual({ ok: true, value: { value: RESIDENT, kind: 'resident' } });
  });

  it('accepts Arabic-Indic and Extended digits, spaces, dashes and pasted marks', () => {
    const forms = [
      toArabicIndic(CITIZEN),
      CITIZEN.replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d))),
      `${CITIZEN.slice(0, 1)} ${CITIZEN.slice(1, 5)} ${CITIZEN.slice(5)}`,
      `${CITIZEN.slice(0, 4)}-${CITIZEN.slice(4, 7)}-${CITIZEN.slice(7)}`,
      `\u200F${toArabicIndic(CITIZEN)}\u200E `,
    ];
    for (const form of forms) {
      const result = validateNationalId(form);
      expect(result, form).toEqual({ ok: true, value: { value: CITIZEN, kind: 'citizen' } });
    }
  });

  it('refuses every wrong check digit', () => {
    const body = RESIDENT.slice(0, 9);
    for (let digit = 0; digit <= 9; digit++) {
      const candidate = `${body}${digit}`;
      if (candidate === RESIDENT) continue;
      expect(validateNationalId(candidate)).toEqual({ ok: false, error: 'national-id.checksum' });
    }
  });

  it('refuses a swap of two neighbouring digits (what Luhn is for)', () => {
    const id = completeNationalId('123456789');
    const swapped = `${id.slice(0, 2)}${id[3]}${id[2]}${id.slice(4)}`;
    expect(validateNationalId(swapped)).toEqual({ ok: false, error: 'national-id.checksum' });
  });

  it('refuses a first digit other than 1 or 2, even with a valid Luhn digit', () => {
    for (const first of ['0', '3', '4', '9']) {
      const body = `${first}23456789`;
      const id = `${body}${luhnCheckDigit(body)}`;
      expect(passesLuhn(id)).toBe(true);
      expect(validateNationalId(id)).toEqual({ ok: false, error: 'national-id.first-digit' });
    }
  });

  it('refuses 9 and 11 digits, in Latin or Arabic-Indic digits', () => {
    for (const value of [CITIZEN.slice(0, 9), `${CITIZEN}0`, toArabicIndic(CITIZEN.slice(0, 9)), '1']) {
      expect(validateNationalId(value)).toEqual({ ok: false, error: 'national-id.length' });
    }
  });

  it('refuses letters and other symbols', () => {
    for (const value of ['10000000O8', '1000000008x', 'ABCDEFGHIJ', '1000/000008', '+1000000008']) {
      expect(validateNationalId(value)).toEqual({ ok: false, error: 'national-id.digits' });
    }
  });

  it('asks for a value when empty or only invisible characters', () => {
    for (const value of ['', '   ', '\u200F\u200E', '\t']) {
      expect(validateNationalId(value)).toEqual({ ok: false, error: 'national-id.required' });
    }
  });

  it('always returns ASCII digits', () => {
    const result = validateNationalId(toArabicIndic(RESIDENT));
    expect(result.ok && result.value.value).toBe(normalizeDigits(toArabicIndic(RESIDENT)));
  });
});
