import { describe, expect, it } from 'vitest';
import { COMPENSATION_STATUSES } from '@shared/db/schemas/compensation-properties';
import { amountDue, awardedAmount, compensationEdge, effectiveStatus, step } from '@shared/compensation/compensation-status';
import { decideMinute } from '@shared/compensation/minute-approval';
import { moveCompensation, openCompensation } from '@shared/compensation/open-compensation';
import { informAndClose, instalmentsProblem, logNegotiation, recordPayment, recordRuling, recordSettlement, type SettlementInput } from '@shared/compensation/settlement';
import { mayViewCase } from '@shared/cases/case-visibility';
import { A, at, B, complaint, drafted, MANAGER, ok, opened, part, RECEPTION } from './compensation-fixtures';

const who = (minute: number, actor = MANAGER) => ({ actor, now: at(minute), concernsStaffIds: [] as string[] });

/** A minute both members approved. */
function approved() {
  let p = drafted();
  for (const [i, member] of [A, B].entries()) p = ok(decideMinute(p, { decision: 'approve', hash: p.minute!.hash, reason: '' }, { concernsStaffIds: [] }, member, at(10 + i)));
  return p;
}

const SETTLEMENT: SettlementInput = {
  amount: 150_000, form: 'cash', terms: 'دفعتان',
  instalments: [{ dueDate: '2026-05-01', amount: 100_000 }, { dueDate: '2026-06-01', amount: 50_000 }],
  acceptance: { mode: 'pad', data: 'iVBORw0KGgo=', scan: null, signerName: 'مستفيد تجريبي', at: at(30) },
};

const ALLOWED = [
  'opened→under-investigation', 'under-investigation→minute-drafted', 'minute-rejected→under-investigation',
  'minute-approved→negotiating', 'ruled→negotiating', 'minute-approved→referred-to-ruling', 'negotiating→referred-to-ruling',
  'referred-to-ruling→ruled', 'negotiating→settled', 'ruled→settled', 'settled→paid', 'ruled→paid', 'paid→closed',
];

