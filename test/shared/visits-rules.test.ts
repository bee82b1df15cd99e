/**
 * Supervisory visits (policy 3.8c): planning checks, the status machine, "ready offline" naming what is
 * missing, and a failed checklist item opening a corrective action due in working days.
 */
import { describe, expect, test } from 'vitest';
import { addFollowUp, addInterview, addPhoto, checkVisitMove, checkVisitPlan, moveVisit, readiness, recordCheckItem, setFindings } from '@shared/visits';
import { VISIT_LIMITS } from '@shared/db/schemas/visit.schema';
import { readVisitType } from '@shared/catalog/visit-types';
import { actionContext, homeVisitType, MANAGER, planInput, plannedVisit, WORKER } from './visits-fixtures';

const holdsAll = { hasBeneficiary: () => true, hasQuestionnaire: () => true, hasVisit: () => true };
const photoRef = (size: number, type: 'image/jpeg' | 'image/png' = 'image/jpeg') => ({ sha256: 'a'.repeat(64), name: 'p.jpg', type, size });

describe('planning a visit', () => {
  test('copies the type checklist with every result open', () => {
    const visit = plannedVisit();
    expect(visit.status).toBe('planned');
    expect(visit.checklist.map((item) => item.key)).toEqual(homeVisitType().items.map((item) => item.key));
    expect(visit.checklist.every((item) => item.result === null && item.note === '')).toBe(true);
  });

  test('names every bad field and plans nothing', () => {
    const result = checkVisitPlan(planInput({ target: 'site', siteName: ' ', plannedDate: '2026-02-28', visitType: 'nope', fieldWorkerId: '', purpose: 'x'.repeat(VISIT_LIMITS.purpose + 1) }), '2026-03-01', null);
    expect(result).toEqual({ ok: false, error: { siteName: 'required', plannedDate: 'in-the-past', visitType: 'invalid', fieldWorkerId: 'required', purpose: 'too-long' } });
    expect(checkVisitPlan(planInput({ target: 'beneficiary', beneficiaryId: '' }), '2026-03-01', homeVisitType())).toEqual({ ok: false, error: { beneficiaryId: 'required' } });
  });

  test('a visit type whose data cannot be read is left out', () => {
    expect(readVisitType({ items: [] })).toBeNull();
    expect(readVisitType({ items: [{ key: 'a', labelAr: '', labelEn: 'A' }] })).toBeNull();
    expect(readVisitType({ items: [{ key: 'a', labelAr: 'أ', labelEn: 'A' }], actionDays: 9999 })?.actionDays).toBe(10);
  });
});

describe('ready offline', () => {
  test('names each missing piece: the file, a questionnaire, the earlier findings', () => {
    const visit = { ...plannedVisit({ questionnaireIds: ['q-1', 'q-2'] }), previousVisitId: 'visit-0' };
    const result = readiness(visit, { hasBeneficiary: () => false, hasQuestionnaire: (id) => id === 'q-1', hasVisit: () => false });
    expect(result).toEqual({ ready: false, missing: [{ kind: 'beneficiary', id: 'ben-1' }, { kind: 'questionnaire', id: 'q-2' }, { kind: 'previous-findings', id: 'visit-0' }] });
    expect(readiness(visit, holdsAll)).toEqual({ ready: true, missing: [] });
  });

  test('a site visit needs no file; a visit without a checklist is not ready', () => {
    const site = plannedVisit({ target: 'site', siteName: 'مركز الحي', beneficiaryId: '' });
    expect(readiness(site, { ...holdsAll, hasBeneficiary: () => false }).ready).toBe(true);
    expect(readiness({ ...site, checklist: [] }, holdsAll).missing).toEqual([{ kind: 'checklist' }]);
  });
});

describe('the status machine', () => {
  const worker = { actorId: WORKER, roles: ['field-worker'] as const, ready: true, reason: '' };

  test('the assigned field worker marks it ready only when nothing is missing', () => {
    const visit = plannedVisit();
    expect(checkVisitMove(visit, 'ready', { ...worker, ready: false })).toBe('visit.not-ready');
    expect(checkVisitMove(visit, 'ready', { ...worker, actorId: 'worker-2' })).toBe('visit.not-assigned');
    expect(checkVisitMove(visit, 'ready', { ...worker, roles: ['manager'] })).toBe('visit.not-allowed');
    expect(checkVisitMove(visit, 'ready', worker)).toBeNull();
    const ready = moveVisit(visit, 'ready', WORKER, '2026-03-07T10:00:00Z');
    expect(ready.history.at(-1)).toEqual({ from: 'planned', to: 'ready', by: WORKER, at: '2026-03-07T10:00:00Z', reason: '' });
  });

  test('completed only with every item recorded; cancelled only by a manager with a reason; no way back', () => {
    const started = moveVisit(plannedVisit(), 'in-progress', WORKER, '2026-03-08T07:00:00Z');
    expect(checkVisitMove(started, 'completed', worker)).toBe('visit.checklist-incomplete');
    const done = { ...started, checklist: started.checklist.map((item) => ({ ...item, result: 'met' as const })) };
    expect(checkVisitMove(done, 'completed', worker)).toBeNull();
    expect(checkVisitMove(plannedVisit(), 'cancelled', { actorId: MANAGER, roles: ['manager'], ready: false, reason: ' ' })).toBe('visit.reason-required');
    const completed = moveVisit(done, 'completed', WORKER, '2026-03-08T09:00:00Z');
    expect(checkVisitMove(completed, 'in-progress', worker)).toBe('visit.bad-transition');
  });
});

