import { describe, expect, it } from 'vitest';
import { seedHolidays } from '../../shared/calendar/seed-holidays';
import {
  clockRuns, dueSoonRequests, dueState, isDueSoon, isOverdue, overdueRequests, toReferQueue, unitQueue, type QueueItem,
} from '../../shared/intake/queues';
import type { RequestStatus } from '../../shared/intake/request-status';

type Item = QueueItem & { id: string };
const item = (id: string, status: RequestStatus, dueDate: string | null, unitId: string | null = 'unit-a'): Item => ({ id, status, dueDate, unitId });
const holidays = seedHolidays([2025]);
const TODAY = '2025-01-27'; // Monday

describe('overdue and due soon', () => {
  it('a request is overdue only after its due date, and only while the clock runs', () => {
    expect(isOverdue(item('a', 'under-study', '2025-01-26'), TODAY)).toBe(true);
    expect(isOverdue(item('a', 'under-study', TODAY), TODAY)).toBe(false);
    expect(isOverdue(item('a', 'approved', '2025-01-01'), TODAY)).toBe(true); // decided, not yet told
    for (const status of ['draft', 'informed', 'closed', 'withdrawn'] as const) {
      expect(isOverdue(item('a', status, '2025-01-01'), TODAY), status).toBe(false);
    }
    expect(clockRuns(item('a', 'referred', null))).toBe(false);
  });

  it('due soon is 0–3 working days left, not overdue', () => {
    expect(isDueSoon(item('a', 'referred', '2025-01-30'), TODAY, [])).toBe(true); // Thu: 3 left
    expect(isDueSoon(item('a', 'referred', '2025-02-02'), TODAY, [])).toBe(false); // Sun: 4 left
    expect(isDueSoon(item('a', 'referred', TODAY), TODAY, [])).toBe(true);
    expect(isDueSoon(item('a', 'referred', '2025-01-26'), TODAY, [])).toBe(false);
    expect(isDueSoon(item('a', 'closed', '2025-01-28'), TODAY, [])).toBe(false);
    expect(isDueSoon(item('a', 'referred', '2025-02-02'), TODAY, [], 4)).toBe(true);
  });

  it('holidays count: the working day after Eid is due soon a week ahead', () => {
    expect(isDueSoon(item('a', 'under-study', '2025-04-03'), '2025-03-27', holidays)).toBe(true);
    expect(isDueSoon(item('a', 'under-study', '2025-04-03'), '2025-03-27', [])).toBe(false);
  });

  it('classifies each request for highlighting', () => {
    expect(dueState(item('a', 'referred', '2025-01-20'), TODAY, [])).toBe('overdue');
    expect(dueState(item('a', 'referred', '2025-01-29'), TODAY, [])).toBe('due-soon');
    expect(dueState(item('a', 'referred', '2025-02-10'), TODAY, [])).toBe('on-track');
    expect(dueState(item('a', 'draft', null), TODAY, [])).toBe('no-clock');
    expect(dueState(item('a', 'informed', '2025-01-20'), TODAY, [])).toBe('no-clock');
  });
});

describe('lists', () => {
  const items = [
    item('late-2', 'under-study', '2025-01-22'),
    item('soon-2', 'referred', '2025-01-30'),
    item('late-1', 'referred', '2025-01-15', 'unit-b'),
    item('fine', 'under-study', '2025-02-20'),
    item('soon-1', 'awaiting-signature', '2025-01-28', null),
    item('told', 'informed', '2025-01-01'),
    item('draft', 'draft', null),
  ];

  it('lists the overdue ones, earliest due first', () => {
    expect(overdueRequests(items, TODAY).map((i) => i.id)).toEqual(['late-1', 'late-2']);
  });

  it('lists the due-soon ones, earliest due first', () => {
    expect(dueSoonRequests(items, TODAY, []).map((i) => i.id)).toEqual(['soon-1', 'soon-2']);
  });

  it("a unit's queue holds its referred and under-study requests, earliest due first", () => {
    expect(unitQueue(items, 'unit-a').map((i) => i.id)).toEqual(['late-2', 'soon-2', 'fine']);
    expect(unitQueue(items, 'unit-b').map((i) => i.id)).toEqual(['late-1']);
    expect(unitQueue(items, 'unit-z')).toEqual([]);
  });

  it('sorts requests without a due date last', () => {
    const queue = unitQueue([item('x', 'referred', null), item('y', 'referred', '2025-01-30')], 'unit-a');
    expect(queue.map((i) => i.id)).toEqual(['y', 'x']);
  });
});

describe('the to-refer list', () => {
  const items = [
    item('waiting', 'awaiting-signature', '2025-02-10', null),
    item('signed-later', 'signed', '2025-02-12'),
    item('signed-first', 'signed', '2025-01-29'),
    item('gone', 'referred', '2025-01-20'),
  ];

  it('holds the signed requests, earliest due first, and nothing before signing or after referral', () => {
    expect(toReferQueue(items).map((i) => i.id)).toEqual(['signed-first', 'signed-later']);
  });

  it('a signed request keeps its reply clock: it is highlighted like any other', () => {
    expect(clockRuns(item('s', 'signed', '2025-01-29'))).toBe(true);
    expect(dueState(item('s', 'signed', '2025-01-24'), TODAY, [])).toBe('overdue');
    expect(dueSoonRequests(items, TODAY, []).map((i) => i.id)).toEqual(['signed-first']);
  });
});
