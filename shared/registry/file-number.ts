/**
 * Human-readable file numbers, unique without a network.
 *
 * Format: `<DESK>-<YYYY>-<NNNNNN>`, e.g. `RYD1-2026-000123`:
 * - DESK: the desk code (validateDeskCode: 2–6 of A–Z, 0–9). Each desk numbers its own
 *   files, so two offline desks never hand out the same number.
 * - YYYY: the Gregorian year in Riyadh time when the file was opened (Gregorian because
 *   the association's reports and fiscal year are Gregorian; the sequence restarts each year).
 * - NNNNNN: the sequence, zero-padded to 6 digits so numbers sort and read evenly; it
 *   grows to 7 digits rather than wrap if a desk ever opens a millionth file in a year.
 * ASCII and dashes only: it is read aloud, written on paper and typed on any keyboard.
 * The sequence continues from the highest number the desk has seen (synced files
 * included), so a reinstalled desk does not repeat; gaps are harmless and never refilled.
 */
import { normalizeDigits, stripInvisible } from './text-normalize';

/** The parts of a file number. */
export interface FileNumberParts {
  readonly deskCode: string;
  readonly year: number;
  readonly sequence: number;
}

export const FILE_SEQUENCE_DIGITS = 6;
const FILE_NUMBER = /^([A-Z0-9]{2,6})-(\d{4})-(\d{6,})$/;
const DESK_CODE = /^[A-Z0-9]{2,6}$/;

/** Riyadh is UTC+3 all year (no daylight saving), so no time-zone database is needed. */
const RIYADH_OFFSET_MS = 3 * 60 * 60 * 1000;

/**
 * Formats a file number. Throws on parts that cannot come from a valid desk and clock
 * (a programming error): desk code not in the validated form, year outside 1000–9999,
 * sequence not a positive integer.
 */
export function formatFileNumber({ deskCode, year, sequence }: FileNumberParts): string {
  if (!DESK_CODE.test(deskCode)) throw new RangeError(`Invalid desk code: ${deskCode}`);
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`Invalid year: ${year}`);
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError(`Invalid sequence: ${sequence}`);
  return `${deskCode}-${year}-${String(sequence).padStart(FILE_SEQUENCE_DIGITS, '0')}`;
}

/**
 * Parses a complete file number, forgiving how it was typed (lower case, Arabic-Indic
 * digits, spaces, other dashes). Null when it is not a file number.
 */
export function parseFileNumber(input: string): FileNumberParts | null {
  const text = normalizeDigits(stripInvisible(input))
    .trim()
    .replace(/\s*[\u2010-\u2015\u2212-]\s*/g, '-');
  const match = FILE_NUMBER.exec(upperAscii(text));
  if (!match) return null;
  const [, deskCode = '', year = '', sequence = ''] = match;
  const parts = { deskCode, year: Number(year), sequence: Number(sequence) };
  return parts.sequence >= 1 && Number.isSafeInteger(parts.sequence) ? parts : null;
}

/**
 * The next sequence for a desk in a year: one more than the highest sequence among the
 * file numbers the desk has seen for that desk code and year (its own and synced ones),
 * or 1 when there is none. Numbers of other desks, other years, or unparsable values
 * are ignored; gaps are not filled, since a gap may be a file not yet synced back.
 */
export function nextFileSequence(seenFileNumbers: Iterable<string>, deskCode: string, year: number): number {
  const desk = upperAscii(deskCode.trim());
  let highest = 0;
  for (const value of seenFileNumbers) {
    const parts = parseFileNumber(value);
    if (parts && parts.deskCode === desk && parts.year === year && parts.sequence > highest) {
      highest = parts.sequence;
    }
  }
  return highest + 1;
}

/** The Gregorian year in Riyadh at `nowMs` (epoch ms): the year a new file number carries. */
export function fileNumberYear(nowMs: number): number {
  return new Date(nowMs + RIYADH_OFFSET_MS).getUTCFullYear();
}

/**
 * The form of a file number (or the start of one) for prefix search: upper-case ASCII
 * letters and digits, with every separator removed. Index `normalizeFileNumberQuery(fileNumber)`
 * and look up `normalizeFileNumberQuery(query)` as a prefix, so "ryd1 ٢٠٢٦", "RYD1-2026-0001"
 * and "RYD120260001" all find RYD1-2026-000123. Dropping the dashes keeps full numbers
 * distinct: with a 4-digit year and a 6-digit sequence the length fixes where the desk
 * code ends (only a sequence past 999999 could make two desks' numbers look alike).
 */
export function normalizeFileNumberQuery(query: string): string {
  return upperAscii(normalizeDigits(stripInvisible(query))).replace(/[^A-Z0-9]/g, '');
}

/** ASCII-only upper-casing: `toUpperCase` would turn 'ß' into 'SS' and pass it as Latin. */
function upperAscii(text: string): string {
  return text.replace(/[a-z]/g, (letter) => letter.toUpperCase());
}
