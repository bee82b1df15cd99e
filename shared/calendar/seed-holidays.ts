/**
 * The first contents of the holiday table (ARCHITECTURE.md, "Saudi specifics"). After seeding, the table
 * belongs to the admin: the Eid dates depend on moon sighting, so later years are seeded as projections
 * (marked `projected`) for the admin to confirm or correct.
 */
import { addDays, compareIsoDates, dayOfWeek, type IsoDate } from './iso-date';
import { hijriToGregorian } from './hijri';
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

function projectedEid(kind: 'eid-fitr' | 'eid-adha', hijriYear: number, start: IsoDate, end: IsoDate): HolidayRange {
  const digits = new Intl.NumberFormat('ar-u-nu-arab', { useGrouping: false }).format(hijriYear);
  const [nameAr, nameEn] = kind === 'eid-fitr' ? ['إجازة عيد الفطر', 'Eid al-Fitr holiday'] : ['إجازة عيد الأضحى', 'Eid al-Adha holiday'];
  return { id: `${kind}-${hijriYear}`, nameAr: `${nameAr} ${digits}`, nameEn: `${nameEn} ${hijriYear}`, start, end, kind, projected: true };
}

/**
 * Eid holidays projected from the Umm al-Qura calendar (`projectEidHolidays` computes them; the literal
 * dates keep the seed identical on every desk whatever ICU version it runs). The rule the known rows
 * follow: Eid al-Fitr is off for 4 days from the day after 29 Ramadan, Eid al-Adha for 4 days from the
 * Day of Arafah (9 Dhu al-Hijjah).
 */
export const PROJECTED_EID_HOLIDAYS: readonly HolidayRange[] = [
  projectedEid('eid-fitr', 1448, '2027-03-09', '2027-03-12'),
  projectedEid('eid-adha', 1448, '2027-05-15', '2027-05-18'),
  projectedEid('eid-fitr', 1449, '2028-02-26', '2028-02-29'),
  projectedEid('eid-adha', 1449, '2028-05-04', '2028-05-07'),
];

const EID_DAYS = 4;

/**
 * The Eid holidays of a Hijri year by the Umm al-Qura tables (the rule above), marked projected, or null
 * when the tables do not reach that year.
 */
export function projectEidHolidays(hijriYear: number): HolidayRange[] | null {
  const ramadan29 = hijriToGregorian({ year: hijriYear, month: 9, day: 29 });
  const arafah = hijriToGregorian({ year: hijriYear, month: 12, day: 9 });
  if (!ramadan29.ok || !arafah.ok) return null;
  const fitr = addDays(ramadan29.value, 1);
  return [
    projectedEid('eid-fitr', hijriYear, fitr, addDays(fitr, EID_DAYS - 1)),
    projectedEid('eid-adha', hijriYear, arafah.value, addDays(arafah.value, EID_DAYS - 1)),
  ];
}

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
 * known or projected Eid holiday starting in one of those years (years beyond the projections get none;
 * the home screen warns the admin before the table runs out). Sorted by start date; duplicate years are
 * ignored.
 */
export function seedHolidays(years: readonly number[]): HolidayRange[] {
  const unique = [...new Set(years)].filter((y) => Number.isInteger(y) && y >= 1 && y <= 9999);
  const ranges: HolidayRange[] = [];
  for (const year of unique) {
    ranges.push(foundingDay(year), nationalDay(year));
    ranges.push(...[...KNOWN_EID_HOLIDAYS, ...PROJECTED_EID_HOLIDAYS].filter((eid) => Number(eid.start.slice(0, 4)) === year));
  }
  return ranges.sort((a, b) => compareIsoDates(a.start, b.start));
}
