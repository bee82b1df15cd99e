/**
 * Field checks of the beneficiary form that are not name, ID or mobile rules of their own:
 * typed dates (Gregorian or Hijri), counts, free text with a length limit, e-mail.
 * Each returns a Result whose error is an i18n code under `errors.`.
 */
import { hijriToGregorian } from '../calendar/hijri';
import { fromCalendarDate, parseIsoDate } from '../calendar/iso-date';
import { err, ok, type Result } from '../result';
import { cleanTextInput, normalizeDigits, stripInvisible } from './text-normalize';
import { BENEFICIARY_LIMITS } from '../db/schemas/beneficiary.schema';

export type DateError = 'birth-date.required' | 'birth-date.format' | 'birth-date.range';
export type TypedCalendar = 'gregorian' | 'hijri';

/** The earliest birth date accepted: older is a typing slip, not a living beneficiary. */
export const EARLIEST_BIRTH_DATE = '1900-01-01';

/**
 * A date typed as `YYYY-MM-DD`, `YYYY/MM/DD` or `DD/MM/YYYY` (any of - / . as separator,
 * Arabic-Indic digits accepted), in the Gregorian or the Umm al-Qura calendar, as an ISO
 * Gregorian date. Range: from 1900-01-01 to `todayIso` (a birth date is never in the future).
 */
export function parseTypedDate(input: string, calendar: TypedCalendar, todayIso: string): Result<string, DateError> {
  const text = normalizeDigits(stripInvisible(input)).trim();
  if (text === '') return err('birth-date.required');
  const parts = text.split(/\s*[-/.]\s*/);
  if (parts.length !== 3 || !parts.every((part) => /^\d{1,4}$/.test(part))) return err('birth-date.format');
  const [a = '', b = '', c = ''] = parts;
  const [year, month, day] = a.length === 4 ? [a, b, c] : c.length === 4 ? [c, b, a] : ['', '', ''];
  if (year === '') return err('birth-date.format');
  const numbers = { year: Number(year), month: Number(month), day: Number(day) };
  let iso: string | null;
  if (calendar === 'hijri') {
    const converted = numbers.year >= 1300 && numbers.year <= 1600 ? hijriToGregorian(numbers) : null;
    iso = converted?.ok ? converted.value : null;
  } else {
    const date = parseIsoDate(`${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`);
    iso = date ? fromCalendarDate(date) : null;
  }
  if (iso === null) return err('birth-date.format');
  if (iso < EARLIEST_BIRTH_DATE || iso > todayIso) return err('birth-date.range');
  return ok(iso);
}

/** Cleaned single-line text, required or not, at most `max` characters. */
export function checkText<R extends string, L extends string>(
  input: string,
  max: number,
  codes: { required?: R; tooLong: L },
  multiline = false,
): Result<string, R | L> {
  const cleaned = cleanTextInput(input, { multiline });
  if (cleaned === '' && codes.required !== undefined) return err(codes.required);
  if ([...cleaned].length > max) return err(codes.tooLong);
  return ok(cleaned);
}

export type CountError = 'family-count.required' | 'family-count.format' | 'family-count.range';
export const MAX_FAMILY_COUNT = BENEFICIARY_LIMITS.familyCount;

/** The number of family members, typed in any digits: a whole number from 1 to 50. */
export function parseFamilyCount(input: string): Result<number, CountError> {
  const text = normalizeDigits(stripInvisible(input)).trim();
  if (text === '') return err('family-count.required');
  if (!/^\d{1,4}$/.test(text)) return err('family-count.format');
  const count = Number(text);
  return count >= 1 && count <= MAX_FAMILY_COUNT ? ok(count) : err('family-count.range');
}

/**
 * A pragmatic e-mail check (one @, a dot in the domain, no spaces): the address is only
 * shown to staff who write to it, so the full RFC grammar would only refuse typos less clearly.
 */
export function normalizeEmail(input: string): Result<string, 'channel.address-format'> {
  const text = stripInvisible(input).trim().toLowerCase();
  return /^[^\s@]{1,64}@[^\s@.]+(\.[^\s@.]+)+$/.test(text) && text.length <= 254 ? ok(text) : err('channel.address-format');
}

/** Latin letters, spaces, hyphen, apostrophe and dot; optional. */
export function checkLatinName(input: string): Result<string, 'latin-name.format' | 'latin-name.too-long'> {
  const cleaned = cleanTextInput(input);
  if (cleaned.length > BENEFICIARY_LIMITS.latinName) return err('latin-name.too-long');
  if (cleaned !== '' && !/^[A-Za-z][A-Za-z .'-]*$/.test(cleaned)) return err('latin-name.format');
  return ok(cleaned);
}
