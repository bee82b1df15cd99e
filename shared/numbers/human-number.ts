/**
 * Human numbers (file, request, declaration, case, a compensation minute), unique without a
 * network. One format for every kind: `<DESK>-<K><YYYY>-<NNNNNN>`, e.g. `RYD1-2026-000123` (a file:
 * no letter), `RYD1-R2026-000001` (a request), `RYD1-D2026-000001` (a declaration), `RYD1-C2026-000001` (a case), `RYD1-M2026-000001` (a minute):
 * - DESK: the desk code (2–6 of A–Z, 0–9). Each desk numbers its own records, so two offline desks
 *   never hand out the same number.
 * - K: the kind's letter, so one kind is never read as another when typed or read aloud.
 * - YYYY: the Gregorian year in Riyadh time (Asia/Riyadh, for every kind) when the record was made:
 *   the association's reports and fiscal year are Gregorian and it works in Riyadh; the sequence
 *   restarts each year.
 * - NNNNNN: the sequence, zero-padded to 6 digits so numbers sort and read evenly; it grows to
 *   7 digits rather than wrap.
 * ASCII and dashes only: read aloud, written on paper, typed on any keyboard. The sequence continues
 * from the highest number the desk has seen (synced records included), so a reinstalled desk does
 * not repeat; gaps are harmless and never refilled. Numbers are never renumbered once printed; the
 * server flags two records of one collection with the same number (GET /numbers/duplicates).
 */
import { normalizeDigits, stripInvisible } from '../registry/text-normalize';

/** Each kind: its letter, and the collection and field that carry it. */
export const HUMAN_NUMBER_KINDS = {
  file: { letter: '', collection: 'beneficiaries', field: 'fileNumber' },
  request: { letter: 'R', collection: 'requests', field: 'requestNumber' },
  declaration: { letter: 'D', collection: 'declarations', field: 'declarationNumber' },
  case: { letter: 'C', collection: 'cases', field: 'caseNumber' },
  // The committee's minute of a compensation case (policy 3.4a), inside that case's `compensation` part.
  minute: { letter: 'M', collection: 'cases', field: 'compensation.minuteNumber' },
  visit: { letter: 'V', collection: 'visits', field: 'visitNumber' },
} as const;

/**
 * The desk code the public complaint page (policy 3.5a) numbers its cases with: the server is one more
 * numbering desk, `WEB-C2026-000001`. No desk may register it (shared/staff/desk-code.ts).
 */
export const WEB_DESK_CODE = 'WEB';

export type HumanNumberKind = keyof typeof HUMAN_NUMBER_KINDS;

/**
 * collection → the top-level field holding its human number (the server's duplicate report reads this);
 * a number nested in another record's part (the minute) is not reported.
 */
export const HUMAN_NUMBER_FIELDS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.values(HUMAN_NUMBER_KINDS).filter((kind) => !kind.field.includes('.')).map((kind) => [kind.collection, kind.field]),
);

export interface HumanNumberParts {
  readonly deskCode: string;
  readonly year: number;
  readonly sequence: number;
}

export const HUMAN_SEQUENCE_DIGITS = 6;
const DESK_CODE = /^[A-Z0-9]{2,6}$/;
/** Riyadh is UTC+3 all year (no daylight saving), so no time-zone database is needed. */
const RIYADH_OFFSET_MS = 3 * 60 * 60 * 1000;

const patterns = new Map<HumanNumberKind, RegExp>();
function patternOf(kind: HumanNumberKind): RegExp {
  let pattern = patterns.get(kind);
  if (!pattern) {
    pattern = new RegExp(`^([A-Z0-9]{2,6})-${HUMAN_NUMBER_KINDS[kind].letter}(\\d{4})-(\\d{6,})$`);
    patterns.set(kind, pattern);
  }
  return pattern;
}

/**
 * Formats a number of this kind. Throws on parts no valid desk and clock produce (a programming
 * error): desk code not in the validated form, year outside 1000–9999, sequence not a positive integer.
 */
export function formatHumanNumber(kind: HumanNumberKind, { deskCode, year, sequence }: HumanNumberParts): string {
  if (!DESK_CODE.test(deskCode)) throw new RangeError(`Invalid desk code: ${deskCode}`);
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`Invalid year: ${year}`);
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError(`Invalid sequence: ${sequence}`);
  return `${humanNumberPrefix(kind, deskCode, year)}${String(sequence).padStart(HUMAN_SEQUENCE_DIGITS, '0')}`;
}

/**
 * Parses a complete number of this kind, forgiving how it was typed (lower case, Arabic-Indic
 * digits, spaces, other dashes). Null when it is not one.
 */
export function parseHumanNumber(kind: HumanNumberKind, input: string): HumanNumberParts | null {
  const text = normalizeDigits(stripInvisible(input))
    .trim()
    .replace(/\s*[\u2010-\u2015\u2212-]\s*/g, '-');
  const match = patternOf(kind).exec(upperAscii(text));
  if (!match) return null;
  const [, deskCode = '', year = '', sequence = ''] = match;
  const parts = { deskCode, year: Number(year), sequence: Number(sequence) };
  return parts.sequence >= 1 && Number.isSafeInteger(parts.sequence) ? parts : null;
}

/**
 * One more than the highest sequence among the numbers of this kind seen for this desk code and
 * year, or 1. Other desks, other years and malformed values are ignored; gaps are not filled (a gap
 * may be a record not yet synced back).
 */
export function nextHumanSequence(kind: HumanNumberKind, seen: Iterable<string>, deskCode: string, year: number): number {
  const desk = upperAscii(deskCode.trim());
  let highest = 0;
  for (const value of seen) {
    const parts = parseHumanNumber(kind, value);
    if (parts && parts.deskCode === desk && parts.year === year && parts.sequence > highest) highest = parts.sequence;
  }
  return highest + 1;
}

/** The prefix shared by every number of a kind, desk and year (for a range query on the index). */
export function humanNumberPrefix(kind: HumanNumberKind, deskCode: string, year: number): string {
  return `${deskCode}-${HUMAN_NUMBER_KINDS[kind].letter}${year}-`;
}

/** The Gregorian year in Riyadh at `nowMs` (epoch ms): the year a new number of any kind carries. */
export function humanNumberYear(nowMs: number): number {
  return new Date(nowMs + RIYADH_OFFSET_MS).getUTCFullYear();
}

/** ASCII-only upper-casing: `toUpperCase` would turn 'ß' into 'SS' and pass it as Latin. */
export function upperAscii(text: string): string {
  return text.replace(/[a-z]/g, (letter) => letter.toUpperCase());
}
