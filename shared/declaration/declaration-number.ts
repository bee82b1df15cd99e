/**
 * Declaration numbers, unique without a network like file and request numbers:
 * `<DESK>-D<YYYY>-<NNNNNN>`, e.g. 'RYD1-D2026-000001' ('D' tells a declaration from a file
 * 'RYD1-2026-…' or a request 'RYD1-R2026-…' when read aloud or typed). The sequence follows the
 * highest number the desk has seen for its code and year; a new version of a declaration
 * keeps its number (the version is printed beside it).
 */
import { normalizeDigits, stripInvisible } from '../registry/text-normalize';

export interface DeclarationNumberParts {
  readonly deskCode: string;
  readonly year: number;
  readonly sequence: number;
}

const NUMBER = /^([A-Z0-9]{2,6})-D(\d{4})-(\d{6,})$/;

export function formatDeclarationNumber({ deskCode, year, sequence }: DeclarationNumberParts): string {
  if (!/^[A-Z0-9]{2,6}$/.test(deskCode)) throw new RangeError(`Invalid desk code: ${deskCode}`);
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`Invalid year: ${year}`);
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError(`Invalid sequence: ${sequence}`);
  return `${deskCode}-D${year}-${String(sequence).padStart(6, '0')}`;
}

/** Forgiving of case, Arabic-Indic digits, spaces and dash variants; null when not a number. */
export function parseDeclarationNumber(input: string): DeclarationNumberParts | null {
  const text = normalizeDigits(stripInvisible(input)).trim().replace(/\s*[\u2010-\u2015\u2212-]\s*/g, '-');
  const match = NUMBER.exec(text.replace(/[a-z]/g, (c) => c.toUpperCase()));
  if (!match) return null;
  const [, deskCode = '', year = '', sequence = ''] = match;
  const parts = { deskCode, year: Number(year), sequence: Number(sequence) };
  return parts.sequence >= 1 && Number.isSafeInteger(parts.sequence) ? parts : null;
}

/** One more than the highest sequence seen for this desk code and year (1 when none). */
export function nextDeclarationSequence(seen: Iterable<string>, deskCode: string, year: number): number {
  let highest = 0;
  for (const number of seen) {
    const parts = parseDeclarationNumber(number);
    if (parts && parts.deskCode === deskCode && parts.year === year) highest = Math.max(highest, parts.sequence);
  }
  return highest + 1;
}
