/**
 * Hijri (Umm al-Qura, the Kingdom's official calendar) and Gregorian display and conversion. The calendar is
 * always named explicitly: 'ar-SA' alone now formats Gregorian, and 'islamic-civil' is a day off from
 * Umm al-Qura for many dates.
 */
import { CalendarDate, GregorianCalendar, IslamicUmalquraCalendar, toCalendar } from '@internationalized/date';
import { err, ok, type Result } from '../result';
import type { Locale } from '../i18n/locale';
import { fromCalendarDate, toCalendarDate, type IsoDate } from './iso-date';

/** A Hijri (Umm al-Qura) date; month 1 = Muharram … 9 = Ramadan … 12 = Dhu al-Hijjah. */
export type HijriDate = { year: number; month: number; day: number };

/**
 * BCP 47 tags per app locale: 'ar-SA' gives Arabic-Indic digits and Saudi month names
 * ('٥ جمادى الآخرة ١٤٤٧ هـ'); 'en-GB' gives day-month-year order ('5 Jumada II 1447 AH'), the order
 * Arabic readers see too, so both languages read the date the same way.
 */
const INTL_LOCALE: Record<Locale, string> = { ar: 'ar-SA', en: 'en-GB' };

/** Display options: the weekday is useful on receipts ("الأربعاء، …") but noisy in lists. */
export type DateFormatOptions = { weekday?: boolean };

function format(date: IsoDate, locale: Locale, calendar: string, options: DateFormatOptions): string {
  const { year, month, day } = toCalendarDate(date);
  // Noon UTC formatted in UTC names the same civil day everywhere: no zone can shift it across midnight.
  const instant = new Date(Date.UTC(year, month - 1, day, 12));
  // Years 0–99 would be read as 1900–1999 by Date.UTC; pin the year explicitly.
  instant.setUTCFullYear(year);
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    calendar,
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...(options.weekday ? { weekday: 'long' as const } : {}),
  }).format(instant);
}

/** The Umm al-Qura Hijri form of an ISO date, e.g. '١ رمضان ١٤٤٧ هـ' (ar) or '1 Ramadan 1447 AH' (en). */
export function formatHijri(date: IsoDate, locale: Locale, options: DateFormatOptions = {}): string {
  return format(date, locale, 'islamic-umalqura', options);
}

/** The Gregorian form of an ISO date, e.g. '١٨ فبراير ٢٠٢٦' (ar) or '18 February 2026' (en). */
export function formatGregorian(date: IsoDate, locale: Locale, options: DateFormatOptions = {}): string {
  return format(date, locale, 'gregory', options);
}

/** The Umm al-Qura date of an ISO (Gregorian) date. */
export function gregorianToHijri(date: IsoDate): HijriDate {
  const hijri = toCalendar(toCalendarDate(date), new IslamicUmalquraCalendar());
  return { year: hijri.year, month: hijri.month, day: hijri.day };
}

/**
 * The Gregorian ISO date of an Umm al-Qura date. Refused ('hijri.invalid') when a part is not an integer,
 * the month is outside 1–12, or the day does not exist in that month (months have 29 or 30 days, per the
 * Umm al-Qura tables), instead of letting the library clamp 30 to 29.
 */
export function hijriToGregorian(hijri: HijriDate): Result<IsoDate, 'hijri.invalid'> {
  const { year, month, day } = hijri;
  if (![year, month, day].every(Number.isInteger) || year < 1 || month < 1 || month > 12 || day < 1) {
    return err('hijri.invalid');
  }
  const date = new CalendarDate(new IslamicUmalquraCalendar(), year, month, day);
  if (date.year !== year || date.month !== month || date.day !== day) return err('hijri.invalid');
  return ok(fromCalendarDate(toCalendar(date, new GregorianCalendar())));
}
