/**
 * Working a case through the loop on a real desk database (RxDB on Dexie, fake-indexeddb): the clock pauses
 * while waiting for the complainant, resolution, telling the outcome (an interaction on the file's log),
 * the complainant's response, closing only once the loop is closed, disputes and appeals as linked cases,
 * escalation, and an unreachable complainant after the set number of attempts.
 */
import { filter, firstValueFrom } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createCase, informComplainant, moveCase, openAppeal, openDisputeAndClose, recordComplainantResponse, watchCaseQueues, whyNotClosable,
} from '../../renderer/src/features/cases/data';
import { CLERK, LIAISON, MANAGER, complaintInput, openCasesDesk, unwrap, type CasesDesk } from './cases-fixtures';

let desk: CasesDesk | null = null;
afterEach(async () => {
  await desk?.close();
  desk = null;
});

describe('working a case through the loop', () => {
  it('pauses the clock while waiting, resolves amicably, informs by phone, records acceptance, then closes', async () => {
    desk = await openCasesDesk();
    const officer = desk.cases(LIAISON);
    const id = unwrap(await createCase(desk.cases(), complaintInput(desk.beneficiary.id))).id;
    expect(await moveCase(desk.cases(CLERK), id, { to: 'in-progress' })).toEqual({ ok: false, error: { code: 'case.role' } });
    unwrap(await moveCase(officer, id, { to: 'in-progress' }));
    expect(await moveCase(officer, id, { to: 'waiting-for-complainant' })).toEqual({ ok: false, error: { code: 'case.reason-required' } });
    unwrap(await moveCase(officer, id, { to: 'waiting-for-complainant', reason: 'ننتظر رقم الطلب من المستفيد' }));
    desk.clock.at = new Date('2026-03-04T07:00:00.000Z');
    const waiting = await firstValueFrom(watchCaseQueues(officer).pipe(filter((q) => q.waiting.length === 1)));
    expect(waiting.waiting[0]?.clock).toMatchObject({ state: 'paused', dueDate: null });
    desk.clock.at = new Date('2026-03-08T07:00:00.000Z');
    const resumed = unwrap(await moveCase(officer, id, { to: 'in-progress' }));
    // Paused from Sun 1 to Sun 8 March: five working days (2, 3, 4, 5, 8) do not count, so the due date
    // moves five working days past 15 March: 16, 17, 18, (Eid: 19–22), 23, 24.
    expect(resumed.doc.dueDate).toBe('2026-03-24');
    expect(await moveCase(officer, id, { to: 'resolved', resolution: { mode: 'amicable', agreement: ' ' } })).toEqual({ ok: false, error: { code: 'case.agreement-required' } });
    unwrap(await moveCase(officer, id, { to: 'resolved', resolution: { mode: 'amicable', agreement: 'تسليم السلة خلال يومين' } }));
    expect(await moveCase(officer, id, { to: 'closed' })).toEqual({ ok: false, error: { code: 'case.not-allowed' } });
    expect(await informComplainant(officer, id, { channel: 'pigeon', subChannel: 'x', reached: true, summary: '' })).toEqual({ ok: false, error: { code: 'cases.channel' } });
    const informed = unwrap(await informComplainant(officer, id, { channel: 'phone', subChannel: 'sms', reached: true, summary: 'أُبلغ بالاتفاق' }));
    expect(informed.status).toBe('informed');
    const logged = await desk.db.interactions.find({ selector: { beneficiaryId: desk.beneficiary.id } }).exec();
    expect(logged.map((doc) => [doc.direction, doc.channel, doc.subChannel, doc.subject])).toEqual([['outbound', 'phone', 'sms', informed.caseNumber]]);
    expect(informed.interactionIds).toEqual([logged[0]?.id]);
    expect(whyNotClosable(informed)).toEqual({ code: 'case.response-required' });
    expect(await moveCase(officer, id, { to: 'closed' })).toEqual({ ok: false, error: { code: 'case.response-required' } });
    const accepted = unwrap(await recordComplainantResponse(officer, id, 'accepts'));
    expect(whyNotClosable(accepted)).toBeNull();
    const closed = unwrap(await moveCase(officer, id, { to: 'closed' }));
    expect(closed.doc.history.map((h) => h.to)).toEqual(['assigned', 'in-progress', 'waiting-for-complainant', 'in-progress', 'resolved', 'informed', 'closed']);
  });

  it('an unreached attempt is recorded but does not inform; a refusal opens a linked dispute and closes; an appeal is a new case', async () => {
    desk = await openCasesDesk();
    const officer = desk.cases(LIAISON);
    const id = unwrap(await createCase(desk.cases(), complaintInput(desk.beneficiary.id))).id;
    unwrap(await moveCase(officer, id, { to: 'in-progress' }));
    unwrap(await moveCase(officer, id, { to: 'resolved', resolution: { mode: 'decision', decision: 'not-upheld', summary: 'صُرفت السلة في موعدها' } }));
    const missed = unwrap(await informComplainant(officer, id, { channel: 'phone', subChannel: 'sms', reached: false, summary: '' }));
    expect(missed.status).toBe('resolved');
    unwrap(await informComplainant(officer, id, { channel: 'phone', subChannel: 'sms', reached: true, summary: '' }));
    expect(await recordComplainantResponse(officer, id, 'maybe')).toEqual({ ok: false, error: { code: 'cases.response-invalid' } });
    unwrap(await recordComplainantResponse(officer, id, 'does-not-accept'));
    expect(await moveCase(officer, id, { to: 'closed' })).toEqual({ ok: false, error: { code: 'case.dispute-required' } });
    const { closed, dispute } = unwrap(await openDisputeAndClose(officer, id, 'يعترض على القرار'));
    expect(closed.status).toBe('closed');
    expect(closed.history.at(-1)?.disputeCaseId).toBe(dispute.id);
    expect(dispute).toMatchObject({ kind: 'dispute', appealOf: id, officerId: LIAISON.id, status: 'assigned' });
    expect(await openAppeal(officer, dispute.id, 'تظلم')).toEqual({ ok: false, error: { code: 'cases.not-closed' } });
    const appeal = unwrap(await openAppeal(officer, id, 'تظلم من القرار'));
    expect(appeal).toMatchObject({ kind: 'complaint', appealOf: id, status: 'assigned' });
    expect((await desk.db.cases.findOne(id).exec())?.status).toBe('closed');
  });

  it('escalates to management from an open state with a reason', async () => {
    desk = await openCasesDesk();
    const id = unwrap(await createCase(desk.cases(), complaintInput(desk.beneficiary.id))).id;
    expect(await moveCase(desk.cases(), id, { to: 'escalated' })).toEqual({ ok: false, error: { code: 'case.reason-required' } });
    const escalated = unwrap(await moveCase(desk.cases(), id, { to: 'escalated', reason: 'تكررت الشكوى' }));
    expect(escalated.doc).toMatchObject({ status: 'escalated', escalated: true });
    unwrap(await moveCase(desk.cases(MANAGER), id, { to: 'in-progress' }));
  });
});

