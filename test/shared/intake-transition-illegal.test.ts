import { describe, expect, it } from 'vitest';
import type { RequestType } from '../../shared/intake/request-type';
import {
  newRequestState, REQUEST_STATUSES, type Decision, type RequestState, type RequestStatus,
} from '../../shared/intake/request-status';
import { transition, type Actor, type TransitionInput } from '../../shared/intake/transition';
import { nextStatuses, type TransitionContext } from '../../shared/intake/transition-rules';

const admin: Actor = { id: 'staff-admin', roles: ['admin'] };
const receptionist: Actor = { id: 'staff-rec', roles: ['receptionist'] };
const officerA: Actor = { id: 'staff-officer-a', roles: ['follow-up-officer'], unitIds: ['unit-a'] };
const officerB: Actor = { id: 'staff-officer-b', roles: ['follow-up-officer'], unitIds: ['unit-b'] };
const officerNoUnit: Actor = { id: 'staff-officer-x', roles: ['follow-up-officer'] };
const manager: Actor = { id: 'staff-manager', roles: ['manager'] };
const liaison: Actor = { id: 'staff-liaison', roles: ['liaison-officer'] };
const fieldWorker: Actor = { id: 'staff-field', roles: ['field-worker'] };
const nobody: Actor = { id: 'staff-none', roles: [] };

const type: RequestType = {
  id: 'medical', version: 3, nameAr: 'مساعدة علاجية', nameEn: 'Medical assistance', unitId: 'unit-a',
  requirements: [
    { id: 'report', kind: 'document', labelAr: 'تقرير طبي', labelEn: 'Medical report', required: true },
    { id: 'invoice', kind: 'document', labelAr: 'فاتورة العلاج', labelEn: 'Treatment invoice', required: false },
    { id: 'hospital', kind: 'field', labelAr: 'اسم المستشفى', labelEn: 'Hospital name', required: true },
  ],
};
const context: TransitionContext = { holidays: [], requestType: type, checklist: { report: { provided: true }, hospital: { provided: true } } };
const AT = '2026-02-18T09:00:00Z';

/** A request in `status`, with the fields that status implies. */
function at(status: RequestStatus, decision: Decision | null = null): RequestState {
  const clock = status === 'draft' ? { completionDate: null, dueDate: null } : { completionDate: '2026-02-18', dueDate: '2026-03-11' };
  const referred = !['draft', 'awaiting-signature'].includes(status);
  return { ...newRequestState(), ...clock, status, decision, unitId: referred ? 'unit-a' : null, declarationSigned: referred };
}

function refusal(request: RequestState, input: Partial<TransitionInput> & Pick<TransitionInput, 'to'>, ctx = context): unknown {
  const result = transition(request, { actor: admin, at: AT, ...input }, ctx);
  return result.ok ? 'allowed' : result.error;
}

describe('edges outside the table are refused, even for admin', () => {
  it('refuses every pair of statuses the table does not list', () => {
    let refused = 0;
    for (const from of REQUEST_STATUSES) {
      for (const to of REQUEST_STATUSES) {
        if (nextStatuses(from).includes(to)) continue;
        expect(refusal(at(from, 'approved'), { to, reason: 'r', channel: 'c', signed: true, unitId: 'unit-a' }), `${from}→${to}`)
          .toEqual({ code: 'transition.not-allowed' });
        refused += 1;
      }
    }
    expect(refused).toBe(121 - 18); // 18 edges in the table (11 statuses; signing adds 3)
  });

  it('a decision on an unreferred request', () => {
    expect(refusal(at('awaiting-signature'), { to: 'approved', reason: 'r' })).toEqual({ code: 'transition.not-allowed' });
    expect(refusal(at('referred'), { to: 'rejected', reason: 'r' })).toEqual({ code: 'transition.not-allowed' });
  });
});

describe('roles', () => {
  it.each([
    ['draft', 'awaiting-signature', liaison], ['draft', 'awaiting-signature', officerA],
    ['awaiting-signature', 'referred', manager], ['referred', 'under-study', receptionist],
    ['referred', 'under-study', manager], ['under-study', 'approved', receptionist],
    ['under-study', 'rejected', liaison], ['under-study', 'withdrawn', officerA], ['draft', 'withdrawn', liaison],
  ] as const)('%s → %s refused for %o', (from, to, actor) => {
    expect(refusal(at(from), { to, actor, reason: 'r', signed: true, unitId: 'unit-a' })).toEqual({ code: 'transition.role' });
  });

  it('informing needs a receptionist or liaison officer', () => {
    expect(refusal(at('approved', 'approved'), { to: 'informed', actor: officerA, channel: 'phone.sms' })).toEqual({ code: 'transition.role' });
    expect(refusal(at('approved', 'approved'), { to: 'informed', actor: fieldWorker, channel: 'phone.sms' })).toEqual({ code: 'transition.role' });
  });

  it('"any staff" still means a staff member with a role', () => {
    expect(refusal(at('informed', 'approved'), { to: 'closed', actor: nobody })).toEqual({ code: 'transition.role' });
  });
});

