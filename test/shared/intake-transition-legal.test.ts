import { describe, expect, it } from 'vitest';
import { seedHolidays } from '../../shared/calendar/seed-holidays';
import type { RequestType } from '../../shared/intake/request-type';
import { completionDates, newRequestState, type RequestState } from '../../shared/intake/request-status';
import { transition, type Actor, type TransitionInput } from '../../shared/intake/transition';
import { nextStatuses, type TransitionContext } from '../../shared/intake/transition-rules';

const admin: Actor = { id: 'staff-admin', roles: ['admin'] };
const receptionist: Actor = { id: 'staff-rec', roles: ['receptionist'] };
const officerA: Actor = { id: 'staff-officer-a', roles: ['follow-up-officer'], unitIds: ['unit-a'] };
const manager: Actor = { id: 'staff-manager', roles: ['manager'] };
const liaison: Actor = { id: 'staff-liaison', roles: ['liaison-officer'] };
const fieldWorker: Actor = { id: 'staff-field', roles: ['field-worker'] };
const committee: Actor = { id: 'staff-committee', roles: ['committee-member'] };

const foodBasket: RequestType = {
  id: 'food-basket', version: 1, nameAr: 'سلة غذائية', nameEn: 'Food basket', unitId: 'unit-a',
  requirements: [
    { id: 'national-id', kind: 'document', labelAr: 'صورة الهوية الوطنية', labelEn: 'National ID copy', required: true },
    { id: 'family-size', kind: 'field', labelAr: 'عدد أفراد الأسرة', labelEn: 'Family size', required: true },
  ],
};
const context: TransitionContext = {
  holidays: seedHolidays([2025, 2026]),
  requestType: foodBasket,
  checklist: { 'national-id': { provided: true }, 'family-size': { provided: true } },
};

function step(request: RequestState, input: TransitionInput): RequestState {
  const result = transition(request, input, context);
  if (!result.ok) throw new Error(`${request.status} → ${input.to} refused: ${result.error.code}`);
  expect(result.value.request.history.at(-1)).toEqual(result.value.entry);
  return result.value.request;
}

// Wed 18 Feb 2026, 12:00 in Riyadh. Due: Thu 19 (1), Sun 22 Founding Day, 23–26 (2–5), 1–5 Mar, 8–12 Mar (15).
const AT = '2026-02-18T09:00:00Z';

function walk(upTo: 'awaiting-signature' | 'referred' | 'under-study'): RequestState {
  let r = step(newRequestState(), { to: 'awaiting-signature', actor: receptionist, at: AT });
  if (upTo === 'awaiting-signature') return r;
  r = step(r, { to: 'referred', actor: receptionist, at: AT, signed: true, unitId: 'unit-a' });
  if (upTo === 'referred') return r;
  return step(r, { to: 'under-study', actor: officerA, at: AT });
}

