/** One human-number module for every kind: the same format, parsing, next sequence and Riyadh year. */
import { describe, expect, it } from 'vitest';
import {
  formatHumanNumber,
  HUMAN_NUMBER_FIELDS,
  HUMAN_NUMBER_KINDS,
  humanNumberPrefix,
  humanNumberYear,
  nextHumanSequence,
  parseHumanNumber,
  type HumanNumberKind,
} from '@shared/numbers/human-number';

const KINDS = Object.keys(HUMAN_NUMBER_KINDS) as HumanNumberKind[];

describe('human numbers', () => {
  it('take the Riyadh year for every kind: 2026-12-31T21:30Z is 1 January 2027, 00:30 in Riyadh', () => {
    const edge = Date.parse('2026-12-31T21:30:00Z');
    expect(humanNumberYear(edge)).toBe(2027);
    expect(humanNumberYear(Date.parse('2026-12-31T20:59:59Z'))).toBe(2026);
    const expected: Record<HumanNumberKind, string> = { file: 'RYD1-2027-000001', request: 'RYD1-R2027-000001', declaration: 'RYD1-D2027-000001', case: 'RYD1-C2027-000001', minute: 'RYD1-M2027-000001', visit: 'RYD1-V2027-000001' };
    for (const kind of KINDS) {
      const year = humanNumberYear(edge);
      expect(formatHumanNumber(kind, { deskCode: 'RYD1', year, sequence: nextHumanSequence(kind, [], 'RYD1', year) }), kind).toBe(expected[kind]);
    }
  });

  it('never reads one kind as another', () => {
    for (const kind of KINDS) {
      const number = formatHumanNumber(kind, { deskCode: 'RYD1', year: 2026, sequence: 7 });
      for (const other of KINDS) {
        expect(parseHumanNumber(other, number), `${kind} as ${other}`).toEqual(other === kind ? { deskCode: 'RYD1', year: 2026, sequence: 7 } : null);
      }
      expect(number.startsWith(humanNumberPrefix(kind, 'RYD1', 2026))).toBe(true);
    }
  });

  it('counts only its own kind when finding the next sequence', () => {
    const seen = ['RYD1-2026-000009', 'RYD1-R2026-000004', 'RYD1-D2026-000002', 'RYD1-C2026-000011', 'RYD1-M2026-000006', 'RYD1-V2026-000002'];
    expect(KINDS.map((kind) => nextHumanSequence(kind, seen, 'RYD1', 2026))).toEqual([10, 5, 3, 12, 7, 3]);
  });

  it('names the field each collection keeps its number in', () => {
    expect(HUMAN_NUMBER_FIELDS).toEqual({ beneficiaries: 'fileNumber', requests: 'requestNumber', declarations: 'declarationNumber', cases: 'caseNumber', visits: 'visitNumber' });
  });
});
