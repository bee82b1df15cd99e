import { describe, expect, it } from 'vitest';
import { DEFAULT_CASE_CLOCKS } from '@shared/catalog/case-catalog';
import { caseClock } from '@shared/cases/case-clock';
import { addDays } from '@shared/calendar/iso-date';
import { dueDate } from '@shared/calendar/working-days';
import { elapsedWorkingDays } from '@shared/cases/case-clock';
import { computeDashboard, type DashboardData, type DashboardQuery } from '@shared/dashboard/compute';
import { createDayIndex, dayNumber } from '@shared/dashboard/day-index';
import { NO_FILTERS, type Figure, type FigureKey } from '@shared/dashboard/figure-types';
import { monthPeriod } from '@shared/dashboard/period';
import type { CaseDoc } from '@shared/db/schemas/case.schema';
import { CASES, HOLIDAYS, POLICY, REQUESTS, SURVEYS, VISITS, at } from './dashboard-fixtures';

const MARCH = { from: '2026-03-01', to: '2026-03-31' };
const TREND = [
  { label: '2026-01', period: { from: '2026-01-01', to: '2026-01-31' } },
  { label: '2026-02', period: { from: '2026-02-01', to: '2026-02-28' } },
  { label: '2026-03', period: MARCH },
];
const DATA: DashboardData = {
  requests: REQUESTS, cases: CASES, surveys: SURVEYS, visits: VISITS, policy: POLICY,
};
const query = (fields: Partial<DashboardQuery> = {}): DashboardQuery => ({
  period: MARCH, today: '2026-04-15', filters: NO_FILTERS, trend: TREND, holidays: HOLIDAYS, clocks: DEFAULT_CASE_CLOCKS, ...fields,
});

/** group → [value, ids] of a figure, for hand-computed expectations. */
function rows(figures: Figure[], key: FigureKey): Record<string, [number | null, string[]]> {
  const found = figures.find((f) => f.key === key);
  if (!found) throw new Error(`no figure ${key}`);
  return Object.fromEntries(found.rows.map((row) => [row.group, [row.value, row.ids]]));
}
const total = (figures: Figure[], key: FigureKey) => figures.find((f) => f.key === key)?.total;

