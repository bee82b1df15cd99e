import { describe, expect, it } from 'vitest';
import type { HolidayRange } from '../../shared/calendar/holidays';
import { seedHolidays } from '../../shared/calendar/seed-holidays';
import {
  addWorkingDays, dueDate, isDueWithin, isPastDue, isWorkingDay, remainingWorkingDays, workingDaysBetween,
} from '../../shared/calendar/working-days';

// Hand-counted expectations; the comments show the count so a reader can check them against a calendar.
const seed = seedHolidays([2025, 2026, 2028, 2030]);
const none: HolidayRange[] = [];

describe('isWorkingDay', () => {
  it('is Sunday–Thursday, not Friday or Saturday', () => {
    expect(['2026-01-04', '2026-01-05', '2026-01-06', '2026-01-07', '2026-01-08'].map((d) => isWorkingDay(d, none)))
      .toEqual([true, true, true, true, true]);
    expect(isWorkingDay('2026-01-09', none)).toBe(false);
    expect(isWorkingDay('2026-01-10', none)).toBe(false);
  });

  it('is not a holiday', () => {
    expect(isWorkingDay('2025-03-31', seed)).toBe(false); // Eid al-Fitr 1446, a Monday
    expect(isWorkingDay('2025-04-03', seed)).toBe(true); // first day after it
  });

  it('gives the Thursday off when Founding Day falls on a Friday (2030)', () => {
    expect(isWorkingDay('2030-02-21', seed)).toBe(false);
    expect(isWorkingDay('2030-02-20', seed)).toBe(true);
    expect(isWorkingDay('2030-02-24', seed)).toBe(true);
  });

  it('gives the Sunday off when National Day falls on a Saturday (2028)', () => {
    expect(isWorkingDay('2028-09-24', seed)).toBe(false);
    expect(isWorkingDay('2028-09-25', seed)).toBe(true);
  });
});

describe('dueDate (day 1 = first working day after completion; due = working day 15)', () => {
  it('completion on a Friday: counting starts on Sunday', () => {
    // Fri 10 Jan 2025 → Sun 12–Thu 16 (1–5), 19–23 (6–10), 26–30 (11–15).
    expect(dueDate('2025-01-10', none)).toBe('2025-01-30');
    // Thursday and Saturday completions start on the same Sunday.
    expect(dueDate('2025-01-09', none)).toBe('2025-01-30');
    expect(dueDate('2025-01-11', none)).toBe('2025-01-30');
  });

  it('completion on a working day does not count that day', () => {
    // Sun 12 Jan → Mon 13–Thu 16 (1–4), 19–23 (5–9), 26–30 (10–14), Sun 2 Feb (15).
    expect(dueDate('2025-01-12', none)).toBe('2025-02-02');
  });

  it('a holiday spanning a weekend (Eid al-Adha 1446, Thu 5–Sun 8 Jun 2025)', () => {
    // Wed 4 Jun → Thu 5 and Sun 8 off → Mon 9–Thu 12 (1–4), 15–19 (5–9), 22–26 (10–14), Sun 29 (15).
    expect(dueDate('2025-06-04', seed)).toBe('2025-06-29');
    expect(dueDate('2025-06-04', none)).toBe('2025-06-25');
  });

  it('a due date right after Eid (Eid al-Fitr 1446, 30 Mar–2 Apr 2025)', () => {
    // Sun 9 Mar → Mon 10–Thu 13 (1–4), 16–20 (5–9), 23–27 (10–14), Eid, Thu 3 Apr (15).
    expect(dueDate('2025-03-09', seed)).toBe('2025-04-03');
  });

  it('completion during Eid: day 1 is the first working day after the holiday', () => {
    // Mon 31 Mar → Thu 3 Apr (1), 6–10 (2–6), 13–17 (7–11), Sun 20–Wed 23 (12–15).
    expect(dueDate('2025-03-31', seed)).toBe('2025-04-23');
  });

  it('across the year boundary', () => {
    // Wed 24 Dec 2025 → Thu 25 (1), Sun 28–Wed 31 (2–5), Thu 1 Jan (6), 4–8 (7–11), Sun 11–Wed 14 (12–15).
    expect(dueDate('2025-12-24', seed)).toBe('2026-01-14');
  });

  it('National Day on a Saturday moves the count by the Sunday off (2028)', () => {
    // Thu 21 Sep → Sun 24 off → Mon 25–Thu 28 (1–4), 1–5 Oct (5–9), 8–12 (10–14), Sun 15 (15).
    expect(dueDate('2028-09-21', seed)).toBe('2028-10-15');
    expect(dueDate('2028-09-21', none)).toBe('2028-10-12');
  });

  it('Founding Day on a Friday moves the count by the Thursday off (2030)', () => {
    // Wed 20 Feb → Thu 21 off → Sun 24–Thu 28 (1–5), 3–7 Mar (6–10), 10–14 (11–15).
    expect(dueDate('2030-02-20', seed)).toBe('2030-03-14');
  });

  it('Founding Day on a Sunday and Eid al-Fitr 1447 in one count', () => {
    // Sun 15 Mar 2026 → Mon 16–Wed 18 (1–3), Eid Thu 19–Sun 22, 23–26 (4–7), 29 Mar–2 Apr (8–12), 5–7 Apr (13–15).
    expect(dueDate('2026-03-15', seed)).toBe('2026-04-07');
    // Wed 18 Feb 2026 → Thu 19 (1), Sun 22 Founding Day, 23–26 (2–5), 1–5 Mar (6–10), 8–12 (11–15).
    expect(dueDate('2026-02-18', seed)).toBe('2026-03-12');
  });

  it('takes another count, and refuses a count below 1', () => {
    expect(dueDate('2025-01-10', none, 1)).toBe('2025-01-12');
    expect(addWorkingDays('2025-01-10', 6, none)).toBe('2025-01-19');
    expect(() => dueDate('2025-01-10', none, 0)).toThrow(RangeError);
    expect(() => dueDate('2025-01-10', none, 1.5)).toThrow(RangeError);
  });

  it('stops on a table that blocks out every day instead of looping forever', () => {
    const everything: HolidayRange[] = [{ id: 'x', nameAr: 'س', nameEn: 'x', start: '2025-01-01', end: '2099-12-31', kind: 'other' }];
    expect(() => dueDate('2025-01-10', everything)).toThrow(RangeError);
  });
});

