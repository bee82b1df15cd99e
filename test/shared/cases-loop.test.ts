import { describe, expect, it } from 'vitest';
import { linkedCaseInput, mayOpenLinkedCase } from '@shared/cases/case-appeal';
import { loopState, recordContact, recordResponse } from '@shared/cases/case-loop';
import { transition } from '@shared/cases/case-transition';
import { mayAssignCase, mayViewCase, visibleCases } from '@shared/cases/case-visibility';
import { ADMIN, actor, at, caseIn, CONTEXT, freshCase, move, OFFICER } from './cases-fixtures';

const resolved = () => move(caseIn('in-progress'), 'resolved', ADMIN, at(3));
const contact = (doc: ReturnType<typeof resolved>, fields: { channel?: string; subChannel?: string; reached: boolean }) => {
  const result = recordContact(doc, { channel: 'phone', subChannel: 'sms', ...fields }, ADMIN, at(4));
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
};

describe('closing the loop before a case closes (policy 3.7)', () => {
  it('informing needs the outcome told on the agreed channel: another channel does not count', () => {
    const onOther = contact(resolved(), { channel: 'phone', subChannel: 'voice-call', reached: true });
    expect(loopState(onOther, 3)).toMatchObject({ told: false, failedAttempts: 0, unreachable: false });
    expect(transition(onOther, { to: 'informed' }, ADMIN, at(4), CONTEXT)).toEqual({ ok: false, error: { code: 'case.outcome-not-told' } });
    const told = contact(onOther, { reached: true });
    expect(loopState(told, 3).told).toBe(true);
    expect(transition(told, { to: 'informed' }, ADMIN, at(4), CONTEXT).ok).toBe(true);
  });

  it('closing needs the complainant\'s response: accepting closes it', () => {
    const informed = move(contact(resolved(), { reached: true }), 'informed', ADMIN, at(4));
    expect(transition(informed, { to: 'closed' }, ADMIN, at(5), CONTEXT)).toEqual({ ok: false, error: { code: 'case.response-required' } });
    const accepted = recordResponse(informed, 'accepts', ADMIN);
    if (!accepted.ok) throw new Error(accepted.error.code);
    expect(transition(accepted.value, { to: 'closed' }, ADMIN, at(5), CONTEXT).ok).toBe(true);
  });

  it('not accepting: the case escalates, or closes only naming the dispute opened for it', () => {
    const informed = move(contact(resolved(), { reached: true }), 'informed', ADMIN, at(4));
    const refused = recordResponse(informed, 'does-not-accept', ADMIN);
    if (!refused.ok) throw new Error(refused.error.code);
    expect(transition(refused.value, { to: 'closed' }, ADMIN, at(5), CONTEXT)).toEqual({ ok: false, error: { code: 'case.dispute-required' } });
    expect(transition(refused.value, { to: 'escalated', reason: 'لا يقبل' }, ADMIN, at(5), CONTEXT).ok).toBe(true);
    expect(mayOpenLinkedCase(refused.value)).toBe(true);
    const dispute = linkedCaseInput(refused.value, 'نزاع على القرار', { channel: 'in-person', subChannel: 'interview' });
    expect(dispute.ok && dispute.value).toMatchObject({ kind: 'dispute', appealOf: refused.value.id, beneficiaryId: 'ben-1', replySubChannel: 'sms' });
    const closed = transition(refused.value, { to: 'closed', disputeCaseId: 'case-2' }, ADMIN, at(5), CONTEXT);
    expect(closed.ok && closed.value.entry.disputeCaseId).toBe('case-2');
  });

  it('unreachable after the set number of failed attempts: informed as unreachable, then it may close', () => {
    let doc = resolved();
    for (let attempt = 1; attempt <= 2; attempt += 1) doc = contact(doc, { reached: false });
    expect(transition(doc, { to: 'informed' }, ADMIN, at(4), CONTEXT)).toEqual({ ok: false, error: { code: 'case.outcome-not-told' } });
    doc = contact(doc, { reached: false });
    expect(loopState(doc, 3)).toMatchObject({ told: false, failedAttempts: 3, unreachable: true });
    const informed = transition(doc, { to: 'informed' }, ADMIN, at(4), CONTEXT);
    if (!informed.ok) throw new Error(informed.error.code);
    expect(informed.value.doc.resolution?.response).toBe('unreachable');
    expect(recordResponse(informed.value.doc, 'accepts', ADMIN).ok).toBe(false);
    expect(transition(informed.value.doc, { to: 'closed' }, ADMIN, at(5), CONTEXT).ok).toBe(true);
  });

  it('a complainant with no agreed channel is unreachable from the start; the setting changes N', () => {
    const anonymous = move(move(move(freshCase({ replyChannel: '', replySubChannel: '', beneficiaryId: '' }), 'assigned'), 'in-progress'), 'resolved');
    expect(loopState(anonymous, 3).unreachable).toBe(true);
    const once = contact(resolved(), { reached: false });
    expect(transition(once, { to: 'informed' }, ADMIN, at(4), { ...CONTEXT, attemptsBeforeUnreachable: 1 }).ok).toBe(true);
  });

  it('contacts are recorded only once resolved; the response only once informed', () => {
    expect(recordContact(caseIn('in-progress'), { channel: 'phone', subChannel: 'sms', reached: true }, ADMIN, at(3)).ok).toBe(false);
    expect(recordResponse(caseIn('resolved'), 'accepts', ADMIN).ok).toBe(false);
    expect(mayOpenLinkedCase(caseIn('resolved'))).toBe(false);
    expect(linkedCaseInput(caseIn('resolved'), 'x', { channel: 'phone', subChannel: 'sms' }).ok).toBe(false);
  });

  it('a closed case is appealed as a new linked case', () => {
    const appeal = linkedCaseInput(caseIn('closed'), 'أعترض على الإغلاق', { channel: 'phone', subChannel: 'voice-call' }, 'complaint');
    expect(appeal.ok && appeal.value).toMatchObject({ kind: 'complaint', appealOf: 'case-1', description: 'أعترض على الإغلاق' });
  });
});

