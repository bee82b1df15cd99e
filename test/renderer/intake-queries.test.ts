/**
 * Live views on a real desk database: a unit's queue, the due lists (overdue / due within 3 working
 * days, by the desk's clock and holiday table), a beneficiary's requests, and the append-only log.
 */
import { filter, firstValueFrom } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  applyTransition,
  attachToRequirement,
  logInteraction,
  startIntake,
  updateDraft,
  watchDueLists,
  watchRequestsOfBeneficiary,
  watchUnitQueue,
} from '../../renderer/src/features/intake/data';
import * as intakeApi from '../../renderer/src/features/intake/data';
import { OFFICER, openIntakeDesk, pdfBytes, type IntakeDesk } from './intake-fixtures';
import { signDeclaration } from './declaration-fixtures';

let desk: IntakeDesk | null = null;
afterEach(async () => {
  await desk?.close();
  desk = null;
});

/** A food-basket request completed and signed at the desk clock's current time. */
async function signed(d: IntakeDesk): Promise<string> {
  const started = await startIntake(d.deps(), d.beneficiary.id, 'food-basket');
  if (!started.ok) throw new Error(started.error.code);
  const id = started.value.id;
  for (const r of ['national-id-copy', 'family-record']) await attachToRequirement(d.deps(), id, r, { data: pdfBytes(r).buffer, name: 'a.pdf', type: 'application/pdf' });
  await updateDraft(d.deps(), id, { checklist: { 'family-members-count': { value: '3' }, 'national-address': { value: 'RRRD2929' } } });
  const done = await applyTransition(d.deps(), id, { to: 'awaiting-signature' });
  if (!done.ok) throw new Error(done.error.code);
  await signDeclaration(d, id);
  // As the app's declaration screen does once the declaration is signed.
  if (!(await intakeApi.recordDeclarationSigned(d.deps(), id)).ok) throw new Error('not signed');
  return id;
}

/** A food-basket request completed, signed and referred at the desk clock's current time. */
async function referred(d: IntakeDesk): Promise<string> {
  const id = await signed(d);
  const sent = await applyTransition(d.deps(), id, { to: 'referred' });
  if (!sent.ok) throw new Error(sent.error.code);
  return id;
}

const at = (d: IntakeDesk, day: string) => {
  d.clock.at = new Date(`${day}T07:00:00.000Z`);
};
const idsOf = (page: { rows: { request: { id: string } }[] }) => page.rows.map((row) => row.request.id);

describe('queues and due lists', () => {
  it('lists a unit queue earliest due first, and splits overdue from due-soon by working days', async () => {
    desk = await openIntakeDesk(new Date('2026-02-01T07:00:00.000Z'));
    const d = desk;
    const early = await referred(d); // completed Sun 1 Feb 2026
    d.clock.at = new Date('2026-03-01T07:00:00.000Z');
    const late = await referred(d); // completed Sun 1 Mar 2026: due Tue 24 Mar (Eid skipped)
    const otherUnit = await startIntake(d.deps(), d.beneficiary.id, 'rent-assistance');
    expect(otherUnit.ok).toBe(true);

    const { rows: queue } = await firstValueFrom(watchUnitQueue(d.deps(), 'social-research').pipe(filter((page) => page.rows.length === 2)));
    expect(queue.map((row) => row.request.id)).toEqual([early, late]);
    expect(queue[0]?.request.dueDate).toBe('2026-02-23'); // Founding Day (Sun 22 Feb) skipped
    expect(queue.map((row) => row.dueState)).toEqual(['overdue', 'on-track']);
    expect(await firstValueFrom(watchUnitQueue(d.deps(), 'financial-aid'))).toEqual({ rows: [], count: 0 });

    // Thursday 19 March is in Eid: Sunday 22 Eid too; working days left to Tue 24: Mon 23, Tue 24 = 2.
    d.clock.at = new Date('2026-03-19T07:00:00.000Z');
    const lists = await firstValueFrom(watchDueLists(d.deps()));
    expect(lists.overdue.map((row) => [row.request.id, row.remainingWorkingDays])).toEqual([[early, -17]]); // 24–26 Feb, 1–5, 8–12, 15–18 Mar; the 19th is Eid
    expect(lists.dueSoon.map((row) => [row.request.id, row.dueState, row.remainingWorkingDays])).toEqual([[late, 'due-soon', 2]]);

    // The officer opens it for study: still on the due lists (the clock runs until the beneficiary is told).
    await applyTransition(d.deps(OFFICER), late, { to: 'under-study' });
    const after = await firstValueFrom(watchDueLists(d.deps()).pipe(filter((l) => l.dueSoon[0]?.request.status === 'under-study')));
    expect(after.dueSoon).toHaveLength(1);

    const mine = await firstValueFrom(watchRequestsOfBeneficiary(d.deps(), d.beneficiary.id));
    expect(mine).toHaveLength(3);
    expect(mine[mine.length - 1]?.id).toBe(early);
  });
});