describe('the compensation machine (policy 3.4)', () => {
  it('has exactly the edges of the table', () => {
    const edges = COMPENSATION_STATUSES.flatMap((from) => COMPENSATION_STATUSES.filter((to) => compensationEdge(from, to)).map((to) => `${from}→${to}`));
    expect(edges.sort()).toEqual([...ALLOWED].sort());
  });

  it('opens from a complaint, linked both ways, with the complaint\'s conflict-of-interest list; never from an inquiry or twice', () => {
    const origin = complaint({ concernsStaffIds: ['staff-x'] });
    const made = ok(openCompensation(origin, { harm: 'ضرر', claimedAmount: 1, causes: '', evidence: [] }, { id: 'comp-9', caseNumber: 'X-C2026-000009', now: at(1), actor: MANAGER, deskId: 'd' }));
    expect(made.compensation.compensation?.originCaseId).toBe(origin.id);
    expect(made.origin.compensationCaseId).toBe('comp-9');
    expect(made.compensation).toMatchObject({ kind: 'compensation', concernsStaffIds: ['staff-x'], status: 'in-progress' });
    const again = openCompensation(made.origin, { harm: 'ضرر', claimedAmount: 1, causes: '', evidence: [] }, { id: 'c', caseNumber: 'n', now: at(1), actor: MANAGER, deskId: 'd' });
    expect(again).toEqual({ ok: false, error: { code: 'compensation.origin-invalid' } });
    expect(openCompensation(complaint({ kind: 'inquiry' }), { harm: 'x', claimedAmount: 0, causes: '', evidence: [] }, { id: 'c', caseNumber: 'n', now: at(1), actor: MANAGER, deskId: 'd' }))
      .toEqual({ ok: false, error: { code: 'compensation.origin-invalid' } });
    expect(openCompensation(complaint(), { harm: 'x', claimedAmount: 0, causes: '', evidence: [] }, { id: 'c', caseNumber: 'n', now: at(1), actor: RECEPTION, deskId: 'd' }))
      .toEqual({ ok: false, error: { code: 'compensation.role' } });
  });

  it('keeps a history of every move, with who and when, and refuses a move the table lacks', () => {
    const doc = opened();
    const investigating = ok(moveCompensation(doc, 'under-investigation', A, at(3)));
    expect(investigating.history).toEqual([{ from: 'opened', to: 'under-investigation', by: 'member-a', at: at(3), reason: '' }]);
    expect(moveCompensation(doc, 'negotiating', A, at(3))).toEqual({ ok: false, error: { code: 'compensation.not-allowed' } });
    expect(moveCompensation(doc, 'under-investigation', RECEPTION, at(3))).toEqual({ ok: false, error: { code: 'compensation.role' } });
    expect(moveCompensation({ ...doc, concernsStaffIds: ['member-a'] }, 'under-investigation', A, at(3))).toEqual({ ok: false, error: { code: 'compensation.conflict-of-interest' } });
  });

  it('a ruling overrides the committee\'s amount', () => {
    const referred = ok(step(approved(), 'referred-to-ruling', MANAGER, at(20), 'رفض المستفيد'));
    expect(awardedAmount(referred)).toBe(150_000);
    const ruled = ok(recordRuling(referred, { authority: 'المحكمة العامة', date: '2026-04-20', reference: '4711', outcome: 'إلزام بالتعويض', amount: 250_000, attachments: [] }, who(21)));
    expect(effectiveStatus(ruled)).toBe('ruled');
    expect(awardedAmount(ruled)).toBe(250_000);
    expect(amountDue(ruled)).toBe(250_000);
  });

  it('instalments must add up to the settlement amount', () => {
    expect(instalmentsProblem(150_000, SETTLEMENT.instalments)).toBeNull();
    expect(instalmentsProblem(150_001, SETTLEMENT.instalments)).toEqual({ code: 'compensation.instalments-sum', field: 'instalments' });
    expect(instalmentsProblem(150_000, [])).toMatchObject({ code: 'compensation.instalments-invalid' });
    expect(instalmentsProblem(150_000, [{ dueDate: '2026-06-01', amount: 50_000 }, { dueDate: '2026-05-01', amount: 100_000 }])).toMatchObject({ code: 'compensation.instalments-invalid' });
  });

  it('negotiates, settles with a signed acceptance, is paid in instalments, and closes only once the complaint is informed', () => {
    const negotiating = ok(step(approved(), 'negotiating', MANAGER, at(20)));
    const logged = ok(logNegotiation(negotiating, { kind: 'offer', text: 'عرض التعويض', amount: 150_000, interactionId: 'i-1' }, who(21)));
    expect(recordSettlement(logged, { ...SETTLEMENT, acceptance: { ...SETTLEMENT.acceptance, data: '' } }, who(22))).toMatchObject({ ok: false, error: { code: 'compensation.acceptance-required' } });
    const settled = ok(recordSettlement(logged, SETTLEMENT, who(22)));
    expect(step(settled, 'paid', MANAGER, at(23))).toEqual({ ok: false, error: { code: 'compensation.not-paid' } });
    expect(informAndClose(settled, 'أُبلغ المشتكي', who(23))).toEqual({ ok: false, error: { code: 'compensation.not-paid' } });
    const first = ok(recordPayment(settled, { amount: 100_000, date: '2026-05-01', reference: 'T1' }, who(24)));
    expect(effectiveStatus(first)).toBe('settled');
    expect(recordPayment(first, { amount: 60_000, date: '2026-06-01', reference: 'T2' }, who(25))).toMatchObject({ ok: false, error: { code: 'compensation.overpaid' } });
    const paid = ok(recordPayment(first, { amount: 50_000, date: '2026-06-01', reference: 'T2' }, who(25)));
    expect(effectiveStatus(paid)).toBe('paid');
    expect(step(paid, 'closed', MANAGER, at(26))).toEqual({ ok: false, error: { code: 'compensation.origin-not-informed' } });
    const closed = ok(informAndClose(paid, 'أُبلغ المشتكي بالتعويض', who(26)));
    expect(closed.status).toBe('closed');
    // (the fixture starts under investigation; approval is read off the decisions, not a written move)
    expect(closed.history.map((e) => `${e.from}→${e.to}`)).toEqual([
      'under-investigation→minute-drafted', 'minute-approved→negotiating', 'negotiating→settled', 'settled→paid', 'paid→closed',
    ]);
  });

  it('is seen only by the committee, management and admin, never by someone it concerns', () => {
    const doc = opened({ concernsStaffIds: ['member-b'] });
    expect(mayViewCase(doc, { id: 'member-a', roles: ['committee-member'] })).toBe(true);
    expect(mayViewCase(doc, { id: 'manager-1', roles: ['manager'] })).toBe(true);
    expect(mayViewCase(doc, { id: 'member-b', roles: ['committee-member'] })).toBe(false);
    expect(mayViewCase(doc, { id: 'reception-1', roles: ['receptionist'] })).toBe(false);
    expect(mayViewCase(doc, { id: 'officer-1', roles: ['liaison-officer', 'follow-up-officer'] })).toBe(false);
    expect(part(doc).status).toBe('opened');
  });
});
