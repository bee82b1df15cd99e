/**
 * How far ahead the holiday table can be trusted. A due date is counted in working days, so a holiday
 * missing from the table silently moves every deadline that crosses it; the admin is warned while there is
 * still time to add it (ARCHITECTURE.md "Saudi specifics": the Eid dates need yearly entry).
 */
import { gregorianToHijri, hijriToGregorian } from './hijri';
import type { HolidayKind, HolidayRange } from './holidays';
import { addDays, compareIsoDates, fromCalendarDate, toCalendarDate, type IsoDate } from './iso-date';

/** The table should reach this far ahead. */
export const COVERAGE_MONTHS = 12;
/** How many years ahead the expected holidays are walked (the table never needs more). */
const HORIZON_YEARS = 5;
/** A row this close to the expected date is that holiday: moon sighting moves an Eid by a day or two. */
const MATCH_DAYS = 15;

export type ExpectedHoliday = { kind: HolidayKind; date: IsoDate };

export type HolidayCoverage = {
  /** The last day before the first expected holiday missing from the table. */
  coveredUntil: IsoDate;
  /** True when that is less than {@link COVERAGE_MONTHS} ahead of today. */
  short: boolean;
  /** The first missing holiday, or null when none is missing within the horizon. */
  missing: ExpectedHoliday | null;
};

/** The holidays every year must have, from `today` on: both Eids (by Umm al-Qura) and the two national days. */
function expectedHolidays(today: IsoDate): ExpectedHoliday[] {
  const expected: ExpectedHoliday[] = [];
  const gregorianYear = toCalendarDate(today).year;
  for (let year = gregorianYear; year <= gregorianYear + HORIZON_YEARS; year += 1) {
    const y = String(year).padStart(4, '0');
    expected.push({ kind: 'national', date: `${y}-02-22` }, { kind: 'national', date: `${y}-09-23` });
  }
  const hijriYear = gregorianToHijri(today).year;
  for (let year = hijriYear; year <= hijriYear + HORIZON_YEARS; year += 1) {
    const fitr = hijriToGregorian({ year, month: 10, day: 1 });
    const adha = hijriToGregorian({ year, month: 12, day: 10 });
    if (fitr.ok) expected.push({ kind: 'eid-fitr', date: fitr.value });
    if (adha.ok) expected.push({ kind: 'eid-adha', date: adha.value });
  }
  return expected.filter((e) => compareIsoDates(e.date, today) >= 0).sort((a, b) => compareIsoDates(a.date, b.date));
}

function present(expected: ExpectedHoliday, holidays: readonly HolidayRange[]): boolean {
  const from = addDays(expected.date, -MATCH_DAYS);
  const to = addDays(expected.date, MATCH_DAYS);
  return holidays.some(
    (range) => range.kind === expected.kind && compareIsoDates(range.start, to) <= 0 && compareIsoDates(range.end, from) >= 0,
  );
}

/**
 * How far the table covers from `today`: up to the day before the first expected holiday (Eid al-Fitr,
 * Eid al-Adha, Founding Day, National Day) that has no row, projected rows counting; `short` when that is
 * less than twelve months ahead.
 */
export function holidayCoverage(holidays: readonly HolidayRange[], today: IsoDate): HolidayCoverage {
  const horizon = fromCalendarDate(toCalendarDate(today).add({ years: HORIZON_YEARS }));
  const missing = expectedHolidays(today).find((expected) => !present(expected, holidays)) ?? null;
  const coveredUntil = missing ? addDays(missing.date, -1) : horizon;
  const needed = fromCalendarDate(toCalendarDate(today).add({ months: COVERAGE_MONTHS }));
  return { coveredUntil, short: compareIsoDates(coveredUntil, needed) < 0, missing };
}
