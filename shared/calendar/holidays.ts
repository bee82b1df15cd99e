/**
 * The holiday table: official days off, edited by an admin (the Eid dates are fixed by moon sighting, so
 * no formula can be trusted for them). Validation is strict because one bad row silently shifts every
 * due date computed from it.
 */
import { compareIsoDates, isIsoDate, type IsoDate } from './iso-date';

export const HOLIDAY_KINDS = ['eid-fitr', 'eid-adha', 'national', 'other'] as const;
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];

/** One holiday: every day from `start` to `end`, both included, is off. */
export type HolidayRange = {
  id: string;
  nameAr: string;
  nameEn: string;
  start: IsoDate;
  end: IsoDate;
  kind: HolidayKind;
  /**
   * The dates are an Umm al-Qura projection, not yet confirmed by moon sighting: they count in due dates
   * (a projected Eid is closer to the truth than none) and the admin corrects them when announced.
   */
  projected?: boolean;
};

export type HolidayErrorCode =
  | 'holiday.date-format'
  | 'holiday.reversed'
  | 'holiday.overlap'
  | 'holiday.name-required'
  | 'holiday.id-required'
  | 'holiday.duplicate-id'
  | 'holiday.kind';

/**
 * One problem in the table. `id` names the row; an overlap also names the other row (`otherId`);
 * a missing name or a bad date names the field so the form can mark it.
 */
export type HolidayError = {
  code: HolidayErrorCode;
  id: string;
  otherId?: string;
  field?: 'start' | 'end' | 'nameAr' | 'nameEn' | 'id' | 'kind';
};

function rowErrors(range: HolidayRange): HolidayError[] {
  const errors: HolidayError[] = [];
  const { id } = range;
  if (id.trim() === '') errors.push({ code: 'holiday.id-required', id, field: 'id' });
  if (range.nameAr.trim() === '') errors.push({ code: 'holiday.name-required', id, field: 'nameAr' });
  if (range.nameEn.trim() === '') errors.push({ code: 'holiday.name-required', id, field: 'nameEn' });
  if (!(HOLIDAY_KINDS as readonly string[]).includes(range.kind)) {
    errors.push({ code: 'holiday.kind', id, field: 'kind' });
  }
  const startOk = isIsoDate(range.start);
  const endOk = isIsoDate(range.end);
  if (!startOk) errors.push({ code: 'holiday.date-format', id, field: 'start' });
  if (!endOk) errors.push({ code: 'holiday.date-format', id, field: 'end' });
  if (startOk && endOk && compareIsoDates(range.end, range.start) < 0) {
    errors.push({ code: 'holiday.reversed', id });
  }
  return errors;
}

/**
 * Every problem in the table (empty = valid): bad dates, reversed ranges, missing names, duplicate ids,
 * and any two ranges sharing a day. Overlaps are refused rather than merged because two rows claiming the
 * same day usually means one of them is a typo (a wrong year, a wrong month).
 */
export function validateHolidayTable(ranges: readonly HolidayRange[]): HolidayError[] {
  const errors: HolidayError[] = [];
  const seenIds = new Set<string>();
  const wellFormed: HolidayRange[] = [];
  for (const range of ranges) {
    const problems = rowErrors(range);
    errors.push(...problems);
    if (range.id.trim() !== '' && seenIds.has(range.id)) {
      errors.push({ code: 'holiday.duplicate-id', id: range.id, field: 'id' });
    }
    seenIds.add(range.id);
    // Only rows with sound dates can be checked for overlap; the others already carry an error.
    if (!problems.some((p) => p.code === 'holiday.date-format' || p.code === 'holiday.reversed')) {
      wellFormed.push(range);
    }
  }
  // Sorted by start, a range overlaps a later one exactly when that one starts on or before the latest end
  // seen so far; tracking that end catches a long range swallowing several short ones.
  const sorted = [...wellFormed].sort((a, b) => compareIsoDates(a.start, b.start));
  let widest: HolidayRange | null = null;
  for (const range of sorted) {
    if (widest && compareIsoDates(range.start, widest.end) <= 0) {
      errors.push({ code: 'holiday.overlap', id: widest.id, otherId: range.id });
    }
    if (!widest || compareIsoDates(range.end, widest.end) > 0) widest = range;
  }
  return errors;
}

/** The holiday covering `date`, or null. Linear: the table holds a few dozen rows at most. */
export function holidayOn(date: IsoDate, holidays: readonly HolidayRange[]): HolidayRange | null {
  for (const range of holidays) {
    if (compareIsoDates(range.start, date) <= 0 && compareIsoDates(date, range.end) <= 0) return range;
  }
  return null;
}

/** True when some holiday covers `date`. */
export function isHoliday(date: IsoDate, holidays: readonly HolidayRange[]): boolean {
  return holidayOn(date, holidays) !== null;
}