describe('dashboard figures on the March 2026 fixture (hand-computed)', () => {
  const { figures, asOf } = computeDashboard(DATA, query());

  it('judges a past month on its last day, and names the clause of every figure', () => {
    expect(asOf).toBe('2026-03-31');
    expect(figures.find((f) => f.key === 'requests.answered-in-time')?.clause).toBe('3.3f');
    expect(figures.find((f) => f.key === 'cases.web-unacknowledged')?.clause).toBe('3.5a');
    expect(figures.find((f) => f.key === 'satisfaction.index')?.clause).toBe('3.8a');
    expect(figures.find((f) => f.key === 'visits.done')?.clause).toBe('3.8c');
    expect(figures.find((f) => f.key === 'policy.signed')?.clause).toBe('Art. 4');
  });

  it('requests (3.3f): answered on the 15th working day is in time, on the 16th late', () => {
    expect(dueDate('2026-03-01', HOLIDAYS)).toBe('2026-03-24');
    expect(rows(figures, 'requests.volume')).toEqual({ social: [3, ['r1-day15', 'r2-day16', 'r6-withdrawn']], housing: [2, ['r3-overdue', 'r5-running']] });
    // r1 (24th: day 15) in time; r2 (25th: day 16) and r4 (due 3 March, told the 5th) late.
    expect(rows(figures, 'requests.answered-in-time')).toEqual({ social: [1 / 3, ['r1-day15', 'r2-day16', 'r4-feb']] });
    expect(total(figures, 'requests.answered-in-time')).toMatchObject({ value: 1 / 3, count: 3, extra: 1 });
    // Referred to housing on the 2nd; withdrawn r6 and running r5 are not overdue.
    expect(rows(figures, 'requests.overdue')).toEqual({ housing: [1, ['r3-overdue']] });
  });

  it('cases (3.5, 3.8e) by kind: received, open, overdue with a paused clock respected, averages in working days', () => {
    expect(rows(figures, 'cases.received')).toEqual({ complaint: [3, ['c1-resolved', 'c2-paused', 'c4-web']], inquiry: [1, ['c3-overdue']] });
    expect(rows(figures, 'cases.open')).toEqual({ complaint: [2, ['c2-paused', 'c4-web']], inquiry: [1, ['c3-overdue']] });
    // c2: 20 working days to the 31st, 10 paused: its 10th counted day is the 31st itself (due, not overdue).
    expect(rows(figures, 'cases.overdue')).toEqual({ inquiry: [1, ['c3-overdue']] });
    const c2 = { ...CASES[1], status: 'in-progress', escalated: false, acknowledgeDueDate: null } as unknown as CaseDoc;
    expect(caseClock(c2, '2026-03-31', HOLIDAYS, DEFAULT_CASE_CLOCKS).dueDate).toBe('2026-03-31');
    // c1 acknowledged after 1 day, c2 the same day; c3 after 1.
    expect(rows(figures, 'cases.first-response')).toEqual({ complaint: [0.5, ['c1-resolved', 'c2-paused']], inquiry: [1, ['c3-overdue']] });
    expect(total(figures, 'cases.first-response')).toMatchObject({ value: 0.7, count: 3 });
    // c1: 2,3,4,5,8,9,12 March (7) minus the paused 4, 5 and 8 = 4.
    expect(rows(figures, 'cases.resolution')).toEqual({ complaint: [4, ['c1-resolved']] });
    expect(rows(figures, 'cases.web-unacknowledged')).toEqual({ web: [1, ['c4-web']] });
  });

  it('liaison officers (3.8f): load and overdue at the judging day', () => {
    expect(rows(figures, 'liaison.load')).toEqual({ '': [1, ['c4-web']], o1: [1, ['c2-paused']], o2: [1, ['c3-overdue']] });
    expect(rows(figures, 'liaison.overdue')).toEqual({ o2: [1, ['c3-overdue']] });
  });

  it('satisfaction trend (3.8a), visits (3.8c) and the policy signatures (Art. 4)', () => {
    // March: (80 + 60 + 100 + 40 + 70) / 5 = 70; February's single answer is too few to report.
    expect(rows(figures, 'satisfaction.index')).toEqual({ '2026-01': [null, []], '2026-02': [null, ['a4']], '2026-03': [70, ['a1', 'a2', 'a3', 'a6', 'a7']] });
    // v4 was cancelled before its day: not planned any more.
    expect(figures.find((f) => f.key === 'visits.done')?.rows).toEqual([{ group: 'partner', value: 1, count: 2, ids: ['v1', 'v2'], extra: 2 }]);
    expect(rows(figures, 'visits.open-actions')).toEqual({ partner: [1, ['v1']] });
    expect(rows(figures, 'policy.signed')).toEqual({ signed: [1, ['s1']], 'not-signed': [2, ['s2', 's4']] });
    // Seen for April, s4 has signed.
    const april = computeDashboard(DATA, query({ period: { from: '2026-04-01', to: '2026-04-30' }, today: '2026-05-10' })).figures;
    expect(rows(april, 'policy.signed')).toEqual({ signed: [2, ['s1', 's4']], 'not-signed': [1, ['s2']] });
  });

  it('filters by unit, category and channel, and groups cases by channel', () => {
    const housing = computeDashboard(DATA, query({ filters: { ...NO_FILTERS, unitId: 'housing' } })).figures;
    expect(rows(housing, 'requests.volume')).toEqual({ housing: [2, ['r3-overdue', 'r5-running']] });
    const byChannel = computeDashboard(DATA, query({ filters: { ...NO_FILTERS, category: 'service-delay', caseDimension: 'channel' } })).figures;
    expect(rows(byChannel, 'cases.open')).toEqual({ email: [1, ['c2-paused']], website: [1, ['c4-web']] });
    const email = computeDashboard(DATA, query({ filters: { ...NO_FILTERS, channel: 'email' } })).figures;
    expect(rows(email, 'cases.received')).toEqual({ complaint: [1, ['c2-paused']] });
  });

  it('a past month reads the same after later moves, and a running month is judged on today', () => {
    const later = CASES.map((doc) => (doc.id === 'c3-overdue' ? { ...doc, history: [...doc.history, { from: 'in-progress', to: 'closed', by: 's', at: at('04-20') }] } : doc)) as typeof CASES;
    const again = computeDashboard({ ...DATA, cases: later }, query({ today: '2026-06-01' })).figures;
    expect(rows(again, 'cases.overdue')).toEqual(rows(figures, 'cases.overdue'));
    expect(rows(again, 'liaison.load')).toEqual(rows(figures, 'liaison.load'));
    const midMarch = computeDashboard(DATA, query({ today: '2026-03-20' }));
    expect(midMarch.asOf).toBe('2026-03-20');
    expect(rows(midMarch.figures, 'requests.overdue')).toEqual({});
  });
});

describe('dashboard periods and the working-day index', () => {
  it('a Hijri month is its Umm al-Qura days (Ramadan 1447: 18 February – 19 March 2026)', () => {
    expect(monthPeriod({ kind: 'hijri', year: 1447, month: 9 })).toEqual({ ok: true, value: { from: '2026-02-18', to: '2026-03-19' } });
    expect(monthPeriod({ kind: 'gregorian', year: 2026, month: 2 })).toEqual({ ok: true, value: { from: '2026-02-01', to: '2026-02-28' } });
    expect(monthPeriod({ kind: 'gregorian', year: 2026, month: 13 })).toEqual({ ok: false, error: 'period.invalid' });
  });

  it('counts as the cases clock does, for every pair of days around the holidays', () => {
    const index = createDayIndex(HOLIDAYS, dayNumber('2026-02-01'), dayNumber('2026-06-01'));
    for (let start = 0; start < 40; start += 3) {
      for (let length = 0; length < 40; length += 1) {
        const from = addDays('2026-02-20', start);
        const to = addDays(from, length);
        expect(index.between(dayNumber(from), dayNumber(to))).toBe(elapsedWorkingDays(`${from}T06:00:00Z`, [], to, HOLIDAYS));
      }
    }
  });
});
