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

/** Days since 1970-01-01 of an ISO date (UTC arithmetic: a civil date has no zone). */
export function dayNumber(date: IsoDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

/** The ISO date of a day number. */
export const dateOfDay = (day: number): IsoDate => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The Riyadh day number of an ISO instant ('2026-02-18T09:30:00Z'). */
export const riyadhDay = (at: string): number => Math.floor((Date.parse(at) + RIYADH_OFFSET_MS) / DAY_MS);

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
