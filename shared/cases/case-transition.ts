/**
 * The one entry point that moves a case between statuses. Pure: the caller passes the actor, the instant
 * and the context (holidays, clocks), and writes the returned case (fields + one history entry) in one
 * document update, so a refused move leaves nothing half-saved.
 */
import type { HolidayRange } from '../calendar/holidays';
import { isIsoDate } from '../calendar/iso-date';
import type { CaseClockTable } from '../catalog/case-catalog';
import type { CaseDecision, CaseDoc, CaseHistoryEntry, ResolutionMode } from '../db/schemas/case.schema';
import { err, ok, type Result } from '../result';
import { isRole, type Role } from '../staff/roles';
import { applyEdge } from './case-effects';
import { caseEdge, type CaseEdge, type CaseStatus } from './case-status';
import { isConcerned } from './case-visibility';

/** The part of a case the machine reads and writes; the rest of the document rides along untouched. */
export type CaseState = Pick<
  CaseDoc,
  | 'kind' | 'status' | 'officerId' | 'unitId' | 'concernsStaffIds' | 'escalated' | 'history' | 'startedAt' | 'pauses'
  | 'acknowledgeDueDate' | 'acknowledgedAt' | 'dueDate' | 'resolution' | 'replyChannel' | 'replySubChannel'
>;

/** Who acts: a staff id and their roles. */
export type CaseActor = { id: string; roles: readonly Role[] };

/** The move asked for: the target status and the facts its edge needs. */
export type CaseMove = {
  to: CaseStatus;
  reason?: string;
  note?: string;
  /** assign: the officer and unit the case goes to (routing names them: case-routing.ts) */
  officerId?: string;
  unitId?: string;
  /** resolve: amicable (what was agreed) or a decision (upheld / partly / not upheld) and its summary */
  resolution?: { mode: ResolutionMode; agreement?: string; decision?: CaseDecision | null; summary?: string };
  /** close after 'does-not-accept': the dispute opened for it (case-appeal.ts) */
  disputeCaseId?: string;
};

export type CaseContext = {
  holidays: readonly HolidayRange[];
  /** each kind's clock (catalog 'case-clock', caseClocksFrom) */
  clocks: CaseClockTable;
  /** failed contact attempts after which the complainant counts as unreachable (policy 3.7: the loop closes) */
  attemptsBeforeUnreachable?: number;
  /** staff ids that may hold a case: active accounts (an officer named by a stale cell is refused) */
  isActiveStaff?: (id: string) => boolean;
};

export const DEFAULT_ATTEMPTS_BEFORE_UNREACHABLE = 3;

export type CaseErrorCode =
  | 'case.at-invalid'
  | 'case.actor-required'
  | 'case.not-allowed'
  | 'case.role'
  | 'case.not-officer'
  | 'case.conflict-of-interest'
  | 'case.officer-required'
  | 'case.officer-concerned'
  | 'case.officer-inactive'
  | 'case.reason-required'
  | 'case.resolution-required'
  | 'case.agreement-required'
  | 'case.decision-required'
  | 'case.outcome-not-told'
  | 'case.response-required'
  | 'case.dispute-required';

export type CaseError = { code: CaseErrorCode };

export type CaseOutcome<T extends CaseState> = { doc: T; entry: CaseHistoryEntry };

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An instant with its zone and a real calendar date (Date.parse rolls 30 February into March). */
export const isInstant = (text: string): boolean => ISO_INSTANT.test(text) && isIsoDate(text.slice(0, 10)) && Number.isFinite(Date.parse(text));

function roleError(edge: CaseEdge, actor: CaseActor, state: CaseState): CaseErrorCode | null {
  const roles = actor.roles.filter(isRole);
  if (roles.includes('admin')) return null;
  if (edge.roles === 'any-staff') return roles.length > 0 ? null : 'case.role';
  const allowed = edge.roles;
  const bound = edge.officerBound ?? [];
  if (roles.some((role) => allowed.includes(role) && !bound.includes(role))) return null;
  if (!roles.some((role) => allowed.includes(role))) return 'case.role';
  // Only officer-bound roles qualify the actor: they count for the case's own officer alone.
  return state.officerId !== '' && state.officerId === actor.id ? null : 'case.not-officer';
}

/**
 * Move `state` to `move.to` at `now`, or say why not. Checks, in order: the instant and actor are sound;
 * the actor is not someone the case concerns (conflict of interest: refused whatever the role); the edge
 * exists; the actor's role may take it; then the edge's own conditions (case-effects.ts). On success the
 * fields the edge changes (officer, clock, pauses, due dates, resolution, escalated) are set and one
 * history entry is appended.
 */
export function transition<T extends CaseState>(
  state: T,
  move: CaseMove,
  actor: CaseActor,
  now: string,
  context: CaseContext,
): Result<CaseOutcome<T>, CaseError> {
  if (!isInstant(now)) return err({ code: 'case.at-invalid' });
  if (actor.id.trim() === '') return err({ code: 'case.actor-required' });
  if (isConcerned(state, actor.id)) return err({ code: 'case.conflict-of-interest' });
  // A compensation case moves by its own machine (shared/compensation/compensation-status.ts), a data
  // request by its own (shared/data-requests/data-request.ts).
  if (state.kind === 'compensation' || state.kind === 'data-request') return err({ code: 'case.not-allowed' });
  const edge = caseEdge(state.status, move.to);
  if (!edge) return err({ code: 'case.not-allowed' });
  const roleProblem = roleError(edge, actor, state);
  if (roleProblem) return err({ code: roleProblem });
  const effect = applyEdge(state, edge, move, actor, now, context);
  if ('code' in effect) return err(effect);
  const entry: CaseHistoryEntry = { from: state.status, to: move.to, by: actor.id, at: now, ...effect.entry };
  const doc: T = { ...state, ...effect.changes, status: move.to, history: [...state.history, entry] };
  return ok({ doc, entry });
}