describe('the happy path, one legal edge at a time', () => {
  it('draft → awaiting-signature: the gate passes, the clock starts in Riyadh time', () => {
    const r = step(newRequestState(), { to: 'awaiting-signature', actor: receptionist, at: AT, note: '  أكمل المستفيد المتطلبات  ' });
    expect(r).toMatchObject({ status: 'awaiting-signature', completionDate: '2026-02-18', dueDate: '2026-03-12' });
    expect(r.history).toEqual([{
      from: 'draft', to: 'awaiting-signature', by: 'staff-rec', at: AT, note: 'أكمل المستفيد المتطلبات',
      completionDate: '2026-02-18', dueDate: '2026-03-12',
    }]);
  });

  it('takes the completion date from the Riyadh day, not the UTC day', () => {
    // 21:30 UTC on the 18th is 00:30 on Thursday the 19th in Riyadh. Day 1 is Mon 23 (Sun 22 off); due Sun 15 Mar.
    const r = step(newRequestState(), { to: 'awaiting-signature', actor: receptionist, at: '2026-02-18T21:30:00Z' });
    expect(r).toMatchObject({ completionDate: '2026-02-19', dueDate: '2026-03-15' });
  });

  it('awaiting-signature → referred: signed, unit chosen', () => {
    const r = step(walk('awaiting-signature'), { to: 'referred', actor: receptionist, at: AT, signed: true, unitId: ' unit-a ' });
    expect(r).toMatchObject({ status: 'referred', unitId: 'unit-a', declarationSigned: true });
    expect(r.history.at(-1)).toMatchObject({ from: 'awaiting-signature', to: 'referred', unitId: 'unit-a' });
  });

  it('awaiting-signature → referred with the signature and unit already on the request', () => {
    const prepared = { ...walk('awaiting-signature'), declarationSigned: true, unitId: 'unit-a' };
    expect(step(prepared, { to: 'referred', actor: receptionist, at: AT }).status).toBe('referred');
  });

  it('awaiting-signature → signed: the signing is recorded with the declaration number, then signed → referred', () => {
    const signed = step(walk('awaiting-signature'), { to: 'signed', actor: receptionist, at: AT, signed: true, declarationNumber: ' D-2026-000007 ' });
    expect(signed).toMatchObject({ status: 'signed', declarationSigned: true, dueDate: '2026-03-12' });
    expect(signed.history.at(-1)).toEqual({ from: 'awaiting-signature', to: 'signed', by: 'staff-rec', at: AT, declarationNumber: 'D-2026-000007' });
    const r = step(signed, { to: 'referred', actor: receptionist, at: AT, unitId: 'unit-a' });
    expect(r.history.map((e) => e.to)).toEqual(['awaiting-signature', 'signed', 'referred']);
  });

  it('signed → withdrawn by the receptionist with a reason', () => {
    const signed = step(walk('awaiting-signature'), { to: 'signed', actor: fieldWorker, at: AT, signed: true, declarationNumber: 'D-1' });
    expect(step(signed, { to: 'withdrawn', actor: receptionist, at: AT, reason: 'تنازل' }).status).toBe('withdrawn');
  });

  it('referred → under-study by a follow-up officer of that unit', () => {
    const r = step(walk('referred'), { to: 'under-study', actor: officerA, at: AT });
    expect(r.status).toBe('under-study');
    expect(r.dueDate).toBe('2026-03-12'); // the clock keeps running
  });

  it.each([
    ['approved', officerA], ['rejected', officerA], ['more-info-needed', officerA],
    ['approved', manager], ['rejected', manager], ['more-info-needed', manager],
  ] as const)('under-study → %s by %o with a reason', (to, actor) => {
    const r = step(walk('under-study'), { to, actor, at: AT, reason: ' الدخل يتجاوز الحد ' });
    expect(r).toMatchObject({ status: to, decision: to });
    expect(r.history.at(-1)).toMatchObject({ from: 'under-study', to, by: actor.id, decision: to, reason: 'الدخل يتجاوز الحد' });
  });

  it.each([
    ['approved', receptionist], ['rejected', liaison], ['more-info-needed', receptionist], ['more-info-needed', liaison],
  ] as const)('%s → informed by %o via the agreed channel', (decision, actor) => {
    const decided = step(walk('under-study'), { to: decision, actor: manager, at: AT, reason: 'سبب' });
    const r = step(decided, { to: 'informed', actor, at: AT, channel: 'phone.whatsapp' });
    expect(r).toMatchObject({ status: 'informed', decision });
    expect(r.history.at(-1)).toMatchObject({ from: decision, to: 'informed', channel: 'phone.whatsapp' });
  });

  it.each([
    ['approved', fieldWorker], ['rejected', committee], ['approved', receptionist],
  ] as const)('informed → closed after %s, by any staff (%o)', (decision, actor) => {
    const decided = step(walk('under-study'), { to: decision, actor: officerA, at: AT, reason: 'سبب' });
    const informed = step(decided, { to: 'informed', actor: liaison, at: AT, channel: 'letters.letter' });
    const r = step(informed, { to: 'closed', actor, at: AT });
    expect(r).toMatchObject({ status: 'closed', decision });
    expect(nextStatuses(r.status)).toEqual([]);
  });

  it.each(['draft', 'awaiting-signature', 'referred', 'under-study'] as const)('%s → withdrawn by the receptionist with a reason', (from) => {
    const start = from === 'draft' ? newRequestState() : walk(from);
    const r = step(start, { to: 'withdrawn', actor: receptionist, at: AT, reason: 'تنازل المستفيد' });
    expect(r.status).toBe('withdrawn');
    expect(r.history.at(-1)).toMatchObject({ from, to: 'withdrawn', reason: 'تنازل المستفيد' });
  });
});

