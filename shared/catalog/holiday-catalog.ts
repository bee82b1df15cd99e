/**
 * How a holiday range lives in the catalog (kind 'holiday', one entry per range, key = range id): names in
 * the labels, dates and kind in `data`. The due-date rules read HolidayRange[]; these convert both ways.
 */
import { HOLIDAY_KINDS, type HolidayKind, type HolidayRange } from '../calendar/holidays';
import { seedHolidays } from '../calendar/seed-holidays';

/**
 * The years a new desk's table covers. Fixed, not derived from the clock, so two desks seeding offline
 * write identical documents; later years are added by an admin (the Eid dates need moon sighting anyway).
 */
export const HOLIDAY_SEED_YEARS: readonly number[] = [2025, 2026, 2027, 2028];

/** The years the first seed covered: their rows keep their places (`order`) on every desk. */
const FIRST_SEED_YEARS: readonly number[] = [2025, 2026, 2027];

/**
 * The seed table in catalog order: the first seed's rows as they always were, then the rows added since
 * (projected Eids, later national days) by date. So a new desk and an older desk that merged the added
 * rows hold the very same seed documents.
 */
export function holidaySeedRanges(): HolidayRange[] {
  const all = seedHolidays(HOLIDAY_SEED_YEARS);
  const isFirst = (range: HolidayRange) => !range.projected && FIRST_SEED_YEARS.includes(Number(range.start.slice(0, 4)));
  return [...all.filter(isFirst), ...all.filter((range) => !isFirst(range))];
}

/** `projected` is stored only when true, so a confirmed row's document stays what it always was. */
export type HolidayCatalogData = { start: string; end: string; holidayKind: HolidayKind; projected?: true };

/** The catalog fields of a range. */
export function holidayToCatalog(range: HolidayRange): { key: string; labelAr: string; labelEn: string; data: HolidayCatalogData } {
  const data: HolidayCatalogData = { start: range.start, end: range.end, holidayKind: range.kind };
  if (range.projected) data.projected = true;
  return { key: range.id, labelAr: range.nameAr, labelEn: range.nameEn, data };
}

/** The range of a catalog entry, or null when its data is not a holiday's (kept out of the clock rather than guessed). */
export function holidayFromCatalog(entry: { key: string; labelAr: string; labelEn: string; data?: Record<string, unknown> }): HolidayRange | null {
  const data = entry.data ?? {};
  const { start, end, holidayKind } = data;
  if (typeof start !== 'string' || typeof end !== 'string' || typeof holidayKind !== 'string') return null;
  if (!(HOLIDAY_KINDS as readonly string[]).includes(holidayKind)) return null;
  const range: HolidayRange = { id: entry.key, nameAr: entry.labelAr, nameEn: entry.labelEn, start, end, kind: holidayKind as HolidayKind };
  return data.projected === true ? { ...range, projected: true } : range;
}
