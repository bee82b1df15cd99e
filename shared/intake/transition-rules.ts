/**
 * The edges of the request status machine, one rule per edge: who may take it, what must hold, and what
 * it changes. Kept as data so the table of edges can be read (and reviewed) as a table, beside the code.
 */
import type { Role } from '../staff/roles';
import type { HolidayRange } from '../calendar/holidays';
import { riyadhDateOf } from '../calendar/iso-date';
import { dueDate, REPLY_WORKING_DAYS } from '../calendar/working-days';
import { missingRequirements, type ChecklistState } from './completeness';
import type { Requirement, RequestType } from './request-type';
import { isDecision, type HistoryEntry, type RequestState, type RequestStatus } from './request-status';

export type TransitionErrorCode =
  | 'transition.not-allowed'
  | 'transition.role'
  | 'transition.wrong-unit'
  | 'transition.reason-required'
  | 'transition.incomplete'
  | 'transition.not-signed'
  | 'transition.unit-required'
  | 'transition.channel-required'
  | 'transition.wrong-decision'
  | 'transition.at-invalid'
  | 'transition.actor-required';

/** A refusal. `missing` lists the missing requirements (type order) when the completeness gate refuses. */
export type TransitionError = { code: TransitionErrorCode; missing?: Requirement[] };

/** What the machine needs besides the request: the holiday table for the clock, the type and checklist for the gate. */
export type TransitionContext = {
  holidays: readonly HolidayRange[];
  requestType?: RequestType;
  checklist?: ChecklistState;
  /** The reply period in working days; policy 3.3(f) says 15. */
  replyWorkingDays?: number;
};

/** The normalised input a rule sees: texts trimmed, blanks turned into undefined. */
export type RuleInput = {
  at: string;
  reason?: string;
  unitId?: string;
  channel?: string;
  signed?: boolean;
  declarationNumber?: string;
};

/** A rule's effect: new values for the request's fields and extra facts for the history entry. */
export type RuleEffect = { changes: Partial<RequestState>; entry: Partial<HistoryEntry> };

export type TransitionRule = {
  from: readonly RequestStatus[];
  to: RequestStatus;
  /** Roles that may take the edge ('any-staff' = any role at all). Admin always may. */
  roles: readonly Role[] | 'any-staff';
  /** Roles that count only for a member of the request's unit (a follow-up officer works one unit's queue). */
  unitBoundRoles?: readonly Role[];
  apply: (request: RequestState, input: RuleInput, context: TransitionContext) => RuleEffect | TransitionError;
};

const fail = (code: TransitionErrorCode, missing?: Requirement[]): TransitionError =>
  missing ? { code, missing } : { code };

const needReason = (input: RuleInput): TransitionError | null => (input.reason ? null : fail('transition.reason-required'));

const DECIDERS: readonly Role[] = ['follow-up-officer', 'manager'];
const INFORMERS: readonly Role[] = ['receptionist', 'liaison-officer'];

function complete(_request: RequestState, input: RuleInput, context: TransitionContext): RuleEffect | TransitionError {
  // Fail closed: without the type and checklist the gate cannot be shown to pass.
  if (!context.requestType || !context.checklist) return fail('transition.incomplete', []);
  const missing = missingRequirements(context.requestType, context.checklist);
  if (missing.length > 0) return fail('transition.incomplete', missing);
  const completionDate = riyadhDateOf(Date.parse(input.at));
  const due = dueDate(completionDate, context.holidays, context.replyWorkingDays ?? REPLY_WORKING_DAYS);
  return { changes: { completionDate, dueDate: due }, entry: { completionDate, dueDate: due } };
}

function refer(request: RequestState, input: RuleInput): RuleEffect | TransitionError {
  const signed = input.signed ?? request.declarationSigned;
  if (!signed) return fail('transition.not-signed');
  const unitId = input.unitId ?? request.unitId;
  if (!unitId) return fail('transition.unit-required');
  return { changes: { unitId, declarationSigned: true }, entry: { unitId } };
}