describe('the to-refer list and a unit queue, a page at a time', () => {
  it('show their first rows earliest due first with the whole count, and follow requests moving through them', async () => {
    desk = await openIntakeDesk(new Date('2026-02-15T07:00:00.000Z'));
    const d = desk;
    // Completed latest first: the lists order by due date, not by when a request was written.
    const [late, middle, early] = [await referred(d), (at(d, '2026-02-08'), await referred(d)), (at(d, '2026-02-01'), await referred(d))];
    const queue = watchUnitQueue(d.deps(), 'social-research', 2);
    const first = await firstValueFrom(queue);
    expect(idsOf(first)).toEqual([early, middle]);
    expect(first.count).toBe(3);

    // Under study stays in the unit's queue, at its place by due date.
    expect((await applyTransition(d.deps(OFFICER), early, { to: 'under-study' })).ok).toBe(true);
    const studied = await firstValueFrom(queue.pipe(filter((page) => page.rows[0]?.request.status === 'under-study')));
    expect([idsOf(studied), studied.count]).toEqual([[early, middle], 3]);
    // Decided: it leaves the queue, and the next one comes into the page.
    expect((await applyTransition(d.deps(OFFICER), early, { to: 'approved', reason: 'مستوفٍ للشروط' })).ok).toBe(true);
    expect(idsOf(await firstValueFrom(queue.pipe(filter((page) => page.count === 2))))).toEqual([middle, late]);

    // The to-refer list: signed, not yet referred.
    const toRefer = intakeApi.watchToRefer(d.deps(), 1);
    at(d, '2026-02-10');
    const signedLater = await signed(d);
    at(d, '2026-02-03');
    const signedEarlier = await signed(d);
    const refer = await firstValueFrom(toRefer.pipe(filter((page) => page.count === 2)));
    expect(idsOf(refer)).toEqual([signedEarlier]);
    expect((await applyTransition(d.deps(), signedEarlier, { to: 'referred' })).ok).toBe(true);
    expect(idsOf(await firstValueFrom(toRefer.pipe(filter((page) => page.count === 1))))).toEqual([signedLater]);
  });
});

describe('a request without a due date in a queue', () => {
  it('comes last, and only when the dated ones leave room on the page', async () => {
    desk = await openIntakeDesk(new Date('2026-02-15T07:00:00.000Z'));
    const d = desk;
    const undated = await signed(d);
    at(d, '2026-02-20');
    const dated = await signed(d);
    // None past completion lacks one today; a document written so elsewhere must still be listed in order.
    await (await d.db.requests.findOne(undated).exec())?.incrementalPatch({ dueDate: null });
    const page = await firstValueFrom(intakeApi.watchToRefer(d.deps(), 1));
    expect([idsOf(page), page.count]).toEqual([[dated], 2]);
    expect(idsOf(await firstValueFrom(intakeApi.watchToRefer(d.deps(), 2)))).toEqual([dated, undated]);
  });
});

describe('the communication log', () => {
  it('logs a contact, refuses bad entries writing nothing, and offers no way to change one', async () => {
    desk = await openIntakeDesk();
    const d = desk;
    const base = { beneficiaryId: d.beneficiary.id, channel: 'in-person', subChannel: 'interview', direction: 'inbound' as const, subject: 'استفسار عن طلب', summary: 'راجع المستفيد للسؤال عن موعد الرد' };
    const refused = await Promise.all([
      logInteraction(d.deps(), { ...base, subject: '  ' }),
      logInteraction(d.deps(), { ...base, subChannel: 'sms' }),
      logInteraction(d.deps(), { ...base, beneficiaryId: crypto.randomUUID() }),
      logInteraction(d.deps(), { ...base, requestId: crypto.randomUUID() }),
      logInteraction(d.deps(), { ...base, at: '2026-03-02T07:00:00.000Z' }),
      logInteraction(d.deps(), { ...base, at: 'yesterday' }),
      logInteraction(d.deps(), { ...base, summary: 'x'.repeat(4001) }),
    ]);
    expect(refused.map((r) => !r.ok && r.error.code)).toEqual([
      'interaction.subject-required', 'interaction.channel-unknown', 'interaction.beneficiary-not-found',
      'interaction.request-not-found', 'interaction.at-future', 'interaction.at-invalid', 'interaction.summary-too-long',
    ]);
    expect(await d.db.interactions.count().exec()).toBe(0);

    const logged = await logInteraction(d.deps(), { ...base, at: '2026-02-28T09:00:00+03:00' });
    expect(logged.ok && logged.value).toMatchObject({ requestId: '', at: '2026-02-28T06:00:00.000Z', staffId: 'staff-reception', direction: 'inbound' });
    expect((await d.db.audit.find({ selector: { action: 'interaction.create' } }).exec()).length).toBe(1);
    // Append-only: the API has no update or delete for interactions.
    expect(Object.keys(intakeApi).filter((name) => /interaction/i.test(name))).toEqual(['logInteraction']);
  });
});
