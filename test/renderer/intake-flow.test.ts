/**
 * The intake flow on a real desk database (RxDB on Dexie/fake-indexeddb, encrypted): start, autosave,
 * the completeness gate, attachments, the clock, referral, study, decision, notice, the "more
 * information" round that stops the clock and restarts it, closing, and the timeline.
 */
import { firstValueFrom } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { applyTransition, attachToRequirement, startIntake, updateDraft, watchTimeline } from '../../renderer/src/features/intake/data';
import type { RequestDoc } from '../../shared/db/schemas/request.schema';
import { completionDates } from '../../shared/intake/request-status';
import { auditActions, LIAISON, OFFICER, openIntakeDesk, OTHER_OFFICER, pdfBytes, type IntakeDesk } from './intake-fixtures';
import { signDeclaration } from './declaration-fixtures';

let desk: IntakeDesk | null = null;
afterEach(async () => {
  await desk?.close();
  desk = null;
});

async function draft(d: IntakeDesk, type = 'food-basket'): Promise<RequestDoc> {
  const started = await startIntake(d.deps(), d.beneficiary.id, type);
  if (!started.ok) throw new Error(started.error.code);
  return started.value;
}

const stored = async (d: IntakeDesk, id: string) => (await d.db.requests.findOne(id).exec())?.toJSON();

async function fillFoodBasket(d: IntakeDesk, id: string): Promise<void> {
  for (const requirement of ['national-id-copy', 'family-record']) {
    const attached = await attachToRequirement(d.deps(), id, requirement, { data: pdfBytes(requirement).buffer, name: `${requirement}.pdf`, type: 'application/pdf' });
    expect(attached.ok).toBe(true);
  }
  const typed = await updateDraft(d.deps(), id, { checklist: { 'family-members-count': { value: '5' }, 'national-address': { value: 'RRRD2929' } } });
  expect(typed.ok).toBe(true);
}

describe('starting an intake', () => {
  it('creates a numbered draft with the type version frozen in, and refuses unknown input writing nothing', async () => {
    desk = await openIntakeDesk();
    const request = await draft(desk);
    expect(request).toMatchObject({
      requestNumber: 'KD1-R2026-000001', status: 'draft', unitId: 'social-research', beneficiaryId: desk.beneficiary.id,
      completionDate: null, dueDate: null, decision: null, declarationSigned: false, history: [], checklist: {}, notes: '',
    });
    expect(request.requestType).toMatchObject({ id: 'food-basket', version: 1 });
    expect(await auditActions(desk.db, request.id)).toEqual(['request.create']);

    const unknownType = await startIntake(desk.deps(), desk.beneficiary.id, 'space-travel');
    const unknownPerson = await startIntake(desk.deps(), crypto.randomUUID(), 'food-basket');
    const notAtCounter = await startIntake(desk.deps(OFFICER), desk.beneficiary.id, 'food-basket');
    expect([unknownType, unknownPerson, notAtCounter].map((r) => !r.ok && r.error.code)).toEqual(['intake.request-type-unknown', 'intake.beneficiary-not-found', 'intake.role']);
    expect(await desk.db.requests.count().exec()).toBe(1);
  });

  it('hands out unique numbers to intakes started at the same moment', async () => {
    desk = await openIntakeDesk();
    const d = desk;
    const results = await Promise.all(Array.from({ length: 6 }, () => startIntake(d.deps(), d.beneficiary.id, 'rent-assistance')));
    const numbers = results.map((r) => (r.ok ? r.value.requestNumber : r.error.code)).sort();
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6].map((n) => `KD1-R2026-00000${n}`));
  });
});

describe('autosave', () => {
  it('keeps every keystroke in order, coalesces writes, and writes nothing for an unchanged value', async () => {
    desk = await openIntakeDesk();
    const request = await draft(desk);
    const text = 'شارع الملك فهد، حي النسيم ';
    // One call per keystroke, none awaited: what a text field's onChange does.
    const calls = [...text].map((_, i) => updateDraft(desk!.deps(), request.id, { notes: text.slice(0, i + 1), checklist: { 'national-address': { value: `RRRD${i}` } } }));
    const results = await Promise.all(calls);
    expect(results.every((r) => r.ok)).toBe(true);
    const after = await desk.db.requests.findOne(request.id).exec();
    // Spaces are kept as typed (the trailing one too): trimming mid-typing would eat it.
    expect(after?.notes).toBe(text);
    expect(after?.checklist['national-address']).toEqual({ provided: true, value: `RRRD${text.length - 1}`, files: [] });
    const writes = Number(after?.revision.split('-')[0]) - 1;
    expect(writes).toBeGreaterThan(0);
    expect(writes).toBeLessThan(text.length);
    // Audit: one entry for the editing session, not one per keystroke.
    expect(await auditActions(desk.db, request.id)).toEqual(['request.create', 'request.update-draft']);

    const rev = after?.revision;
    expect((await updateDraft(desk.deps(), request.id, { notes: text })).ok).toBe(true);
    expect((await desk.db.requests.findOne(request.id).exec())?.revision).toBe(rev);
  });

  it('refuses an unknown line or an over-long value, strips bidi controls, and applies the rest of a batch', async () => {
    desk = await openIntakeDesk();
    const request = await draft(desk);
    const [bad, long, good] = await Promise.all([
      updateDraft(desk.deps(), request.id, { checklist: { 'no-such-line': { provided: true } } }),
      updateDraft(desk.deps(), request.id, { notes: 'x'.repeat(2001) }),
      updateDraft(desk.deps(), request.id, { notes: 'ملاحظة\u202E مهمة' }),
    ]);
    expect(!bad.ok && bad.error).toEqual({ code: 'intake.unknown-requirement', requirementId: 'no-such-line' });
    expect(!long.ok && long.error.code).toBe('intake.notes-too-long');
    expect(good.ok && good.value.notes).toBe('ملاحظة مهمة');
    expect((await stored(desk, request.id))?.checklist).toEqual({});
  });
});

