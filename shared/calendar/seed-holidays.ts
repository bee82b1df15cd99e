/**
 * The first contents of the holiday table (ARCHITECTURE.md, "Saudi specifics"). After seeding, the table
 * belongs to the admin: the Eid dates depend on moon sighting and the 1447 ones are only projected.
 */
import { addDays, compareIsoDates, dayOfWeek, type IsoDate } from './iso-date';
import type { HolidayRange } from './holidays';

/** Eid holidays known when this was written (4 days each). 1447 is projected; the admin corrects it. */
export const KNOWN_EID_HOLIDAYS: readonly HolidayRange[] = [
  {
    id: 'eid-fitr-1446',
    nameAr: 'إجازة عيد الفطر ١٤٤٦',
    nameEn: 'Eid al-Fitr holiday 1446',
    start: '2025-03-30',
    end: '2025-04-02',
    kind: 'eid-fitr',
  },
  {
    id: 'eid-adha-1446',
    nameAr: 'إجازة عيد الأضحى ١٤٤٦',
    nameEn: 'Eid al-Adha holiday 1446',
    start: '2025-06-05',
    end: '2025-06-08',
    kind: 'eid-adha',
  },
  {
    id: 'eid-fitr-1447',
    nameAr: 'إجازة عيد الفطر ١٤٤٧',
    nameEn: 'Eid al-Fitr holiday 1447',
    start: '2026-03-19',
    end: '2026-03-22',
    kind: 'eid-fitr',
  },
  {
    id: 'eid-adha-1447',
    nameAr: 'إجازة عيد الأضحى ١٤٤٧',
    nameEn: 'Eid al-Adha holiday 1447',
    start: '2026-05-26',
    end: '2026-05-29',
    kind: 'eid-adha',
  },
];

const FRIDAY = 5;
const SATURDAY = 6;

/**
 * A fixed-date national holiday in `year`. When it falls on the weekend the day off moves: Friday → the
 * Thursday before, Saturday → the Sunday after. The range then spans the real date and the day off (two
 * adjacent days), so the table still shows the true date while the working-day count loses the moved day.
 */
export function nationalHoliday(
  year: number,
  monthDay: string,
  id: string,
  nameAr: string,
  nameEn: string,
): HolidayRange {
  const date: IsoDate = `${String(year).padStart(4, '0')}-${monthDay}`;
  const weekday = dayOfWeek(date);
  const start = weekday === FRIDAY ? addDays(date, -1) : date;
  const end = weekday === SATURDAY ? addDays(date, 1) : date;
  return { id: `${id}-${year}`, nameAr, nameEn, start, end, kind: 'national' };
}

/** Founding Day (يوم التأسيس), 22 February. */
export function foundingDay(year: number): HolidayRange {
  return nationalHoliday(year, '02-22', 'founding-day', 'يوم التأسيس', 'Founding Day');
}

/** Saudi National Day (اليوم الوطني), 23 September. */
export function nationalDay(year: number): HolidayRange {
  return nationalHoliday(year, '09-23', 'national-day', 'اليوم الوطني', 'National Day');
}

/**
 * The seed table for the given Gregorian years: Founding Day and National Day of each year, plus every
 * known Eid holiday starting in one of those years (years without known Eid dates get none: a guessed Eid
 * would be worse than a visibly missing one). Sorted by start date; duplicate years are ignored.
 */
export function seedHolidays(years: readonly number[]): HolidayRange[] {
  const unique = [...new Set(years)].filter((y) => Number.isInteger(y) && y >= 1 && y <= 9999);
  const ranges: HolidayRange[] = [];
  for (const year of unique) {
    ranges.push(foundingDay(year), nationalDay(year));
    ranges.push(...KNOWN_EID_HOLIDAYS.filter((eid) => Number(eid.start.slice(0, 4)) === year));
  }
  return ranges.sort((a, b) => compareIsoDates(a.start, b.start));
}
