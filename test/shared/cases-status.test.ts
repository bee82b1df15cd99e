import { describe, expect, it } from 'vitest';
import { CASE_STATUSES, caseEdge, nextCaseStatuses } from '@shared/cases/case-status';
import { transition } from '@shared/cases/case-transition';
import { ADMIN, actor, at, caseIn, CONTEXT, freshCase, fullMove, move, OFFICER } from './cases-fixtures';

// The machine as the policy reads it (3.5, 3.7): the one table of allowed moves, pinned here.
const ALLOWED = [
  'received→assigned', 'received→escalated',
  'assigned→assigned', 'assigned→in-progress', 'assigned→escalated',
  'in-progress→assigned', 'in-progress→waiting-for-complainant', 'in-progress→resolved', 'in-progress→escalated',
  'waiting-for-complainant→assigned', 'waiting-for-complainant→in-progress', 'waiting-for-complainant→escalated',
  'escalated→assigned', 'escalated→in-progress', 'escalated→resolved',
  'resolved→informed', 'resolved→escalated',
  'informed→closed', 'informed→escalated',
];

describe('case status machine: every move', () => {
  it('has exactly the edges of the table', () => {
    const edges = CASE_STATUSES.flatMap((from) => CASE_STATUSES.filter((to) => caseEdge(from, to)).map((to) => `${from}→${to}`));
    expect(edges.sort()).toEqual([...ALLOWED].sort());
    expect(nextCaseStatuses('closed')).toEqual([]);
  });

  for (const from of CASE_STATUSES) {
    for (const to of CASE_STATUSES) {
      const allowed = ALLOWED.includes(`${from}→${to}`);
      it(`${allowed ? 'takes' : 'refuses'} ${from} → ${to}`, () => {
        const doc = caseIn(from);
        const result = transition(doc, fullMove(to), ADMIN, at(5), CONTEXT);
        if (!allowed) {
          expect(result).toEqual({ ok: false, error: { code: 'case.not-allowed' } });
          return;
        }
        if (!result.ok) throw new Error(result.error.code);
        expect(result.value.doc.status).toBe(to);
        expect(result.value.doc.history.at(-1)).toEqual(result.value.entry);
        expect(result.value.entry).toMatchObject({ from, to, by: ADMIN.id, at: at(5) });
        expect(result.value.doc.history).toHaveLength(doc.history.length + 1);
      });
    }
  }

  it('a closed case never reopens: every move from it is refused, even an admin\'s', () => {
    const closed = caseIn('closed');
    for (const to of CASE_STATUSES) expect(transition(closed, fullMove(to), ADMIN, at(6), CONTEXT).ok).toBe(false);
  });
});

describe('case status machine: who', () => {
  const assigned = caseIn('assigned');

  it('the assigned officer works their case; another liaison officer may not', () => {
    expect(transition(assigned, { to: 'in-progress' }, actor(OFFICER, 'liaison-officer'), at(3), CONTEXT).ok).toBe(true);
    expect(transition(assigned, { to: 'in-progress' }, actor('officer-2', 'liaison-officer'), at(3), CONTEXT))
      .toEqual({ ok: false, error: { code: 'case.not-officer' } });
  });

  it('a manager works any case; a receptionist may record and route one but not work it', () => {
    expect(transition(assigned, { to: 'in-progress' }, actor('manager-1', 'manager'), at(3), CONTEXT).ok).toBe(true);
    expect(transition(assigned, { to: 'in-progress' }, actor('reception-1', 'receptionist'), at(3), CONTEXT))
      .toEqual({ ok: false, error: { code: 'case.role' } });
    expect(transition(freshCase(), { to: 'assigned', officerId: OFFICER }, actor('reception-1', 'receptionist'), at(1), CONTEXT).ok).toBe(true);
  });

  it('only management takes an escalated case back or decides it', () => {
    const escalated = caseIn('escalated');
    expect(transition(escalated, { to: 'in-progress' }, actor(OFFICER, 'liaison-officer'), at(4), CONTEXT).ok).toBe(false);
    expect(transition(escalated, { to: 'in-progress' }, actor('manager-1', 'manager'), at(4), CONTEXT).ok).toBe(true);
  });

  it('anyone may put a case before management, with a reason', () => {
    const by = actor('reception-1', 'receptionist');
    expect(transition(assigned, { to: 'escalated' }, by, at(3), CONTEXT)).toEqual({ ok: false, error: { code: 'case.reason-required' } });
    const result = transition(assigned, { to: 'escalated', reason: ' عاد المستفيد غاضبًا ' }, by, at(3), CONTEXT);
    expect(result.ok && result.value.doc.escalated && result.value.entry.reason).toBe('عاد المستفيد غاضبًا');
  });

  it('refuses an instant without its zone and an empty actor', () => {
    expect(transition(assigned, { to: 'in-progress' }, ADMIN, '2026-03-02T09:00', CONTEXT)).toEqual({ ok: false, error: { code: 'case.at-invalid' } });
    expect(transition(assigned, { to: 'in-progress' }, actor(' '), at(2), CONTEXT)).toEqual({ ok: false, error: { code: 'case.actor-required' } });
  });
});