describe('a failed checklist item opens a corrective action', () => {
  test('owned by the planning manager, due in working days past the weekend and the holiday', () => {
    const result = recordCheckItem(plannedVisit(), 'housing-condition', 'not-met', 'تسرب مياه في المطبخ', actionContext());
    if (!result.ok) throw new Error(result.error);
    // Sunday 8 March + 3 working days: Mon 9, (Tue 10, Wed 11 holiday), Thu 12, (Fri, Sat), Sun 15.
    expect(result.value.actions).toEqual([expect.objectContaining({ itemKey: 'housing-condition', ownerId: MANAGER, dueDate: '2026-03-15', status: 'open', createdBy: WORKER })]);
    expect(result.value.actions[0]?.text).toContain('تسرب مياه في المطبخ');
  });

  test('recording it again keeps one action; changing it back drops the open action', () => {
    const context = actionContext({ ownerId: 'officer-7' });
    const once = recordCheckItem(plannedVisit(), 'aid-received', 'not-met', 'لم تُستلم', context);
    if (!once.ok) throw new Error(once.error);
    const twice = recordCheckItem(once.value, 'aid-received', 'not-met', 'لم تُستلم بعد', context);
    if (!twice.ok) throw new Error(twice.error);
    expect(twice.value.actions).toHaveLength(1);
    expect(twice.value.actions[0]?.ownerId).toBe('officer-7');
    const fixed = recordCheckItem(twice.value, 'aid-received', 'met', '', context);
    expect(fixed.ok && fixed.value.actions).toEqual([]);
  });

  test('bad input is refused and nothing changes', () => {
    const visit = plannedVisit();
    expect(recordCheckItem(visit, 'aid-received', 'not-met', ' ', actionContext())).toEqual({ ok: false, error: 'visit.note-required' });
    expect(recordCheckItem(visit, 'nope', 'met', '', actionContext())).toEqual({ ok: false, error: 'visit.unknown-item' });
    expect(recordCheckItem(visit, 'aid-received', 'maybe', '', actionContext())).toEqual({ ok: false, error: 'visit.bad-result' });
    expect(addFollowUp(visit, 'زيارة متابعة', '', 5, actionContext())).toEqual({ ok: false, error: 'visit.action-owner-required' });
    expect(visit.actions).toEqual([]);
  });
});

describe('findings, photos and interviews', () => {
  test('a photo over 300 KB or not re-encoded is refused; consent starts unknown', () => {
    const visit = plannedVisit();
    expect(addPhoto(visit, photoRef(VISIT_LIMITS.photoBytes + 1), { caption: '', takenAt: 'x', source: 'camera', locationKept: false })).toEqual({ ok: false, error: 'visit.photo-too-large' });
    expect(addPhoto(visit, photoRef(1000, 'image/png'), { caption: '', takenAt: 'x', source: 'disk', locationKept: false })).toEqual({ ok: false, error: 'visit.photo-type' });
    const added = addPhoto(visit, photoRef(200_000), { caption: ' المطبخ ', takenAt: 'x', source: 'camera', locationKept: false });
    expect(added.ok && added.value.photos[0]).toEqual(expect.objectContaining({ caption: 'المطبخ', publicationConsent: 'unknown', locationKept: false }));
  });

  test('a photo carries the publication consent that stood when it was taken (policy 3.6a)', () => {
    const added = addPhoto(plannedVisit(), photoRef(200_000), { caption: '', takenAt: 'x', source: 'camera', locationKept: false, publicationConsent: 'given' });
    expect(added.ok && added.value.photos[0]?.publicationConsent).toBe('given');
  });

  test('nothing is recorded on a completed visit', () => {
    const completed = { ...plannedVisit(), status: 'completed' as const };
    expect(setFindings(completed, 'x')).toEqual({ ok: false, error: 'visit.not-recording' });
    expect(addInterview(completed, 'answer-1')).toEqual({ ok: false, error: 'visit.not-recording' });
  });
});