describe('remainingWorkingDays', () => {
  const due = '2025-01-30'; // Thursday
  it('is 0 on the due date and counts working days after today up to the due date', () => {
    expect(remainingWorkingDays(due, due, none)).toBe(0);
    expect(remainingWorkingDays('2025-01-29', due, none)).toBe(1);
    expect(remainingWorkingDays('2025-01-26', due, none)).toBe(4);
    expect(remainingWorkingDays('2025-01-23', due, none)).toBe(5);
    expect(remainingWorkingDays('2025-01-24', due, none)).toBe(5); // a Friday: same as the Thursday before
    expect(remainingWorkingDays('2025-01-10', due, none)).toBe(15); // the completion date: the full 15
  });

  it('is negative when overdue, at least -1 even over the weekend right after the due date', () => {
    expect(remainingWorkingDays('2025-01-31', due, none)).toBe(-1); // Friday
    expect(remainingWorkingDays('2025-02-01', due, none)).toBe(-1); // Saturday
    expect(remainingWorkingDays('2025-02-02', due, none)).toBe(-1); // Sunday: one working day late
    expect(remainingWorkingDays('2025-02-03', due, none)).toBe(-2); // Monday
    expect(isPastDue('2025-01-31', due)).toBe(true);
    expect(isPastDue(due, due)).toBe(false);
  });

  it('skips holidays both ways', () => {
    expect(remainingWorkingDays('2025-03-27', '2025-04-03', seed)).toBe(1); // only Eid between
    expect(remainingWorkingDays('2025-04-03', '2025-03-27', seed)).toBe(-1);
    expect(workingDaysBetween('2025-03-27', '2025-04-03', none)).toBe(5);
    expect(workingDaysBetween('2025-04-03', '2025-03-27', none)).toBe(0);
  });
});

describe('isDueWithin', () => {
  const due = '2025-01-30';
  it('is true from 3 working days before the due date through the due date itself', () => {
    expect(isDueWithin('2025-01-26', due, none)).toBe(false); // 4 left
    expect(isDueWithin('2025-01-27', due, none)).toBe(true); // 3 left
    expect(isDueWithin('2025-01-24', due, none, 5)).toBe(true);
    expect(isDueWithin(due, due, none)).toBe(true);
  });

  it('is false once overdue (those go to the overdue list)', () => {
    expect(isDueWithin('2025-01-31', due, none)).toBe(false);
  });

  it('counts over a holiday: a week before the day after Eid is already due soon', () => {
    expect(isDueWithin('2025-03-27', '2025-04-03', seed)).toBe(true);
    expect(isDueWithin('2025-03-27', '2025-04-03', none)).toBe(false);
  });
});
