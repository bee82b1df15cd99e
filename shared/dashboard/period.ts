/**
 * The dashboard's periods: a Gregorian or a Hijri (Umm al-Qura) month, both days included, and the
 * day "open" and "overdue" are judged on (the period's end, or today while the period runs), so a past
 * month reads the same whenever it is viewed.
 */
import { hijriToGregorian } from '../calendar/hijri';
import { addDays, compareIsoDates, type IsoDate } from '../calendar/iso-date';
import { err, ok, type Result } from '../result';
import type { Period } from './figure-types';

export type MonthKind = 'gregorian' | 'hijri';
export type Month = { kind: MonthKind; year: number; month: number };

const pad = (n: number): string => String(n).padStart(2, '0');

function gregorianMonth(year: number, month: number): Period {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { from: `${String(year).padStart(4, '0')}-${pad(month)}-01`, to: `${String(year).padStart(4, '0')}-${pad(month)}-${pad(last)}` };
}

/** The Gregorian days of a month; 'period.invalid' for a month outside 1–12 or a year the calendars cannot place. */
export function monthPeriod({ kind, year, month }: Month): Result<Period, 'period.invalid'> {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12 || year < 1 || year > 9999) return err('period.invalid');
  if (kind === 'gregorian') return ok(gregorianMonth(year, month));
  const start = hijriToGregorian({ year, month, day: 1 });
  const next = hijriToGregorian(month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 });
  if (!start.ok || !next.ok) return err('period.invalid');
  return ok({ from: start.value, to: addDays(next.value, -1) });
}

/** The day open and overdue are judged on: the period's last day, or today when the period has not ended. */
export const asOfDay = (period: Period, today: IsoDate): IsoDate => (compareIsoDates(today, period.to) < 0 ? today : period.to);

/** The `count` months ending with `month` (oldest first), same calendar: the satisfaction trend (3.8a). */
export function monthsEndingWith(month: Month, count: number): Month[] {
  const out: Month[] = [];
  for (let i = count - 1; i >= 0; i -= 1) {
    const index = month.year * 12 + (month.month - 1) - i;
    out.push({ kind: month.kind, year: Math.floor(index / 12), month: (index % 12) + 1 });
  }
  return out;
}
