/**
 * Working days counted in O(1) for the dashboard (policy 3.3f, 3.5): the same counting as
 * shared/calendar/working-days.ts and shared/cases/case-clock.ts (Sunday–Thursday minus the holiday
 * table; a day counts when it falls after the start day), but over a prefix sum of day numbers, so
 * a figure over 100,000 documents does not walk the calendar once per document.
 */
import type { HolidayRange } from '../calendar/holidays';
import type { IsoDate } from '../calendar/iso-date';
import { RIYADH_OFFSET_MS } from '../calendar/iso-date';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil: arithmetic only). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The number written with `length` ASCII digits at `at` (the documents' dates are machine-written). */
function digits(text: string, at: number, length: number): number {
  let value = 0;
  for (let i = at; i < at + length; i += 1) value = value * 10 + (text.charCodeAt(i) - 48);
  return value;
}

/** Days since 1970-01-01 of an ISO date (a civil date has no zone). */
export function dayNumber(date: IsoDate): number {
  return daysFromCivil(digits(date, 0, 4), digits(date, 5, 2), digits(date, 8, 2));
}

// 'YYYY-MM-DDTHH:MM' then seconds, fractions and 'Z' or '±HH:MM': read by hand, because Date.parse
// over the ~300,000 instants of a large desk's histories is most of the dashboard's time.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** The ISO date of a day number. */
export const dateOfDay = (day: number): IsoDate => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The Riyadh day number of an ISO instant ('2026-02-18T09:30:00Z'); any other text Date.parse reads. */
export function riyadhDay(at: string): number {
  // The common form first ('…T06:00:00Z' or '…T06:00:00.000Z', as toISOString writes): no regex.
  const utc = at.length >= 17 && at[4] === '-' && at[7] === '-' && at[10] === 'T' && at[13] === ':' && at.endsWith('Z');
  const zone = utc ? 'Z' : INSTANT.exec(at)?.[1];
  if (zone === undefined) return Math.floor((Date.parse(at) + RIYADH_OFFSET_MS) / DAY_MS);
  const offsetMinutes = zone === 'Z' ? 0 : (zone.startsWith('-') ? -1 : 1) * (digits(zone, 1, 2) * 60 + digits(zone, 4, 2));
  // Minutes after midnight UTC (seconds never move an instant across Riyadh's midnight, which is on the minute).
  const minutes = digits(at, 11, 2) * 60 + digits(at, 14, 2) - offsetMinutes + RIYADH_OFFSET_MS / 60_000;
  return dayNumber(at) + Math.floor(minutes / 1440);
}

/** 1970-01-01 was a Thursday: 0 = Sunday … 6 = Saturday. */
const weekday = (day: number): number => (((day + 4) % 7) + 7) % 7;

export type DayIndex = {
  /** Working days in (from, to]: after `from`, up to and including `to`; 0 when to <= from. */
  between: (from: number, to: number) => number;
};

/** A prefix sum of working days over [first, last] (day numbers); outside it the count is clamped to the ends. */
export function createDayIndex(holidays: readonly HolidayRange[], first: number, last: number): DayIndex {
  const size = Math.max(1, last - first + 1);
  const off = new Uint8Array(size);
  for (const range of holidays) {
    const lo = Math.max(dayNumber(range.start), first);
    const hi = Math.min(dayNumber(range.end), last);
    for (let day = lo; day <= hi; day += 1) off[day - first] = 1;
  }
  // cumulative[i] = working days in [first, first + i]
  const cumulative = new Int32Array(size);
  let running = 0;
  for (let i = 0; i < size; i += 1) {
    if (weekday(first + i) <= 4 && off[i] === 0) running += 1;
    cumulative[i] = running;
  }
  const at = (day: number): number => (day < first ? 0 : cumulative[Math.min(day, last) - first] ?? running);
  return { between: (from, to) => (to <= from ? 0 : at(to) - at(from)) };
}
