/**
 * The holiday table reaches the coming year: the next Eids are seeded as Umm al-Qura projections (marked
 * projected, on the dates both Intl's islamic-umalqura calendar and @internationalized/date give), due dates
 * skip them, and the coverage rule tells the admin when the table runs short of twelve months.
 */
import { describe, expect, it } from 'vitest';
import { holidayCoverage } from '../../shared/calendar/holiday-coverage';
import type { HolidayRange } from '../../shared/calendar/holidays';
import { addDays, dayOfWeek } from '../../shared/calendar/iso-date';
import { KNOWN_EID_HOLIDAYS, PROJECTED_EID_HOLIDAYS, projectEidHolidays, seedHolidays } from '../../shared/calendar/seed-holidays';
import { dueDate } from '../../shared/calendar/working-days';
import { holidayFromCatalog, holidayToCatalog } from '../../shared/catalog/holiday-catalog';
import { catalogSeed } from '../../shared/catalog/seed';

/** The table a new desk starts with, read back as the clock reads it. */
const deskTable = (): HolidayRange[] =>
  catalogSeed()
    .filter((e) => e.kind === 'holiday')
    .flatMap((e) => holidayFromCatalog(e) ?? []);

/** Intl's own reading of a Gregorian day in the Umm al-Qura calendar: "month/day/year". */
const umalqura = (date: string) =>
  new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { timeZone: 'UTC', day: 'numeric', month: 'numeric', year: 'numeric' })
    .format(new Date(`${date}T12:00:00Z`))
    .replace(/ AH$/, '');

describe('projected Eid holidays', () => {
  it('seeds Eid al-Fitr and Eid al-Adha of 1448 and 1449, marked projected, on the new desk', () => {
    const eids = deskTable().filter((h) => h.projected);
    expect(eids.map(({ id, start, end }) => ({ id, start, end }))).toEqual([
      { id: 'eid-fitr-1448', start: '2027-03-09', end: '2027-03-12' },
      { id: 'eid-adha-1448', start: '2027-05-15', end: '2027-05-18' },
      { id: 'eid-fitr-1449', start: '2028-02-26', end: '2028-02-29' },
      { id: 'eid-adha-1449', start: '2028-05-04', end: '2028-05-07' },
    ]);
    expect(eids.every((h) => h.kind.startsWith('eid-') && /١٤٤[٨٩]$/.test(h.nameAr))).toBe(true);
    expect(deskTable().filter((h) => h.id.endsWith('-1446') || h.id.endsWith('-1447')).every((h) => h.projected === undefined)).toBe(true);
  });

  it("keeps the first release's rows in their places, so older desks and new desks hold the same seed documents", () => {
    const holidays = catalogSeed().filter((e) => e.kind === 'holiday');
    const first = seedHolidays([2025, 2026, 2027]).filter((h) => !h.projected);
    expect(holidays.slice(0, first.length).map((e) => [e.key, e.order])).toEqual(first.map((h, order) => [h.id, order]));
    expect(holidays.slice(first.length).map((e) => e.key)).toEqual([
      'eid-fitr-1448', 'eid-adha-1448', 'founding-day-2028', 'eid-fitr-1449', 'eid-adha-1449', 'national-day-2028',
    ]);
  });

  it('puts 1 Shawwal and 10 Dhu al-Hijjah inside the projected holidays, by Intl and by @internationalized/date', () => {
    const fitr1448 = PROJECTED_EID_HOLIDAYS.find((h) => h.id === 'eid-fitr-1448');
    const adha1448 = PROJECTED_EID_HOLIDAYS.find((h) => h.id === 'eid-adha-1448');
    expect(umalqura(fitr1448?.start ?? '')).toBe('10/1/1448'); // 1 Shawwal: Eid day
    expect(umalqura(addDays(fitr1448?.start ?? '', -1))).toBe('9/29/1448'); // the day after 29 Ramadan is off
    expect(umalqura(adha1448?.start ?? '')).toBe('12/9/1448'); // Day of Arafah
    expect(umalqura(addDays(adha1448?.start ?? '', 1))).toBe('12/10/1448'); // Eid al-Adha
    expect([...(projectEidHolidays(1448) ?? []), ...(projectEidHolidays(1449) ?? [])]).toEqual(PROJECTED_EID_HOLIDAYS);
  });

  it('follows the rule the confirmed 1446 and 1447 holidays follow (4 days each)', () => {
    const ruled = [...(projectEidHolidays(1446) ?? []), ...(projectEidHolidays(1447) ?? [])];
    expect(ruled.map(({ id, start, end }) => ({ id, start, end }))).toEqual(KNOWN_EID_HOLIDAYS.map(({ id, start, end }) => ({ id, start, end })));
  });

  it('keeps the projected mark through the catalog, and no mark on a confirmed row', () => {
    const projected = PROJECTED_EID_HOLIDAYS[0] as HolidayRange;
    expect(holidayToCatalog(projected).data.projected).toBe(true);
    expect(holidayFromCatalog(holidayToCatalog(projected))).toEqual(projected);
    const confirmed = { ...projected, projected: false };
    expect('projected' in holidayToCatalog(confirmed).data).toBe(false);
  });

  it('skips Eid al-Fitr 1448 in a due date that crosses it', () => {
    expect(dayOfWeek('2027-03-04')).toBe(4); // a Thursday, five days before Eid
    // Working days: 7, 8 Mar; Eid 9–12 Mar off; then 14–18, 21–25, 28–30 Mar: the 15th is Tuesday 30 Mar.
    expect(dueDate('2027-03-04', deskTable())).toBe('2027-03-30');
    expect(dueDate('2027-03-04', deskTable().filter((h) => !h.projected))).toBe('2027-03-25');
  });
});

describe('holidayCoverage', () => {
  it('covers more than the next 12 months with the new seed (today 2026-12-05)', () => {
    const coverage = holidayCoverage(deskTable(), '2026-12-05');
    expect(coverage).toEqual({ coveredUntil: '2029-02-13', short: false, missing: { kind: 'eid-fitr', date: '2029-02-14' } });
  });

  it('is short when the next Eid is missing (a desk seeded before the projections)', () => {
    const old = seedHolidays([2025, 2026, 2027]).filter((h) => !h.projected);
    expect(holidayCoverage(old, '2026-12-05')).toEqual({
      coveredUntil: '2027-03-08',
      short: true,
      missing: { kind: 'eid-fitr', date: '2027-03-09' },
    });
  });

  it('counts an Eid the admin moved by a day or two after moon sighting', () => {
    const moved = deskTable().map((h) => (h.id === 'eid-fitr-1448' ? { ...h, start: '2027-03-10', end: '2027-03-13', projected: false } : h));
    expect(holidayCoverage(moved, '2026-12-05').coveredUntil).toBe('2029-02-13');
  });

  it('turns short exactly when the covered date comes within 12 months', () => {
    const table = deskTable();
    expect(holidayCoverage(table, '2028-02-13').short).toBe(false); // covered to 2029-02-13: 12 months
    expect(holidayCoverage(table, '2028-02-14').short).toBe(true);
    expect(holidayCoverage([], '2026-12-05')).toMatchObject({ coveredUntil: '2027-02-21', short: true });
  });
});