describe('units', () => {
  it('only a follow-up officer of the request unit may open it for study', () => {
    expect(refusal(at('referred'), { to: 'under-study', actor: officerB })).toEqual({ code: 'transition.wrong-unit' });
    expect(refusal(at('referred'), { to: 'under-study', actor: officerNoUnit })).toEqual({ code: 'transition.wrong-unit' });
  });

  it('only an officer of that unit decides; a manager decides for any unit', () => {
    expect(refusal(at('under-study'), { to: 'approved', actor: officerB, reason: 'r' })).toEqual({ code: 'transition.wrong-unit' });
    expect(refusal(at('under-study'), { to: 'approved', actor: manager, reason: 'r' })).toBe('allowed');
    const both: Actor = { id: 'staff-both', roles: ['follow-up-officer', 'manager'], unitIds: ['unit-b'] };
    expect(refusal(at('under-study'), { to: 'approved', actor: both, reason: 'r' })).toBe('allowed');
  });
});

describe('conditions', () => {
  it('completion is refused while a requirement is missing, listing exactly the missing ones in order', () => {
    const result = transition(at('draft'), { to: 'awaiting-signature', actor: receptionist, at: AT }, { ...context, checklist: { invoice: { provided: true } } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('transition.incomplete');
    expect(result.error.missing?.map((r) => r.labelAr)).toEqual(['تقرير طبي', 'اسم المستشفى']);
  });

  it('completion without a type or checklist fails closed', () => {
    expect(refusal(at('draft'), { to: 'awaiting-signature' }, { holidays: [] })).toEqual({ code: 'transition.incomplete', missing: [] });
  });

  it('referral needs the declaration signed and a unit', () => {
    expect(refusal(at('awaiting-signature'), { to: 'referred', unitId: 'unit-a' })).toEqual({ code: 'transition.not-signed' });
    expect(refusal(at('awaiting-signature'), { to: 'referred', unitId: 'unit-a', signed: false })).toEqual({ code: 'transition.not-signed' });
    expect(refusal(at('awaiting-signature'), { to: 'referred', signed: true })).toEqual({ code: 'transition.unit-required' });
    expect(refusal(at('awaiting-signature'), { to: 'referred', signed: true, unitId: '   ' })).toEqual({ code: 'transition.unit-required' });
  });

  it('signing needs a signed declaration and its number; a signed request is referred only to a unit', () => {
    expect(refusal(at('awaiting-signature'), { to: 'signed', declarationNumber: 'D-1' })).toEqual({ code: 'transition.not-signed' });
    expect(refusal(at('awaiting-signature'), { to: 'signed', signed: false, declarationNumber: 'D-1' })).toEqual({ code: 'transition.not-signed' });
    expect(refusal(at('awaiting-signature'), { to: 'signed', signed: true, declarationNumber: '  ' })).toEqual({ code: 'transition.not-signed' });
    expect(refusal(at('signed'), { to: 'signed', signed: true, declarationNumber: 'D-1' })).toEqual({ code: 'transition.not-allowed' });
    expect(refusal(at('draft'), { to: 'signed', signed: true, declarationNumber: 'D-1' })).toEqual({ code: 'transition.not-allowed' });
  });

  it.each(['approved', 'rejected', 'more-info-needed'] as const)('a decision (%s) needs a reason that is not blank', (to) => {
    expect(refusal(at('under-study'), { to, actor: officerA })).toEqual({ code: 'transition.reason-required' });
    expect(refusal(at('under-study'), { to, actor: officerA, reason: '  \n ' })).toEqual({ code: 'transition.reason-required' });
  });

  it('withdrawal needs a reason', () => {
    expect(refusal(at('referred'), { to: 'withdrawn', actor: receptionist })).toEqual({ code: 'transition.reason-required' });
  });

  it('informing needs the channel used', () => {
    expect(refusal(at('rejected', 'rejected'), { to: 'informed', actor: liaison })).toEqual({ code: 'transition.channel-required' });
    expect(refusal(at('rejected', 'rejected'), { to: 'informed', actor: liaison, channel: ' ' })).toEqual({ code: 'transition.channel-required' });
  });

  it('closing needs a final decision; going back to draft needs "more information needed"', () => {
    expect(refusal(at('informed', 'more-info-needed'), { to: 'closed' })).toEqual({ code: 'transition.wrong-decision' });
    expect(refusal(at('informed', null), { to: 'closed' })).toEqual({ code: 'transition.wrong-decision' });
    expect(refusal(at('informed', 'approved'), { to: 'draft' })).toEqual({ code: 'transition.wrong-decision' });
    expect(refusal(at('informed', 'rejected'), { to: 'draft' })).toEqual({ code: 'transition.wrong-decision' });
  });
});

describe('input checks', () => {
  it.each(['2026-02-18', '2026-02-18T09:00:00', 'yesterday', '2026-02-30T09:00:00Z', '2026-02-18T25:00:00Z', '2026-02-18 09:00:00Z', ''])('refuses the instant %j', (bad) => {
    expect(refusal(at('draft'), { to: 'awaiting-signature', at: bad })).toEqual({ code: 'transition.at-invalid' });
  });

  it('refuses an actor without an id', () => {
    expect(refusal(at('draft'), { to: 'awaiting-signature', actor: { id: ' ', roles: ['admin'] } })).toEqual({ code: 'transition.actor-required' });
  });

  it('leaves the request untouched when refusing', () => {
    const request = at('under-study');
    const before = structuredClone(request);
    transition(request, { to: 'approved', actor: officerB, at: AT, reason: 'r' }, context);
    expect(request).toEqual(before);
  });
});
