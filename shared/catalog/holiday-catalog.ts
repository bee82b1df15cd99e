/**
 * How a holiday range lives in the catalog (kind 'holiday', one entry per range, key = range id): names in
 * the labels, dates and kind in `data`. The due-date rules read HolidayRange[]; these convert both ways.
 */
import { HOLIDAY_KINDS, type HolidayKind, type HolidayRange } from '../calendar/holidays';

/**
 * The years a new desk's table covers. Fixed, not derived from the clock, so two desks seeding offline
 * write identical documents; later years are added by an admin (the Eid dates need moon sighting anyway).
 */
export const HOLIDAY_SEED_YEARS: readonly number[] = [2025, 2026, 2027];

export type HolidayCatalogData = { start: string; end: string; holidayKind: HolidayKind };

/** The catalog fields of a range. */
export function holidayToCatalog(range: HolidayRange): { key: string; labelAr: string; labelEn: string; data: HolidayCatalogData } {
  return { key: range.id, labelAr: range.nameAr, labelEn: range.nameEn, data: { start: range.start, end: range.end, holidayKind: range.kind } };
}

/** The range of a catalog entry, or null when its data is not a holiday's (kept out of the clock rather than guessed). */
export function holidayFromCatalog(entry: { key: string; labelAr: string; labelEn: string; data?: Record<string, unknown> }): HolidayRange | null {
  const data = entry.data ?? {};
  const { start, end, holidayKind } = data;
  if (typeof start !== 'string' || typeof end !== 'string' || typeof holidayKind !== 'string') return null;
  if (!(HOLIDAY_KINDS as readonly string[]).includes(holidayKind)) return null;
  return { id: entry.key, nameAr: entry.labelAr, nameEn: entry.labelEn, start, end, kind: holidayKind as HolidayKind };
}