describe('case status machine: conditions', () => {
  it('assigning needs an officer, never one the case concerns', () => {
    const doc = freshCase({ concernsStaffIds: [OFFICER] });
    expect(transition(doc, { to: 'assigned' }, ADMIN, at(1), CONTEXT)).toEqual({ ok: false, error: { code: 'case.officer-required' } });
    expect(transition(doc, { to: 'assigned', officerId: OFFICER }, ADMIN, at(1), CONTEXT)).toEqual({ ok: false, error: { code: 'case.officer-concerned' } });
    const inactive = { ...CONTEXT, isActiveStaff: (id: string) => id !== 'gone-1' };
    expect(transition(doc, { to: 'assigned', officerId: 'gone-1' }, ADMIN, at(1), inactive)).toEqual({ ok: false, error: { code: 'case.officer-inactive' } });
  });

  it('assigning names the officer and unit on the case and its history, and acknowledges it', () => {
    const result = transition(freshCase(), { to: 'assigned', officerId: OFFICER, unitId: 'financial-aid' }, ADMIN, at(1, 10), CONTEXT);
    if (!result.ok) throw new Error(result.error.code);
    expect(result.value.doc).toMatchObject({ officerId: OFFICER, unitId: 'financial-aid', acknowledgedAt: at(1, 10) });
    expect(result.value.entry).toMatchObject({ officerId: OFFICER, unitId: 'financial-aid' });
  });

  it('waiting for the complainant needs a reason (what was asked)', () => {
    expect(transition(caseIn('in-progress'), { to: 'waiting-for-complainant' }, ADMIN, at(3), CONTEXT))
      .toEqual({ ok: false, error: { code: 'case.reason-required' } });
  });

  it('resolving needs the agreement (amicable) or the decision and its summary', () => {
    const doc = caseIn('in-progress');
    const tryResolve = (resolution: Parameters<typeof transition>[1]['resolution']) => transition(doc, { to: 'resolved', resolution }, ADMIN, at(3), CONTEXT);
    expect(tryResolve(undefined)).toEqual({ ok: false, error: { code: 'case.resolution-required' } });
    expect(tryResolve({ mode: 'amicable', agreement: '  ' })).toEqual({ ok: false, error: { code: 'case.agreement-required' } });
    expect(tryResolve({ mode: 'decision', decision: 'upheld' })).toEqual({ ok: false, error: { code: 'case.decision-required' } });
    const decided = tryResolve({ mode: 'decision', decision: 'partly-upheld', summary: 'صُرف جزء من المستحق' });
    expect(decided.ok && decided.value.doc.resolution).toMatchObject({ mode: 'decision', decision: 'partly-upheld', resolvedBy: ADMIN.id, resolvedAt: at(3), response: null });
  });

  it('a history entry keeps who, when and why', () => {
    const doc = move(caseIn('in-progress'), 'waiting-for-complainant', ADMIN, at(3), { reason: 'طلبنا صورة الخطاب', note: 'اتصال' });
    expect(doc.history.at(-1)).toEqual({ from: 'in-progress', to: 'waiting-for-complainant', by: ADMIN.id, at: at(3), reason: 'طلبنا صورة الخطاب', note: 'اتصال' });
  });
});
