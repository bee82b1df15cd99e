/** The data requests screens' data on a real desk database: the list's clock, the answers per kind, the erasure, the retention review. */
import { firstValueFrom } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerDataRequest } from '../../renderer/src/features/data-rights/data/answer-request';
import { checkIdentity, openDataRequest } from '../../renderer/src/features/data-rights/data/data-request-write';
import { watchDataRequests } from '../../renderer/src/features/data-rights/data/data-request-queries';
import type { DataRequestsDeps } from '../../renderer/src/features/data-rights/data/deps';
import { eraseForRequest } from '../../renderer/src/features/data-rights/data/erase-for-request';
import { openRequestFromForm } from '../../renderer/src/features/data-rights/data/open-request';
import { keepFile, readRetentionReview, setRetentionYears } from '../../renderer/src/features/data-rights/data/retention-review';
import { ERASED_TEXT } from '../../shared/data-rights/erased-values';
import { DESK, beneficiaryDoc, openIntakeDesk, pdfBytes, type IntakeDesk } from './intake-fixtures';

let desk: IntakeDesk;
const as = (id: string, roles: DataRequestsDeps['roles']): DataRequestsDeps => ({ db: desk.db, actorId: id, roles, desk: DESK, now: () => desk.clock.at, files: desk.files } as DataRequestsDeps);
const admin = () => as('admin-1', ['admin']);
const self = { kind: 'self' as const, name: '', proof: null };

beforeEach(async () => { desk = await openIntakeDesk(); });
afterEach(async () => desk.close());

async function opened(subKind: string) {
  const made = await openDataRequest(admin(), desk.beneficiary.id, { subKind, receivedVia: 'phone', requester: self, description: '' });
  if (!made.ok) throw new Error(made.error);
  return made.value;
}

describe('the data requests list', () => {
  it('shows the due date and the calendar days left; flags an overdue request; keeps a sensitive request from a receptionist', async () => {
    const doc = await opened('access');
    const [row] = await firstValueFrom(watchDataRequests(admin()));
    expect(row).toMatchObject({ fileName: desk.beneficiary.fullName, clock: { dueDate: '2026-03-31', daysLeft: 30, overdue: false, open: true } });
    expect(row?.doc.id).toBe(doc.id);
    desk.clock.at = new Date('2026-04-02T07:00:00.000Z');
    const [late] = await firstValueFrom(watchDataRequests(admin()));
    expect(late?.clock).toMatchObject({ daysLeft: -2, overdue: true });
    expect(await firstValueFrom(watchDataRequests(as('staff-reception', ['receptionist'])))).toEqual([]);
  });

  it('a guardian without proof, or no kind, is refused and nothing is stored; with the deed, the proof is stored and referred to', async () => {
    const form = { subKind: 'copy', receivedVia: 'written' as const, requesterKind: 'guardian' as const, guardianName: 'ولي الأمر', proof: null, description: '' };
    expect(await openRequestFromForm(admin(), desk.beneficiary.id, form)).toEqual({ ok: false, error: 'data-request.guardian-proof' });
    expect(await openRequestFromForm(admin(), desk.beneficiary.id, { ...form, requesterKind: 'self', subKind: '' })).toEqual({ ok: false, error: 'data-request.sub-kind' });
    expect(await desk.db.cases.count().exec()).toBe(0);
    // With the deed attached, the proof is stored in the file store and the request refers to it.
    const deed = new File([pdfBytes('guardianship deed')], 'صك الولاية.pdf', { type: 'application/pdf' });
    const made = await openRequestFromForm(admin(), desk.beneficiary.id, { ...form, proof: deed });
    const proof = made.ok ? made.value.dataRequest?.requester.proof : null;
    expect(made.ok && made.value.dataRequest?.requester).toMatchObject({ kind: 'guardian', name: 'ولي الأمر' });
    expect(proof && (await desk.files.getFile(proof.sha256)) !== null).toBe(true);
  });
});

describe('answers per kind', () => {
  it('a correction is answered only after the identity check and with how the person was told, logged as a contact', async () => {
    const doc = await opened('correction');
    expect(await answerDataRequest(admin(), doc.id, 'اتصال هاتفي')).toEqual({ ok: false, error: 'data-request.identity-required' });
    expect((await checkIdentity(admin(), doc.id, 'national-id')).ok).toBe(true);
    expect(await answerDataRequest(admin(), doc.id, '  ')).toEqual({ ok: false, error: 'data-request.informed-required' });
    expect(await desk.db.interactions.count().exec()).toBe(0);
    const answered = await answerDataRequest(admin(), doc.id, 'أُبلغ هاتفيًا بتصحيح العنوان');
    expect(answered.ok && answered.value.dataRequest?.status).toBe('answered');
    const logged = await desk.db.interactions.find({ selector: { beneficiaryId: desk.beneficiary.id } }).exec();
    expect(logged.map((entry) => [entry.recordId, entry.summary])).toEqual([[doc.id, 'أُبلغ هاتفيًا بتصحيح العنوان']]);
  });

  it('an erasure: only an admin runs it, after the identity check; the answer waits for it and the record names what is kept', async () => {
    const doc = await opened('erasure');
    expect(await eraseForRequest(admin(), doc.id)).toEqual({ ok: false, error: 'data-request.identity-required' });
    await checkIdentity(admin(), doc.id, 'iqama');
    expect(await eraseForRequest(as('manager-1', ['manager']), doc.id)).toEqual({ ok: false, error: 'data-request.not-allowed' });
    expect(await answerDataRequest(admin(), doc.id)).toEqual({ ok: false, error: 'data-request.erasure-first' });
    const erased = await eraseForRequest(admin(), doc.id);
    expect(erased.ok && erased.value).toMatchObject({ beneficiaryId: desk.beneficiary.id, requestId: doc.id, by: 'admin-1' });
    expect(erased.ok && erased.value.kept.map((kept) => kept.reason)).toContain('audit-trail');
    expect((await desk.db.beneficiaries.findOne(desk.beneficiary.id).exec())?.fullName).toBe(ERASED_TEXT);
    const answered = await answerDataRequest(admin(), doc.id);
    expect(answered.ok && answered.value.status).toBe('closed');
  });
});

describe('the retention review', () => {
  it('lists idle files only (not active, kept or erased ones), by the configured years', async () => {
    desk.clock.at = new Date('2033-03-01T07:00:00.000Z');
    const old = beneficiaryDoc({ id: 'idle-file', fileNumber: 'KD1-2026-000002', nationalId: desk.beneficiary.nationalId.replace(/.$/, '9') });
    await desk.db.beneficiaries.insert(old);
    // The fixture's own file has a request opened "now" (2033): active.
    await opened('objection');
    const review = await readRetentionReview(desk.db, desk.clock.at);
    expect(review).toEqual({ years: 5, items: [{ beneficiaryId: 'idle-file', fileNumber: 'KD1-2026-000002', lastActivity: '2026-01-05', idleYears: 7 }] });
    expect((await setRetentionYears(admin(), 8)).ok).toBe(true);
    expect((await readRetentionReview(desk.db, desk.clock.at)).items).toEqual([]);
    await setRetentionYears(admin(), 5);
    expect(await keepFile(admin(), 'idle-file', ' ')).toEqual({ ok: false, error: 'retention.reason-required' });
    expect((await keepFile(admin(), 'idle-file', 'نزاع قائم')).ok).toBe(true);
    expect((await readRetentionReview(desk.db, desk.clock.at)).items).toEqual([]);
  });
});