describe('conflict of interest', () => {
  const about = freshCase({ concernsStaffIds: ['staff-x'] });

  it('a case about staff member X is never shown to X, whatever their role, and shown to others', () => {
    expect(mayViewCase(about, actor('staff-x', 'admin', 'manager'))).toBe(false);
    expect(mayViewCase(about, actor('staff-y', 'liaison-officer'))).toBe(true);
    expect(visibleCases([about, freshCase()], actor('staff-x', 'manager'))).toHaveLength(1);
  });

  it('is never assignable to X, and X can make no move on it', () => {
    expect(mayAssignCase(about, 'staff-x')).toBe(false);
    expect(mayAssignCase(about, OFFICER)).toBe(true);
    expect(transition(about, { to: 'escalated', reason: 'x' }, actor('staff-x', 'admin'), at(2), CONTEXT)).toEqual({ ok: false, error: { code: 'case.conflict-of-interest' } });
    const assigned = move(about, 'assigned');
    expect(recordContact(assigned, { channel: 'phone', subChannel: 'sms', reached: true }, actor('staff-x', 'manager'), at(3))).toEqual({ ok: false, error: { code: 'case.conflict-of-interest' } });
  });

  it('a sensitive case is seen by management and its own officer only', () => {
    const sensitive = move(freshCase({ sensitive: true }), 'assigned');
    expect(mayViewCase(sensitive, actor(OFFICER, 'liaison-officer'))).toBe(true);
    expect(mayViewCase(sensitive, actor('manager-1', 'manager'))).toBe(true);
    expect(mayViewCase(sensitive, actor('officer-2', 'liaison-officer', 'follow-up-officer'))).toBe(false);
  });
});
