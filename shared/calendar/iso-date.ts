/**
 * Civil dates as ISO 'YYYY-MM-DD' strings. Every date in the intake rules is a local civil date in
 * Asia/Riyadh: a plain string sorts, compares, serialises and syncs without any time-zone surprise,
 * whereas a Date or an epoch would drag a clock time (and a zone) into what is a calendar fact.
 * Arithmetic goes through @internationalized/date's CalendarDate, which knows month lengths and leap years.
 */
import { CalendarDate, getDayOfWeek } from '@internationalized/date';

/** An ISO civil date 'YYYY-MM-DD' (Gregorian, Asia/Riyadh). A plain string so documents stay JSON. */
export type IsoDate = string;

/** Riyadh is UTC+3 all year: Saudi Arabia has not observed daylight saving time, so a fixed offset is exact. */
export const RIYADH_OFFSET_MS = 3 * 60 * 60 * 1000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The CalendarDate of an ISO date, or null when the text is not exactly 'YYYY-MM-DD' or names no real day. */
export function parseIsoDate(value: string): CalendarDate | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new CalendarDate(year, month, day);
  // CalendarDate silently clamps out-of-range parts (31 Feb → 28 Feb); a clamped date was not a real one.
  if (date.year !== year || date.month !== month || date.day !== day) return null;
  return date;
}

/** True when `value` is an exact ISO date naming a real Gregorian day. */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && parseIsoDate(value) !== null;
}

/** Like parseIsoDate but throws: for inputs the caller already validated (a bad one here is a bug). */
export function toCalendarDate(value: IsoDate): CalendarDate {
  const date = parseIsoDate(value);
  if (!date) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${value}`);
  return date;
}

/** The ISO text of a Gregorian CalendarDate, zero-padded so that string order equals date order. */
export function fromCalendarDate(date: CalendarDate): IsoDate {
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** `date` moved by `days` (negative goes back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromCalendarDate(toCalendarDate(date).add({ days }));
}

/** `date` moved by `years` calendar years (negative goes back); 29 February becomes the 28th in a common year. */
export function addYears(date: IsoDate, years: number): IsoDate {
  return fromCalendarDate(toCalendarDate(date).add({ years }));
}

/** Negative when a < b, 0 when equal, positive when a > b. Valid ISO dates compare correctly as text. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Day of the week, 0 = Sunday … 6 = Saturday (the Saudi week starts on Sunday). */
export function dayOfWeek(date: IsoDate): number {
  // getDayOfWeek counts from the locale's first day; 'en-US' starts on Sunday, which makes 0 = Sunday.
  return getDayOfWeek(toCalendarDate(date), 'en-US');
}

/**
 * The Riyadh civil date of an instant (ms since the epoch). Fixed-offset arithmetic rather than Intl:
 * it is exact for Riyadh (no DST) and does not depend on the ICU time-zone data shipped with the runtime.
 */
export function riyadhDateOf(instantMs: number): IsoDate {
  if (!Number.isFinite(instantMs)) throw new RangeError(`Not an instant: ${instantMs}`);
  return new Date(instantMs + RIYADH_OFFSET_MS).toISOString().slice(0, 10);
}
