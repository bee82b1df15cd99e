/**
 * Request numbers, unique without a network, like file numbers (shared/registry/file-number.ts).
 *
 * Format: `<DESK>-R<YYYY>-<NNNNNN>`, e.g. `RYD1-R2026-000001`. The 'R' keeps a request number from ever
 * being read as a file number (`RYD1-2026-000001`) when either is typed or read aloud. Each desk numbers
 * its own requests from the highest number it has seen for its code and the Riyadh year (synced ones
 * included), so two offline desks never hand out the same number and a reinstalled desk does not repeat.
 */
import { normalizeDigits, stripInvisible } from '../registry/text-normalize';
import { fileNumberYear } from '../registry/file-number';

export interface RequestNumberParts {
  readonly deskCode: string;
  readonly year: number;
  readonly sequence: number;
}

export const REQUEST_SEQUENCE_DIGITS = 6;
const REQUEST_NUMBER = /^([A-Z0-9]{2,6})-R(\d{4})-(\d{6,})$/;
const DESK_CODE = /^[A-Z0-9]{2,6}$/;

/** Formats a request number. Throws on parts no valid desk and clock produce (a programming error). */
export function formatRequestNumber({ deskCode, year, sequence }: RequestNumberParts): string {
  if (!DESK_CODE.test(deskCode)) throw new RangeError(`Invalid desk code: ${deskCode}`);
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`Invalid year: ${year}`);
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError(`Invalid sequence: ${sequence}`);
  return `${deskCode}-R${year}-${String(sequence).padStart(REQUEST_SEQUENCE_DIGITS, '0')}`;
}

/** Parses a request number, forgiving case, Arabic-Indic digits, spaces and other dashes. Null when it is none. */
export function parseRequestNumber(input: string): RequestNumberParts | null {
  const text = normalizeDigits(stripInvisible(input))
    .trim()
    .replace(/\s*[\u2010-\u2015\u2212-]\s*/g, '-')
    .replace(/[a-z]/g, (letter) => letter.toUpperCase());
  const match = REQUEST_NUMBER.exec(text);
  if (!match) return null;
  const [, deskCode = '', year = '', sequence = ''] = match;
  const parts = { deskCode, year: Number(year), sequence: Number(sequence) };
  return parts.sequence >= 1 && Number.isSafeInteger(parts.sequence) ? parts : null;
}

/**
 * One more than the highest sequence among the numbers seen for this desk code and year, or 1. Other
 * desks, other years and malformed values are ignored; gaps are never refilled (a gap may be a request
 * not yet synced back).
 */
export function nextRequestSequence(seen: Iterable<string>, deskCode: string, year: number): number {
  const desk = deskCode.trim().toUpperCase();
  let highest = 0;
  for (const value of seen) {
    const parts = parseRequestNumber(value);
    if (parts && parts.deskCode === desk && parts.year === year && parts.sequence > highest) highest = parts.sequence;
  }
  return highest + 1;
}

/** The prefix shared by every request number of a desk and year (for a range query on the index). */
export function requestNumberPrefix(deskCode: string, year: number): string {
  return `${deskCode}-R${year}-`;
}

/** The Gregorian year in Riyadh at `nowMs`: the year a new request number carries. */
export const requestNumberYear = (nowMs: number): number => fileNumberYear(nowMs);
