import { describe, expect, it } from 'vitest';
import { addYears, addDays, compareIsoDates, dayOfWeek, fromCalendarDate, isIsoDate, parseIsoDate, riyadhDateOf, toCalendarDate } from '../../shared/calendar/iso-date';

describe('ISO civil dates', () => {
  it('accepts exact YYYY-MM-DD naming a real day, leap days included', () => {
    expect(isIsoDate('2026-02-18')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
  });

  it('refuses other shapes and days that do not exist (no silent clamping)', () => {
    for (const bad of ['2026-2-18', '18-02-2026', '2026-02-18T00:00', ' 2026-02-18', '2026/02/18', '٢٠٢٦-٠٢-١٨',
      '2026-02-30', '2025-02-29', '2100-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '']) {
      expect(isIsoDate(bad), bad).toBe(false);
    }
    expect(isIsoDate(20260218)).toBe(false);
    expect(parseIsoDate('2026-02-30')).toBeNull();
    expect(() => toCalendarDate('2026-02-30')).toThrow(RangeError);
  });

  it('round-trips through CalendarDate with zero padding', () => {
    expect(fromCalendarDate(toCalendarDate('0999-01-05'))).toBe('0999-01-05');
  });

  it('adds days across month, leap-year and year boundaries', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('compares dates', () => {
    expect(compareIsoDates('2025-12-31', '2026-01-01')).toBeLessThan(0);
    expect(compareIsoDates('2026-01-01', '2026-01-01')).toBe(0);
    expect(compareIsoDates('2026-01-10', '2026-01-09')).toBeGreaterThan(0);
  });

  it('numbers weekdays from Sunday = 0 to Saturday = 6', () => {
    expect(dayOfWeek('2026-02-15')).toBe(0); // Sunday
    expect(dayOfWeek('2026-02-19')).toBe(4); // Thursday
    expect(dayOfWeek('2026-02-20')).toBe(5); // Friday
    expect(dayOfWeek('2026-02-21')).toBe(6); // Saturday
  });
});

describe('riyadhDateOf', () => {
  it('turns an instant into the Riyadh civil date (UTC+3): midnight in Riyadh is 21:00 UTC', () => {
    expect(riyadhDateOf(Date.parse('2026-02-17T20:59:59.999Z'))).toBe('2026-02-17');
    expect(riyadhDateOf(Date.parse('2026-02-17T21:00:00Z'))).toBe('2026-02-18');
    expect(riyadhDateOf(Date.parse('2025-12-31T21:00:00Z'))).toBe('2026-01-01');
    expect(riyadhDateOf(Date.parse('2026-02-18T01:00:00+05:00'))).toBe('2026-02-17');
  });

  it('agrees with Intl in the Asia/Riyadh zone across a year of hours', () => {
    const intl = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Riyadh', year: 'numeric', month: '2-digit', day: '2-digit' });
    const start = Date.parse('2025-01-01T00:00:00Z');
    for (let ms = start; ms < start + 366 * 86_400_000; ms += 7 * 3_600_000) {
      expect(riyadhDateOf(ms)).toBe(intl.format(new Date(ms)));
    }
  });

  it('refuses a non-finite instant', () => {
    expect(() => riyadhDateOf(Number.NaN)).toThrow(RangeError);
  });
});

describe('addYears', () => {
  it('moves by calendar years; 29 February lands on the 28th in a common year, and stays in a leap year', () => {
    expect(addYears('2026-03-10', 5)).toBe('2031-03-10');
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(addYears('2028-02-29', -4)).toBe('2024-02-29');
    expect(addYears('2028-02-29', -5)).toBe('2023-02-28');
  });
});
