/**
 * What a spreadsheet cell holds, turned into the text the registry's validators read. Excel
 * stores a mobile typed without quotes as the number 501234567 (its leading 0 gone), an ID as a
 * number, and a date either as a date cell or as its serial number; CSV gives text only.
 */
import { normalizeDigits, stripInvisible } from '../registry/text-normalize';

/** A cell as the readers hand it over: text, a number, a date (UTC midnight), or nothing. */
export type CellValue = string | number | boolean | Date | null;

/** Excel's day 0 in the 1900 system is 1899-12-30 (serial 60 is Lotus's 29 Feb 1900, before any birth date here). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** Serials of 1900-01-01 .. 2199-12-31: a smaller or larger number is no date. */
const SERIAL_RANGE = { min: 1, max: 109_574 } as const;

/** The ISO date of an Excel date serial (days since 1899-12-30; a fraction is the time of day), or null. */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < SERIAL_RANGE.min || serial > SERIAL_RANGE.max) return null;
  return new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

/** A cell as plain text: numbers without exponent or grouping, dates as ISO, booleans as written. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return value;
}

/** Which calendar a birth date cell was written in, and its text for parseTypedDate. */
export interface DateCell {
  readonly text: string;
  readonly calendar: 'gregorian' | 'hijri';
}

/**
 * A birth date cell: a date cell or serial is Gregorian; text is Hijri when its year is one no
 * living person was born in by the Gregorian calendar (1300–1600: Hijri years of 1882–2174), or
 * when it carries the Hijri mark (هـ); otherwise Gregorian. So "1410/05/12" and "12-5-1410 هـ"
 * are Hijri, "1990-05-01" and "01/05/1990" Gregorian.
 */
export function dateCell(value: CellValue | undefined): DateCell {
  if (typeof value === 'number') {
    // A number that is a plausible year-less serial; anything else is left for the validator to refuse.
    const iso = excelSerialToIso(value);
    return { text: iso ?? cellText(value), calendar: 'gregorian' };
  }
  const raw = normalizeDigits(stripInvisible(cellText(value))).trim();
  const marked = /(هـ|ه)\s*$/u.test(raw);
  const text = raw.replace(/\s*(هـ|ه)\s*$/u, '').replace(/\s+\d{1,2}:\d{2}(:\d{2})?$/, '');
  const years = text.match(/\d{4}/g) ?? [];
  const hijriYear = years.some((year) => Number(year) >= 1300 && Number(year) <= 1600);
  return { text, calendar: marked || hijriYear ? 'hijri' : 'gregorian' };
}
