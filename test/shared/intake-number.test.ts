import { describe, expect, it } from 'vitest';
import { formatHumanNumber, humanNumberPrefix, humanNumberYear, nextHumanSequence, parseHumanNumber, type HumanNumberParts } from '../../shared/numbers/human-number';

// Request numbers are the 'R' kind of the human numbers.
const formatRequestNumber = (parts: HumanNumberParts) => formatHumanNumber('request', parts);
const parseRequestNumber = (input: string) => parseHumanNumber('request', input);
const nextRequestSequence = (seen: Iterable<string>, deskCode: string, year: number) => nextHumanSequence('request', seen, deskCode, year);
const requestNumberPrefix = (deskCode: string, year: number) => humanNumberPrefix('request', deskCode, year);
const requestNumberYear = humanNumberYear;

describe('request numbers', () => {
  it('formats desk, year and a 6-digit sequence, distinct from file numbers', () => {
    expect(formatRequestNumber({ deskCode: 'RYD1', year: 2026, sequence: 1 })).toBe('RYD1-R2026-000001');
    expect(formatRequestNumber({ deskCode: 'KD1', year: 2026, sequence: 1234567 })).toBe('KD1-R2026-1234567');
    expect(parseRequestNumber('RYD1-2026-000001')).toBeNull();
    expect(() => formatRequestNumber({ deskCode: 'ryd1', year: 2026, sequence: 1 })).toThrow(RangeError);
    expect(() => formatRequestNumber({ deskCode: 'RYD1', year: 2026, sequence: 0 })).toThrow(RangeError);
  });

  it('parses numbers as people type them (case, Arabic-Indic digits, dashes, spaces)', () => {
    expect(parseRequestNumber(' ryd1 – r٢٠٢٦ - ٠٠٠٠١٢ ')).toEqual({ deskCode: 'RYD1', year: 2026, sequence: 12 });
    expect(parseRequestNumber('RYD1-R2026-000000')).toBeNull();
    expect(parseRequestNumber('RYD1-R26-000001')).toBeNull();
  });

  it('continues from the highest seen for the desk and year, ignoring others and gaps', () => {
    const seen = ['KD1-R2026-000003', 'KD1-R2026-000010', 'KD2-R2026-000050', 'KD1-R2025-000099', 'garbage', 'KD1-R2026-000007'];
    expect(nextRequestSequence(seen, 'KD1', 2026)).toBe(11);
    expect(nextRequestSequence(seen, 'kd1 ', 2026)).toBe(11);
    expect(nextRequestSequence(seen, 'KD1', 2027)).toBe(1);
    expect(nextRequestSequence([], 'KD1', 2026)).toBe(1);
  });

  it('takes the year in Riyadh time and a prefix that sorts every number of the year together', () => {
    // 31 Dec 2025 22:00 UTC is already 1 Jan 2026 in Riyadh.
    expect(requestNumberYear(Date.parse('2025-12-31T22:00:00Z'))).toBe(2026);
    expect(requestNumberYear(Date.parse('2025-12-31T20:59:59Z'))).toBe(2025);
    const prefix = requestNumberPrefix('KD1', 2026);
    expect(formatRequestNumber({ deskCode: 'KD1', year: 2026, sequence: 5 }).startsWith(prefix)).toBe(true);
    expect(formatRequestNumber({ deskCode: 'KD12', year: 2026, sequence: 5 }).startsWith(prefix)).toBe(false);
  });
});