describe('the completeness gate and attachments', () => {
  it('refuses completion listing exactly what is missing, and writes nothing', async () => {
    desk = await openIntakeDesk();
    const request = await draft(desk);
    await updateDraft(desk.deps(), request.id, { checklist: { 'family-members-count': { value: '5' } } });
    const before = await stored(desk, request.id);
    const refused = await applyTransition(desk.deps(), request.id, { to: 'awaiting-signature' });
    expect(!refused.ok && refused.error.code).toBe('transition.incomplete');
    expect(!refused.ok && refused.error.missing?.map((r) => r.labelAr)).toEqual(['صورة الهوية الوطنية أو الإقامة سارية المفعول', 'صورة سجل الأسرة', 'العنوان الوطني (الرمز المختصر)']);
    expect(await stored(desk, request.id)).toEqual(before);
    expect(await auditActions(desk.db, request.id)).not.toContain('request.to-awaiting-signature');
  });

  it('refuses an oversized, empty or disguised attachment with nothing stored, and stores a scan once', async () => {
    desk = await openIntakeDesk();
    const request = await draft(desk);
    const before = await stored(desk, request.id);
    const big = new Blob([pdfBytes('big'), new Uint8Array(10 * 1024 * 1024)], { type: 'application/pdf' });
    const results = await Promise.all([
      attachToRequirement(desk.deps(), request.id, 'national-id-copy', { data: big, name: 'big.pdf', type: 'application/pdf' }),
      attachToRequirement(desk.deps(), request.id, 'national-id-copy', { data: new ArrayBuffer(0), name: 'empty.pdf', type: 'application/pdf' }),
      attachToRequirement(desk.deps(), request.id, 'national-id-copy', { data: new TextEncoder().encode('MZ\u0090 not a pdf').buffer, name: 'id.pdf', type: 'application/pdf' }),
    ]);
    expect(results.map((r) => !r.ok && r.error.code)).toEqual(['file.too-large', 'file.empty', 'file.type']);
    expect(await stored(desk, request.id)).toEqual(before);

    const scan = { data: pdfBytes('هوية').buffer, name: 'C:\\scans\\هوية.pdf', type: 'application/pdf' };
    const first = await attachToRequirement(desk.deps(), request.id, 'national-id-copy', scan);
    const again = await attachToRequirement(desk.deps(), request.id, 'national-id-copy', scan);
    expect(first.ok && first.value.checklist['national-id-copy']).toMatchObject({ provided: true, files: [{ name: 'هوية.pdf', type: 'application/pdf', size: scan.data.byteLength }] });
    expect(again.ok && again.value.checklist['national-id-copy']?.files).toHaveLength(1);
    const ref = first.ok ? first.value.checklist['national-id-copy']?.files[0] : undefined;
    const back = ref ? await desk.files.getFile(ref.sha256) : null;
    expect(new Uint8Array(await (back?.blob.arrayBuffer() ?? new ArrayBuffer(0)))).toEqual(pdfBytes('هوية'));
    expect(await auditActions(desk.db, request.id)).toEqual(['request.attach', 'request.create']);
  });
});

