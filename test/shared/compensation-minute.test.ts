import { describe, expect, it } from 'vitest';
import { effectiveStatus } from '@shared/compensation/compensation-status';
import { approvalOf, decideMinute, minuteHash, putMinute } from '@shared/compensation/minute-approval';
import { A, at, B, C, CONTENT, drafted, MANAGER, ok } from './compensation-fixtures';

const facts = { caseId: 'comp-1', concernsStaffIds: [] as string[] };
const approve = (p: ReturnType<typeof drafted>, who: typeof A, minute = 10) =>
  decideMinute(p, { decision: 'approve', hash: p.minute?.hash ?? '', reason: '' }, facts, who, at(minute));

describe('the committee minute (policy 3.4a)', () => {
  it('hashes its content: the same content gives the same hash, any change another', () => {
    const p = drafted();
    expect(p.minute?.hash).toBe(minuteHash('comp-1', 'RYD1-M2026-000001', 1, CONTENT));
    expect(minuteHash('comp-1', 'RYD1-M2026-000001', 1, { ...CONTENT, amount: 150_001 })).not.toBe(p.minute?.hash);
  });

  it('is approved only when every required member approved the same hash', () => {
    const p = drafted();
    const one = ok(approve(p, A));
    expect(approvalOf(one.minute!, one.decisions)).toMatchObject({ state: 'pending', approvedBy: ['member-a'], waitingFor: ['member-b'] });
    expect(effectiveStatus(one)).toBe('minute-drafted');
    const both = ok(approve(one, B, 11));
    expect(approvalOf(both.minute!, both.decisions).state).toBe('approved');
    expect(effectiveStatus(both)).toBe('minute-approved');
  });

  it('is blocked by one objection, which is recorded with its reason and cannot be turned into an approval', () => {
    const p = ok(approve(drafted(), A));
    expect(decideMinute(p, { decision: 'object', hash: p.minute!.hash, reason: '  ' }, facts, B, at(11))).toEqual({ ok: false, error: { code: 'compensation.objection-reason', field: 'reason' } });
    const objected = ok(decideMinute(p, { decision: 'object', hash: p.minute!.hash, reason: 'المبلغ أقل من الضرر' }, facts, B, at(11)));
    expect(objected.decisions['member-b']).toMatchObject({ decision: 'object', reason: 'المبلغ أقل من الضرر', at: at(11) });
    expect(effectiveStatus(objected)).toBe('minute-rejected');
    expect(approve(objected, B, 12)).toEqual({ ok: false, error: { code: 'compensation.already-decided' } });
  });

  it('changing the content after a decision makes a new version, clears the decisions and keeps the old one in history', () => {
    const objected = ok(decideMinute(ok(approve(drafted(), A)), { decision: 'object', hash: drafted().minute!.hash, reason: 'ناقص' }, facts, B, at(11)));
    const revised = ok(putMinute(objected, { ...CONTENT, amount: 200_000 }, { ...facts, committeeIds: ['member-a', 'member-b'] }, MANAGER, at(20)));
    expect(revised.minute).toMatchObject({ version: 2, amount: 200_000 });
    expect(revised.decisions).toEqual({});
    expect(revised.pastMinutes).toHaveLength(1);
    expect(revised.pastMinutes[0]?.minute).toMatchObject({ version: 1, amount: 150_000 });
    expect(revised.pastMinutes[0]?.decisions.map((d) => [d.memberId, d.decision])).toEqual([['member-a', 'approve'], ['member-b', 'object']]);
    expect(effectiveStatus(revised)).toBe('minute-drafted');
  });

  it('refuses an approval of a stale version and says why', () => {
    const p = ok(approve(drafted(), A));
    const staleHash = p.minute!.hash;
    const revised = ok(putMinute(p, { ...CONTENT, causes: 'سبب آخر' }, { ...facts, committeeIds: ['member-a', 'member-b'] }, MANAGER, at(20)));
    expect(decideMinute(revised, { decision: 'approve', hash: staleHash, reason: '' }, facts, B, at(21))).toEqual({ ok: false, error: { code: 'compensation.stale-version' } });
    // A decision on the old hash that arrives by sync does not count either.
    const synced = { ...revised, decisions: { 'member-b': { decision: 'approve' as const, version: 1, hash: staleHash, reason: '', at: at(21) } } };
    expect(approvalOf(synced.minute!, synced.decisions).approvedBy).toEqual([]);
  });

  it('freezes the required members when put to approval: a newcomer may not decide, and the frozen list stands', () => {
    const p = drafted(['member-a', 'member-b']);
    expect(approve(p, C)).toEqual({ ok: false, error: { code: 'compensation.not-required-member' } });
    expect(p.minute?.requiredIds).toEqual(['member-a', 'member-b']);
  });

  it('a member who left the committee after the freeze still blocks approval until the minute is put again', () => {
    const p = ok(approve(drafted(['member-a', 'member-b', 'member-c']), A));
    const ab = ok(approve(p, B, 11));
    // C has left the committee: the frozen list still names C, so the minute is not approved.
    expect(approvalOf(ab.minute!, ab.decisions)).toMatchObject({ state: 'pending', waitingFor: ['member-c'] });
    // Put again with today's committee (A, B): a new version, frozen without C, approved by both.
    const again = ok(putMinute(ab, CONTENT, { ...facts, committeeIds: ['member-a', 'member-b'] }, MANAGER, at(30)));
    expect(again.minute).toMatchObject({ version: 2, requiredIds: ['member-a', 'member-b'] });
    const done = ok(approve(ok(approve(again, A, 31)), B, 32));
    expect(effectiveStatus(done)).toBe('minute-approved');
  });

  it('refuses bad minute content with the field, and a draft with no committee', () => {
    const p = drafted();
    const put = (content: typeof CONTENT, committeeIds = ['member-a', 'member-b']) => putMinute(p, content, { ...facts, committeeIds }, MANAGER, at(40));
    expect(put({ ...CONTENT, date: '2026-02-30' })).toMatchObject({ ok: false, error: { code: 'compensation.date-invalid' } });
    expect(put({ ...CONTENT, harm: ' ' })).toMatchObject({ ok: false, error: { code: 'compensation.text-required', field: 'harm' } });
    expect(put({ ...CONTENT, amount: 1.5 })).toMatchObject({ ok: false, error: { code: 'compensation.amount-invalid' } });
    expect(put({ ...CONTENT, presentIds: ['stranger'] })).toMatchObject({ ok: false, error: { code: 'compensation.present-invalid' } });
    expect(put(CONTENT, [])).toEqual({ ok: false, error: { code: 'compensation.no-committee' } });
  });
});
