import { describe, expect, it } from 'vitest';
import { formatGregorian, formatHijri, gregorianToHijri, hijriToGregorian } from '../../shared/calendar/hijri';
import { addDays } from '../../shared/calendar/iso-date';

// Known Umm al-Qura dates (official Saudi announcements): 1 Ramadan 1447 = Wed 18 Feb 2026,
// Eid al-Fitr 1446 (1 Shawwal) = Sun 30 Mar 2025, Eid al-Adha 1446 (10 Dhu al-Hijjah) = Fri 6 Jun 2025,
// 1 Muharram 1446 = Sun 7 Jul 2024.
const KNOWN: [string, { year: number; month: number; day: number }][] = [
  ['2026-02-18', { year: 1447, month: 9, day: 1 }],
  ['2025-03-30', { year: 1446, month: 10, day: 1 }],
  ['2025-06-06', { year: 1446, month: 12, day: 10 }],
  ['2024-07-07', { year: 1446, month: 1, day: 1 }],
  ['2025-11-26', { year: 1447, month: 6, day: 5 }],
];

describe('Hijri conversion (Umm al-Qura)', () => {
  it.each(KNOWN)('%s ↔ %o', (gregorian, hijri) => {
    expect(gregorianToHijri(gregorian)).toEqual(hijri);
    expect(hijriToGregorian(hijri)).toEqual({ ok: true, value: gregorian });
  });

  it('agrees with Intl islamic-umalqura for every day of 1446–1447', () => {
    const intl = new Intl.DateTimeFormat('en-US-u-ca-islamic-umalqura-nu-latn', {
      timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric',
    });
    for (let date = '2024-07-07'; date < '2026-06-17'; date = addDays(date, 1)) {
      const parts = intl.formatToParts(new Date(`${date}T12:00:00Z`));
      const part = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
      expect(gregorianToHijri(date), date).toEqual({ year: part('year'), month: part('month'), day: part('day') });
    }
  });

  it('knows a 29-day month: 1446 Ramadan has no 30th, 1447 Ramadan has', () => {
    expect(hijriToGregorian({ year: 1446, month: 9, day: 30 })).toEqual({ ok: false, error: 'hijri.invalid' });
    expect(hijriToGregorian({ year: 1447, month: 9, day: 30 })).toEqual({ ok: true, value: '2026-03-19' });
  });

  it('refuses impossible parts instead of clamping them', () => {
    for (const bad of [
      { year: 1447, month: 13, day: 1 }, { year: 1447, month: 0, day: 1 }, { year: 1447, month: 1, day: 0 },
      { year: 1447, month: 1, day: 31 }, { year: 1447.5, month: 1, day: 1 }, { year: 0, month: 1, day: 1 },
    ]) {
      expect(hijriToGregorian(bad), JSON.stringify(bad)).toEqual({ ok: false, error: 'hijri.invalid' });
    }
  });
});

describe('formatHijri / formatGregorian', () => {
  it('formats Arabic with Arabic-Indic digits and the Hijri era', () => {
    expect(formatHijri('2025-11-26', 'ar')).toBe('٥ جمادى الآخرة ١٤٤٧ هـ');
    expect(formatHijri('2026-02-18', 'ar')).toBe('١ رمضان ١٤٤٧ هـ');
    expect(formatHijri('2026-02-18', 'ar', { weekday: true })).toBe('الأربعاء، ١ رمضان ١٤٤٧ هـ');
    expect(formatGregorian('2026-02-18', 'ar')).toBe('١٨ فبراير ٢٠٢٦');
  });

  it('formats English day-month-year', () => {
    expect(formatHijri('2026-02-18', 'en')).toBe('1 Ramadan 1447 AH');
    expect(formatGregorian('2026-02-18', 'en')).toBe('18 February 2026');
    expect(formatGregorian('2026-02-18', 'en', { weekday: true })).toBe('Wednesday, 18 February 2026');
  });

  it('names the same civil day whatever the process time zone (noon UTC, formatted in UTC)', () => {
    expect(formatGregorian('2025-12-31', 'en')).toBe('31 December 2025');
    expect(formatGregorian('2026-01-01', 'en')).toBe('1 January 2026');
  });

  it('refuses a malformed date', () => {
    expect(() => formatHijri('2026-02-30', 'ar')).toThrow(RangeError);
  });
});
