/**
 * The due lists' horizon and clock key (policy 3.3f): reading the running requests whose key is on
 * or before the horizon gives exactly the overdue and due-soon ones, whatever the weekday and holidays.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/calendar/iso-date';
import { seedHolidays } from '../../shared/calendar/seed-holidays';
import { clockDueOf, dueListsHorizon, isDueSoon, isOverdue, type QueueItem } from '../../shared/intake/queues';
import { REQUEST_STATUSES } from '../../shared/intake/request-status';

const holidays = seedHolidays([2025, 2026]);

describe('the due lists read as one range of clock keys', () => {
  it('the horizon is the last date still due soon: the day before the 4th working day after today', () => {
    expect(dueListsHorizon('2025-01-27', [])).toBe('2025-02-01'); // Mon: Tue, Wed, Thu, then Sun is the 4th
    expect(dueListsHorizon('2025-01-30', [])).toBe('2025-02-04'); // Thu: Sun, Mon, Tue, then Wed
    expect(dueListsHorizon('2025-03-27', holidays)).toBe('2025-04-07'); // Thu: Eid 30 Mar–2 Apr, then 3, 6, 7 Apr
  });

  it('a due date is on the lists exactly when it is on or before the horizon, every day of two years', () => {
    for (let today = '2025-01-01'; today < '2027-01-01'; today = addDays(today, 1)) {
      const horizon = dueListsHorizon(today, holidays);
      for (let offset = -3; offset <= 20; offset += 1) {
        const item: QueueItem = { status: 'referred', unitId: 'u', dueDate: addDays(today, offset) };
        const listed = isOverdue(item, today) || isDueSoon(item, today, holidays);
        expect(listed, `${today} due ${item.dueDate}`).toBe((item.dueDate ?? '') <= horizon);
      }
    }
  });

  it('the key is the due date while the clock runs, none otherwise', () => {
    const keys = REQUEST_STATUSES.map((status) => [status, clockDueOf({ status, unitId: 'u', dueDate: '2026-03-04' })]);
    expect(Object.fromEntries(keys)).toEqual({
      draft: null, 'awaiting-signature': '2026-03-04', signed: '2026-03-04', referred: '2026-03-04', 'under-study': '2026-03-04',
      approved: '2026-03-04', rejected: '2026-03-04', 'more-info-needed': '2026-03-04', informed: null, closed: null, withdrawn: null,
    });
    expect(clockDueOf({ status: 'referred', unitId: 'u', dueDate: null })).toBeNull();
  });
});