describe('more information needed: the clock stops and restarts', () => {
  it('clears the active clock, keeps both completions in the history, counts 15 days afresh', () => {
    let r = step(walk('under-study'), { to: 'more-info-needed', actor: officerA, at: '2026-03-01T08:00:00Z', reason: 'كشف حساب ناقص' });
    r = step(r, { to: 'informed', actor: liaison, at: '2026-03-01T10:00:00Z', channel: 'phone.sms' });
    r = step(r, { to: 'draft', actor: fieldWorker, at: '2026-03-02T08:00:00Z', note: 'عاد المستفيد بالكشف' });
    expect(r).toMatchObject({ status: 'draft', completionDate: null, dueDate: null, decision: null, declarationSigned: false, unitId: 'unit-a' });

    // Completed again on Sun 15 Mar 2026. Due: 16–18 (1–3), Eid al-Fitr 19–22, 23–26 (4–7), 29 Mar–2 Apr (8–12), 5–7 Apr (13–15).
    r = step(r, { to: 'awaiting-signature', actor: receptionist, at: '2026-03-15T07:00:00Z' });
    expect(r).toMatchObject({ completionDate: '2026-03-15', dueDate: '2026-04-07' });
    expect(completionDates(r.history)).toEqual(['2026-02-18', '2026-03-15']);
    expect(r.history.map((e) => e.dueDate).filter(Boolean)).toEqual(['2026-03-12', '2026-04-07']);

    // The new round needs a new signature before referral.
    const refused = transition(r, { to: 'referred', actor: receptionist, at: '2026-03-15T08:00:00Z' }, context);
    expect(refused).toEqual({ ok: false, error: { code: 'transition.not-signed' } });
    r = step(r, { to: 'referred', actor: receptionist, at: '2026-03-15T08:00:00Z', signed: true });
    expect(r.unitId).toBe('unit-a');
    expect(r.history.map((e) => `${e.from}>${e.to}`)).toEqual([
      'draft>awaiting-signature', 'awaiting-signature>referred', 'referred>under-study', 'under-study>more-info-needed',
      'more-info-needed>informed', 'informed>draft', 'draft>awaiting-signature', 'awaiting-signature>referred',
    ]);
  });
});

describe('admin', () => {
  it('may take every edge of the whole path alone, conditions still applying', () => {
    let r = step(newRequestState(), { to: 'awaiting-signature', actor: admin, at: AT });
    r = step(r, { to: 'referred', actor: admin, at: AT, signed: true, unitId: 'unit-z' });
    r = step(r, { to: 'under-study', actor: admin, at: AT }); // admin belongs to no unit, and needs none
    r = step(r, { to: 'rejected', actor: admin, at: AT, reason: 'خارج الفئة المستهدفة' });
    r = step(r, { to: 'informed', actor: admin, at: AT, channel: 'in-person.interview' });
    r = step(r, { to: 'closed', actor: admin, at: AT });
    expect(r.status).toBe('closed');
    expect(r.history.every((e) => e.by === 'staff-admin')).toBe(true);
    expect(transition(walk('under-study'), { to: 'approved', actor: admin, at: AT }, context))
      .toEqual({ ok: false, error: { code: 'transition.reason-required' } });
  });
});

describe('nextStatuses', () => {
  it('lists the edges of the table', () => {
    expect(nextStatuses('draft')).toEqual(['awaiting-signature', 'withdrawn']);
    expect(nextStatuses('under-study')).toEqual(['approved', 'rejected', 'more-info-needed', 'withdrawn']);
    expect(nextStatuses('informed')).toEqual(['closed', 'draft']);
    expect(nextStatuses('signed')).toEqual(['referred', 'withdrawn']);
    expect(nextStatuses('withdrawn')).toEqual([]);
  });
});