describe('the status machine with the desk clock', () => {
  it('runs a request from intake to closing, through a more-information round that restarts the clock', async () => {
    desk = await openIntakeDesk();
    const d = desk;
    const request = await draft(d);
    await fillFoodBasket(d, request.id);

    // Sunday 1 March 2026: day 1 is Monday 2 March; Eid al-Fitr (19–22 March) is skipped: due Tuesday 24 March.
    const completed = await applyTransition(d.deps(), request.id, { to: 'awaiting-signature', note: 'اكتمل' });
    expect(completed.ok && completed.value.request).toMatchObject({ status: 'awaiting-signature', completionDate: '2026-03-01', dueDate: '2026-03-24' });
    expect(!(await updateDraft(d.deps(), request.id, { notes: 'late' })).ok).toBe(true);

    const unsigned = await applyTransition(d.deps(), request.id, { to: 'referred' });
    const badUnit = await applyTransition(d.deps(), request.id, { to: 'referred', unitId: 'space-agency' });
    const earlyDecision = await applyTransition(d.deps(OFFICER), request.id, { to: 'approved', reason: 'مستحق' });
    expect([unsigned, badUnit, earlyDecision].map((r) => !r.ok && r.error.code)).toEqual(['transition.not-signed', 'intake.unit-unknown', 'transition.not-allowed']);
    expect((await stored(d, request.id))?.status).toBe('awaiting-signature');

    await signDeclaration(d, request.id);
    expect((await applyTransition(d.deps(), request.id, { to: 'referred' })).ok).toBe(true);
    const wrongUnit = await applyTransition(d.deps(OTHER_OFFICER), request.id, { to: 'under-study' });
    expect(!wrongUnit.ok && wrongUnit.error.code).toBe('transition.wrong-unit');
    expect((await applyTransition(d.deps(OFFICER), request.id, { to: 'under-study' })).ok).toBe(true);
    const noReason = await applyTransition(d.deps(OFFICER), request.id, { to: 'more-info-needed' });
    expect(!noReason.ok && noReason.error.code).toBe('transition.reason-required');
    expect((await applyTransition(d.deps(OFFICER), request.id, { to: 'more-info-needed', reason: 'صك إعالة' })).ok).toBe(true);

    const notice = { channel: 'phone', subChannel: 'sms', subject: 'طلب معلومات', summary: 'أُرسلت رسالة نصية بالمطلوب' };
    const noNotice = await applyTransition(d.deps(LIAISON), request.id, { to: 'informed' });
    const badChannel = await applyTransition(d.deps(LIAISON), request.id, { to: 'informed', notice: { ...notice, subChannel: 'pigeon' } });
    expect([noNotice, badChannel].map((r) => !r.ok && r.error.code)).toEqual(['transition.channel-required', 'interaction.channel-unknown']);
    expect(await d.db.interactions.count().exec()).toBe(0);
    expect((await stored(d, request.id))?.status).toBe('more-info-needed');
    const informed = await applyTransition(d.deps(LIAISON), request.id, { to: 'informed', notice });
    expect(informed.ok && informed.value.entry).toMatchObject({ to: 'informed', channel: 'phone/sms', by: LIAISON.id });

    const back = await applyTransition(d.deps(), request.id, { to: 'draft' });
    expect(back.ok && back.value.request).toMatchObject({ status: 'draft', completionDate: null, dueDate: null, decision: null, declarationSigned: false });

    // A week later the information is complete: a new completion starts a new count.
    d.clock.at = new Date('2026-04-05T06:00:00.000Z');
    const again = await applyTransition(d.deps(), request.id, { to: 'awaiting-signature' });
    expect(again.ok && again.value.request).toMatchObject({ completionDate: '2026-04-05', dueDate: '2026-04-26' });
    // The declaration signed for the first completion does not cover the new one.
    const stale = await applyTransition(d.deps(), request.id, { to: 'referred' });
    expect(!stale.ok && stale.error.code).toBe('transition.not-signed');
    await signDeclaration(d, request.id);
    expect((await applyTransition(d.deps(), request.id, { to: 'referred' })).ok).toBe(true);
    await applyTransition(d.deps(OFFICER), request.id, { to: 'under-study' });
    expect((await applyTransition(d.deps(OFFICER), request.id, { to: 'approved', reason: 'مستوفٍ للشروط' })).ok).toBe(true);
    expect((await applyTransition(d.deps(LIAISON), request.id, { to: 'informed', notice: { ...notice, subject: 'الموافقة' } })).ok).toBe(true);
    d.clock.at = new Date('2026-04-06T06:00:00.000Z');
    const closed = await applyTransition(d.deps(LIAISON), request.id, { to: 'closed' });
    expect(closed.ok && closed.value.request.status).toBe('closed');

    const final = await stored(d, request.id);
    expect(final && completionDates(final.history)).toEqual(['2026-03-01', '2026-04-05']);
    expect(final?.history.map((h) => h.to)).toEqual([
      'awaiting-signature', 'referred', 'under-study', 'more-info-needed', 'informed', 'draft',
      'awaiting-signature', 'referred', 'under-study', 'approved', 'informed', 'closed',
    ]);
    const interactions = await d.db.interactions.find({ selector: { requestId: request.id } }).exec();
    expect(interactions.map((i) => [i.direction, i.subChannel, i.staffId])).toEqual([['outbound', 'sms', LIAISON.id], ['outbound', 'sms', LIAISON.id]]);
    const actions = await auditActions(d.db, request.id);
    expect(actions.filter((a) => a.startsWith('request.to-'))).toHaveLength(12);

    const timeline = await firstValueFrom(watchTimeline(d.deps(), d.beneficiary.id));
    expect(timeline[0]).toMatchObject({ kind: 'request-status', entry: { to: 'closed' } });
    expect(timeline.at(-1)).toMatchObject({ kind: 'request-created', requestNumber: 'KD1-R2026-000001' });
    expect(timeline.filter((t) => t.kind === 'interaction')).toHaveLength(2);
    expect(timeline).toHaveLength(1 + 12 + 2);
    const times = timeline.map((t) => Date.parse(t.at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });
});
