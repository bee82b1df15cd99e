import { describe, expect, it } from 'vitest';
import { DEFAULT_CASE_CLOCKS } from '@shared/catalog/case-catalog';
import { caseClock, casesToEscalate, clockDueDate, dueSoonCases, elapsedWorkingDays, overdueCases, unacknowledgedCases } from '@shared/cases/case-clock';
import { ADMIN, at, caseIn, freshCase, HOLIDAYS, move, T0 } from './cases-fixtures';

// March 2026: Sunday 1 ... Thursday 5; Sunday 8, Monday 9, Tuesday 10 and Wednesday 11 off (HOLIDAYS), Thursday 12; ...
describe('the working-day clock of a case', () => {
  it('starts at receipt: acknowledge in 1 working day, resolve a complaint in 10, an inquiry in 5, over the holidays', () => {
    const complaint = freshCase();
    expect(complaint.acknowledgeDueDate).toBe('2026-03-02');
    expect(complaint.dueDate).toBe('2026-03-17');
    expect(freshCase({ kind: 'inquiry' }).dueDate).toBe('2026-03-08');
    // The day of receipt is Riyadh's: 23:30 on Wednesday is acknowledged by Thursday; 00:30 on Thursday, by Sunday.
    expect(freshCase({}, '2026-03-04T20:30:00Z').acknowledgeDueDate).toBe('2026-03-05');
    expect(freshCase({}, '2026-03-04T21:30:00Z').acknowledgeDueDate).toBe('2026-03-08');
  });

  it('pauses while waiting for the complainant and resumes when they answer, the due date moving by the paused working days', () => {
    let doc = move(caseIn('in-progress'), 'waiting-for-complainant', ADMIN, at(3), { reason: 'طلبنا الخطاب' });
    expect(doc.pauses).toEqual([{ from: at(3), to: null }]);
    const paused = caseClock(doc, '2026-03-05', HOLIDAYS, DEFAULT_CASE_CLOCKS);
    expect(paused).toEqual({ state: 'paused', elapsed: 2, remaining: 8, dueDate: null });
    expect(caseClock(doc, '2026-03-16', HOLIDAYS, DEFAULT_CASE_CLOCKS).elapsed).toBe(2);
    doc = move(doc, 'in-progress', ADMIN, at(8));
    expect(doc.pauses).toEqual([{ from: at(3), to: at(8) }]);
    // Wednesday 4, Thursday 5 and Sunday 8 were paused: 17 March + 3 working days.
    expect(doc.dueDate).toBe('2026-03-22');
    expect(caseClock(doc, '2026-03-09', HOLIDAYS, DEFAULT_CASE_CLOCKS)).toEqual({ state: 'on-track', elapsed: 3, remaining: 7, dueDate: '2026-03-22' });
  });

  it('counts several pauses and none of their days', () => {
    const pauses = [{ from: at(2), to: at(3) }, { from: at(4), to: at(12) }];
    expect(elapsedWorkingDays(T0, pauses, '2026-03-12', HOLIDAYS)).toBe(2);
    expect(clockDueDate(T0, pauses, 3, HOLIDAYS)).toBe('2026-03-15');
    expect(clockDueDate(T0, [{ from: at(2), to: null }], 3, HOLIDAYS)).toBeNull();
  });

  it('is due soon within 3 working days, overdue after the due date, stopped once resolved', () => {
    const doc = caseIn('in-progress');
    expect(caseClock(doc, '2026-03-12', HOLIDAYS, DEFAULT_CASE_CLOCKS).state).toBe('due-soon');
    expect(caseClock(doc, '2026-03-17', HOLIDAYS, DEFAULT_CASE_CLOCKS)).toMatchObject({ state: 'due-soon', remaining: 0 });
    expect(caseClock(doc, '2026-03-18', HOLIDAYS, DEFAULT_CASE_CLOCKS)).toMatchObject({ state: 'overdue', remaining: -1 });
    expect(caseClock(caseIn('resolved'), '2026-03-30', HOLIDAYS, DEFAULT_CASE_CLOCKS)).toMatchObject({ state: 'stopped', remaining: null });
  });

  it('lists overdue and due-soon cases, and the overdue ones not yet escalated for the manager', () => {
    const late = caseIn('in-progress');
    const inquiry = { ...late, id: 'case-2', kind: 'inquiry' as const };
    const escalated = { ...caseIn('escalated'), id: 'case-3' };
    const waiting = { ...caseIn('waiting-for-complainant'), id: 'case-4' };
    const all = [late, inquiry, escalated, waiting, caseIn('closed')];
    expect(overdueCases(all, '2026-03-18', HOLIDAYS, DEFAULT_CASE_CLOCKS).map((d) => d.id)).toEqual(['case-2', 'case-1', 'case-3']);
    expect(casesToEscalate(all, '2026-03-18', HOLIDAYS, DEFAULT_CASE_CLOCKS).map((d) => d.id)).toEqual(['case-2', 'case-1']);
    expect(dueSoonCases(all, '2026-03-05', HOLIDAYS, DEFAULT_CASE_CLOCKS).map((d) => d.id)).toEqual(['case-2']);
  });

  it('lists what is not yet acknowledged, late once its day has passed', () => {
    const received = freshCase();
    expect(unacknowledgedCases([received, caseIn('assigned')], '2026-03-02')).toEqual([{ doc: received, late: false }]);
    expect(unacknowledgedCases([received], '2026-03-03')).toEqual([{ doc: received, late: true }]);
  });
});
