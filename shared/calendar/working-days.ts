/**
 * Working days and the reply clock (policy 3.3f): a request must be answered within 15 working days of the
 * date it became complete. Working days are Sunday–Thursday minus the holiday table.
 */
import { isHoliday, type HolidayRange } from './holidays';
import { addDays, compareIsoDates, dayOfWeek, type IsoDate } from './iso-date';

/** Policy 3.3(f): the reply is due within at most 15 working days. */
export const REPLY_WORKING_DAYS = 15;

/** The "due soon" window of the queues, in working days. */
export const DUE_SOON_WORKING_DAYS = 3;

const THURSDAY = 4;

// A holiday table could, in theory, block out every day; no real one blocks a whole year, so a search that
// walks this far has met a broken table and stops instead of spinning forever.
const MAX_SEARCH_DAYS = 3 * 366;

/** True on Sunday–Thursday when no holiday covers the date. */
export function isWorkingDay(date: IsoDate, holidays: readonly HolidayRange[]): boolean {
  return dayOfWeek(date) <= THURSDAY && !isHoliday(date, holidays);
}

/**
 * The `n`th working day strictly after `date` (n >= 1): day 1 is the first working day after it, so the
 * day itself never counts, whatever it is.
 */
export function addWorkingDays(date: IsoDate, n: number, holidays: readonly HolidayRange[]): IsoDate {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Working-day count must be a positive integer: ${n}`);
  let current = date;
  let counted = 0;
  for (let step = 0; step < MAX_SEARCH_DAYS * n; step += 1) {
    current = addDays(current, 1);
    if (isWorkingDay(current, holidays)) counted += 1;
    if (counted === n) return current;
  }
  throw new RangeError('The holiday table leaves no working days');
}

/**
 * The due date of a request completed on `completionDate`: working day `n` (15 by default), where day 1
 * is the first working day after the completion date. Completing on a Friday, a holiday or a working day
 * all start the count on the next working day.
 */
export function dueDate(
  completionDate: IsoDate,
  holidays: readonly HolidayRange[],
  n: number = REPLY_WORKING_DAYS,
): IsoDate {
  return addWorkingDays(completionDate, n, holidays);
}

/** Working days in the half-open span (from, to]: after `from`, up to and including `to`. 0 when to <= from. */
export function workingDaysBetween(from: IsoDate, to: IsoDate, holidays: readonly HolidayRange[]): number {
  let count = 0;
  for (let current = from; compareIsoDates(current, to) < 0; ) {
    current = addDays(current, 1);
    if (isWorkingDay(current, holidays)) count += 1;
  }
  return count;
}

/**
 * Working days left until the due date, seen from `today`:
 * - today before or on the due date: the working days after today up to and including the due date, so
 *   the due date itself gives 0, the working day before it 1, and a Friday before a Sunday due date 1.
 *   0 therefore means "due today" (or every remaining day before the due date is a day off).
 * - today after the due date (overdue): minus the working days after the due date up to and including
 *   today, but at least -1, so that any overdue day is negative even on a weekend right after the due date
 *   (due Thursday: Friday, Saturday and Sunday give -1, Monday -2).
 */
export function remainingWorkingDays(today: IsoDate, due: IsoDate, holidays: readonly HolidayRange[]): number {
  if (compareIsoDates(today, due) <= 0) return workingDaysBetween(today, due, holidays);
  return -Math.max(1, workingDaysBetween(due, today, holidays));
}

/** True when the due date has passed (today is after it). The due date itself is not yet overdue. */
export function isPastDue(today: IsoDate, due: IsoDate): boolean {
  return compareIsoDates(today, due) > 0;
}

/**
 * True when the request is not overdue and at most `within` working days remain (the due date itself
 * included: it has 0 left). Overdue requests are excluded: they belong to the overdue list instead.
 */
export function isDueWithin(
  today: IsoDate,
  due: IsoDate,
  holidays: readonly HolidayRange[],
  within: number = DUE_SOON_WORKING_DAYS,
): boolean {
  if (isPastDue(today, due)) return false;
  return remainingWorkingDays(today, due, holidays) <= within;
}
