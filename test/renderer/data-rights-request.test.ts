/** A data request on a real desk database: opened from a file, identity checked, extended once, answered; all audited. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerRequest, checkIdentity, extendRequest, openDataRequest, refuseRequest, type DataRightsDeps } from '../../renderer/src/features/data-rights/data/data-request-write';
import { openIntakeDesk, RECEPTIONIST, type IntakeDesk } from './intake-fixtures';
import { DESK_ID } from './db-fixtures';

let desk: IntakeDesk;
let deps: DataRightsDeps;
beforeEach(async () => {
  desk = await openIntakeDesk();
  deps = { db: desk.db, actorId: RECEPTIONIST.id, desk: { deskId: DESK_ID, deskCode: 'KD1' }, now: () => desk.clock.at };
});
afterEach(async () => desk.close());

const self = { kind: 'self' as const, name: '', proof: null };

describe('data request on the desk', () => {
  it('opens with a 30-calendar-day due date, needs the identity check, extends once, then closes answered', async () => {
    const opened = await openDataRequest(deps, desk.beneficiary.id, { subKind: 'access', receivedVia: 'phone', requester: self, description: '' });
    if (!opened.ok) throw new Error(opened.error);
    expect(opened.value).toMatchObject({ kind: 'data-request', caseNumber: 'KD1-C2026-000001', dueDate: '2026-03-31', status: 'in-progress' });
    const id = opened.value.id;
    expect(await answerRequest(deps, id)).toEqual({ ok: false, error: 'data-request.identity-required' });
    expect((await checkIdentity(deps, id, 'national-id')).ok).toBe(true);
    const extended = await extendRequest(deps, id, 30, 'ملفات ورقية في الأرشيف');
    expect(extended.ok && extended.value.dueDate).toBe('2026-04-30');
    expect(await extendRequest(deps, id, 5, 'مرة أخرى')).toEqual({ ok: false, error: 'data-request.already-extended' });
    const answered = await answerRequest(deps, id);
    expect(answered.ok && [answered.value.status, answered.value.dataRequest?.status]).toEqual(['closed', 'answered']);
    const actions = (await desk.db.audit.find({ selector: { entityId: id } }).exec()).map((entry) => entry.action).sort();
    expect(actions).toEqual(['data-request.answer', 'data-request.extend', 'data-request.identity-check', 'data-request.open']);
  });

  it('a refusal without reasons writes nothing; with reasons it closes the case', async () => {
    const opened = await openDataRequest(deps, desk.beneficiary.id, { subKind: 'erasure', receivedVia: 'written', requester: self, description: '' });
    if (!opened.ok) throw new Error(opened.error);
    expect(await refuseRequest(deps, opened.value.id, '  ')).toEqual({ ok: false, error: 'data-request.reasons-required' });
    expect((await desk.db.cases.findOne(opened.value.id).exec())?.dataRequest?.status).toBe('received');
    const refused = await refuseRequest(deps, opened.value.id, 'طلب متكرر للمرة الثالثة هذا الشهر');
    expect(refused.ok && refused.value.status).toBe('closed');
  });

  it('refuses an unknown file', async () => {
    expect(await openDataRequest(deps, 'no-such-file', { subKind: 'access', receivedVia: 'phone', requester: self, description: '' })).toEqual({ ok: false, error: 'data-request.not-found' });
  });
});

describe('the extension with its notice (app composition)', () => {
  it('extends and queues the notice on the person\'s agreed channel, naming the new date and the reason', async () => {
    const { extendWithNotice } = await import('../../renderer/src/app/data-request-extension');
    const opened = await openDataRequest(deps, desk.beneficiary.id, { subKind: 'copy', receivedVia: 'in-person', requester: self, description: '' });
    if (!opened.ok) throw new Error(opened.error);
    const extended = await extendWithNotice(deps, opened.value.id, 15, 'ملفات ورقية');
    expect(extended.ok && extended.value.dueDate).toBe('2026-04-15');
    const notices = await desk.db.interactions.find({ selector: { beneficiaryId: desk.beneficiary.id, kind: 'notice' } }).exec();
    expect(notices.map((notice) => [notice.subChannel, notice.address])).toEqual([['sms', '+966551234567']]);
    expect(notices[0]!.summary).toContain('2026-04-15');
    expect(notices[0]!.summary).toContain('ملفات ورقية');
  });
});