/**
 * Policy 3.3(d): the signing of the current completion's declaration is a step of its own, so the
 * request reads "signed, ready to refer" and its history says who recorded it, when, and which
 * declaration. The caller reads `signed` and the number from the declarations, never from a form.
 */
function sign(_request: RequestState, input: RuleInput): RuleEffect | TransitionError {
  if (!input.signed || !input.declarationNumber) return fail('transition.not-signed');
  return { changes: { declarationSigned: true }, entry: { declarationNumber: input.declarationNumber } };
}

function decide(request: RequestState, input: RuleInput, _context: TransitionContext, to: RequestStatus): RuleEffect | TransitionError {
  const problem = needReason(input);
  if (problem) return problem;
  if (!isDecision(to)) return fail('transition.not-allowed');
  return { changes: { decision: to }, entry: { decision: to } };
}

/** The status machine, one rule per edge. */
export const TRANSITION_RULES: readonly TransitionRule[] = [
  { from: ['draft'], to: 'awaiting-signature', roles: ['receptionist'], apply: complete },
  // 'awaiting-signature' → 'referred' stays for requests whose declaration was signed before the
  // 'signed' step existed; the gate is the same signed declaration either way.
  { from: ['awaiting-signature', 'signed'], to: 'referred', roles: ['receptionist'], apply: refer },
  // Whoever may hold the pad for the beneficiary records it; the declaration's own rules say who signs.
  { from: ['awaiting-signature'], to: 'signed', roles: 'any-staff', apply: sign },
  {
    from: ['referred'],
    to: 'under-study',
    roles: ['follow-up-officer'],
    unitBoundRoles: ['follow-up-officer'],
    apply: () => ({ changes: {}, entry: {} }),
  },
  ...(['approved', 'rejected', 'more-info-needed'] as const).map(
    (to): TransitionRule => ({
      from: ['under-study'],
      to,
      roles: DECIDERS,
      // The officer deciding must be one of the unit that studied it; a manager decides for any unit.
      unitBoundRoles: ['follow-up-officer'],
      apply: (request, input, context) => decide(request, input, context, to),
    }),
  ),
  {
    from: ['approved', 'rejected', 'more-info-needed'],
    to: 'informed',
    roles: INFORMERS,
    apply: (_request, input) => (input.channel ? { changes: {}, entry: { channel: input.channel } } : fail('transition.channel-required')),
  },
  {
    from: ['informed'],
    to: 'closed',
    roles: 'any-staff',
    apply: (request) =>
      request.decision === 'approved' || request.decision === 'rejected'
        ? { changes: {}, entry: {} }
        : fail('transition.wrong-decision'),
  },
  {
    from: ['informed'],
    to: 'draft',
    roles: 'any-staff',
    // The clock stops: the active dates go, the completion entry in the history keeps them. The declaration
    // covered the old data, so the next completion needs a new signature.
    apply: (request) =>
      request.decision === 'more-info-needed'
        ? { changes: { completionDate: null, dueDate: null, decision: null, declarationSigned: false }, entry: {} }
        : fail('transition.wrong-decision'),
  },
  {
    from: ['draft', 'awaiting-signature', 'signed', 'referred', 'under-study'],
    to: 'withdrawn',
    roles: ['receptionist'],
    apply: (_request, input) => needReason(input) ?? { changes: {}, entry: {} },
  },
];

/** The rule for an edge, or undefined when the machine has no such edge. */
export function ruleFor(from: RequestStatus, to: RequestStatus): TransitionRule | undefined {
  return TRANSITION_RULES.find((rule) => rule.to === to && rule.from.includes(from));
}

/** The statuses reachable from `from` in one step (for menus; roles and conditions still apply). */
export function nextStatuses(from: RequestStatus): RequestStatus[] {
  return TRANSITION_RULES.filter((rule) => rule.from.includes(from)).map((rule) => rule.to);
}
