import { describe, expect, it } from 'vitest';
import { formatHumanNumber, humanNumberYear, nextHumanSequence, parseHumanNumber, type HumanNumberParts } from '@shared/numbers/human-number';
import { normalizeFileNumberQuery } from '@shared/registry/file-number';

// File numbers are the file kind of the human numbers (no letter).
const formatFileNumber = (parts: HumanNumberParts) => formatHumanNumber('file', parts);
const parseFileNumber = (input: string) => parseHumanNumber('file', input);
const nextFileSequence = (seen: Iterable<string>, deskCode: string, year: number) => nextHumanSequence('file', seen, deskCode, year);
const fileNumberYear = humanNumberYear;

describe('formatFileNumber', () => {
  it('is desk code, Gregorian year and a 6-digit sequence', () => {
    expect(formatFileNumber({ deskCode: 'RYD1', year: 2026, sequence: 123 })).toBe('RYD1-2026-000123');
    expect(formatFileNumber({ deskCode: 'JD', year: 2027, sequence: 1 })).toBe('JD-2027-000001');
  });

  it('grows past 6 digits instead of wrapping', () => {
    expect(formatFileNumber({ deskCode: 'RYD1', year: 2026, sequence: 1_234_567 })).toBe('RYD1-2026-1234567');
  });

  it('refuses parts no valid desk or clock produces', () => {
    const bad = [
      { deskCode: 'ryd1', year: 2026, sequence: 1 },
      { deskCode: 'R', year: 2026, sequence: 1 },
      { deskCode: 'RYD-1', year: 2026, sequence: 1 },
      { deskCode: 'RYD1', year: 26, sequence: 1 },
      { deskCode: 'RYD1', year: 2026, sequence: 0 },
      { deskCode: 'RYD1', year: 2026, sequence: 1.5 },
    ];
    for (const parts of bad) expect(() => formatFileNumber(parts), JSON.stringify(parts)).toThrow(RangeError);
  });
});

describe('parseFileNumber', () => {
  it('round-trips formatFileNumber', () => {
    const parts = { deskCode: 'DMM22', year: 2031, sequence: 4501 };
    expect(parseFileNumber(formatFileNumber(parts))).toEqual(parts);
  });

  it('forgives lower case, Arabic-Indic digits, spaces, other dashes and bidi marks', () => {
    const expected = { deskCode: 'RYD1', year: 2026, sequence: 123 };
    for (const typed of ['ryd1-2026-000123', 'RYD1-٢٠٢٦-٠٠٠١٢٣', ' RYD1 – 2026 – 000123 ', '\u2066RYD1-2026-000123\u2069']) {
      expect(parseFileNumber(typed), typed).toEqual(expected);
    }
  });

  it('returns null for what is not a file number', () => {
    for (const value of ['', 'RYD1', 'RYD1-2026', 'RYD1-2026-123', 'RYD1-26-000123', 'R-2026-000123', 'RYD1-2026-000000', 'ملف-2026-000123', 'RYD1_2026_000123']) {
      expect(parseFileNumber(value), value).toBeNull();
    }
  });
});

describe('nextFileSequence', () => {
  it('starts at 1 on a new desk or in a new year', () => {
    expect(nextFileSequence([], 'RYD1', 2026)).toBe(1);
    expect(nextFileSequence(['RYD1-2025-000412'], 'RYD1', 2026)).toBe(1);
  });

  it('continues from the highest number seen, not the count, and never fills gaps', () => {
    const seen = ['RYD1-2026-000001', 'RYD1-2026-000007', 'RYD1-2026-000003'];
    expect(nextFileSequence(seen, 'RYD1', 2026)).toBe(8);
  });

  it('ignores other desks and other years', () => {
    const seen = ['RYD2-2026-000900', 'RYD1-2025-000950', 'RYD1-2026-000010', 'RYD12-2026-000999', 'JD-2026-000500'];
    expect(nextFileSequence(seen, 'RYD1', 2026)).toBe(11);
    expect(nextFileSequence(seen, 'RYD2', 2026)).toBe(901);
    expect(nextFileSequence(seen, 'RYD1', 2025)).toBe(951);
  });

  it('continues after a reinstall from numbers that came back by sync', () => {
    const synced = ['RYD1-2026-000120', 'JD-2026-000044', 'RYD1-2026-000121'];
    const next = nextFileSequence(synced, 'RYD1', 2026);
    expect(formatFileNumber({ deskCode: 'RYD1', year: 2026, sequence: next })).toBe('RYD1-2026-000122');
  });

  it('skips unparsable values and takes the desk code as typed', () => {
    expect(nextFileSequence(['garbage', '', 'RYD1-2026-000005'], ' ryd1 ', 2026)).toBe(6);
  });

  it('accepts any iterable, such as a Set', () => {
    expect(nextFileSequence(new Set(['RYD1-2026-000002']), 'RYD1', 2026)).toBe(3);
  });
});

describe('fileNumberYear', () => {
  it('uses the Riyadh calendar year (UTC+3), not UTC', () => {
    expect(fileNumberYear(Date.UTC(2025, 11, 31, 20, 59, 59))).toBe(2025);
    expect(fileNumberYear(Date.UTC(2025, 11, 31, 21, 0, 0))).toBe(2026);
    expect(fileNumberYear(Date.UTC(2026, 5, 1))).toBe(2026);
  });
});

describe('normalizeFileNumberQuery', () => {
  it('makes typed prefixes comparable with the indexed number', () => {
    const indexed = normalizeFileNumberQuery('RYD1-2026-000123');
    expect(indexed).toBe('RYD12026000123');
    for (const typed of ['r', 'ryd', 'RYD1-', 'ryd1 ٢٠٢٦', 'RYD1-2026-0001', 'RYD1–2026–000123', 'ryd120260001', '\u200FRYD1']) {
      expect(indexed.startsWith(normalizeFileNumberQuery(typed)), typed).toBe(true);
    }
  });

  it('keeps only ASCII letters and digits', () => {
    expect(normalizeFileNumberQuery(' jd-۲۰۲۷-۰۰۰۰۰۱ ')).toBe('JD2027000001');
    expect(normalizeFileNumberQuery('ß-é')).toBe('');
    expect(normalizeFileNumberQuery('')).toBe('');
  });
});