describe('an unreachable complainant', () => {
  it('after three failed attempts the case counts as informed (unreachable) and may close', async () => {
    desk = await openCasesDesk();
    const officer = desk.cases(LIAISON);
    const id = unwrap(await createCase(desk.cases(), complaintInput(desk.beneficiary.id))).id;
    unwrap(await moveCase(officer, id, { to: 'in-progress' }));
    unwrap(await moveCase(officer, id, { to: 'resolved', resolution: { mode: 'decision', decision: 'upheld', summary: 'تُصرف السلة' } }));
    for (const attempt of [1, 2]) expect(unwrap(await informComplainant(officer, id, { channel: 'phone', subChannel: 'sms', reached: false, summary: `محاولة ${attempt}` })).status).toBe('resolved');
    const third = unwrap(await informComplainant(officer, id, { channel: 'phone', subChannel: 'sms', reached: false, summary: 'محاولة 3' }));
    expect(third).toMatchObject({ status: 'informed', resolution: { response: 'unreachable' } });
    expect(whyNotClosable(third)).toBeNull();
    expect(await recordComplainantResponse(officer, id, 'accepts')).toEqual({ ok: false, error: { code: 'case.not-allowed' } });
    expect(unwrap(await moveCase(officer, id, { to: 'closed' })).doc.status).toBe('closed');
  });
});
