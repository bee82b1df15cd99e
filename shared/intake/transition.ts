/**
 * The one entry point that moves a request between statuses. Pure: the caller passes the actor, the
 * instant and the context, and writes the returned request (fields + appended history entry) in one
 * document update, so a refused transition leaves nothing half-saved.
 */
import { err, ok, type Result } from '../result';
import { isIsoDate } from '../calendar/iso-date';
import { isRole, type Role } from '../staff/roles';
import type { HistoryEntry, RequestState, RequestStatus } from './request-status';
import {
  ruleFor,
  type RuleInput,
  type TransitionContext,
  type TransitionError,
  type TransitionErrorCode,
  type TransitionRule,
} from './transition-rules';

/** Who acts: a staff id, their roles, and the units whose queues they work (for follow-up officers). */
export type Actor = { id: string; roles: readonly Role[]; unitIds?: readonly string[] };

/** A request to move: target status, actor, instant (ISO with zone, e.g. '2026-02-18T09:30:00Z'), and the facts some edges need. */
export type TransitionInput = {
  to: RequestStatus;
  actor: Actor;
  at: string;
  note?: string;
  reason?: string;
  unitId?: string;
  channel?: string;
  signed?: boolean;
  /** Signing: the number of the signed declaration, for the history. */
  declarationNumber?: string;
};

/** The request with its new fields and the history entry appended (`entry` is that same entry). */
export type TransitionOutcome<T extends RequestState> = { request: T; entry: HistoryEntry };

// An instant must carry its zone: a bare local time would be read in the desk's zone, not Riyadh's.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

// Date.parse rolls 30 February over into March; the calendar date part is checked on its own first.
const isInstant = (text: string): boolean =>
  ISO_INSTANT.test(text) && isIsoDate(text.slice(0, 10)) && Number.isFinite(Date.parse(text));

const trimmed = (text: string | undefined): string | undefined => {
  const value = text?.trim();
  return value ? value : undefined;
};

function roleError(rule: TransitionRule, actor: Actor, request: RequestState): TransitionErrorCode | null {
  const roles = actor.roles.filter(isRole);
  if (roles.includes('admin')) return null;
  if (rule.roles === 'any-staff') return roles.length > 0 ? null : 'transition.role';
  const allowed = rule.roles;
  const unitBound = rule.unitBoundRoles ?? [];
  if (roles.some((role) => allowed.includes(role) && !unitBound.includes(role))) return null;
  if (!roles.some((role) => allowed.includes(role))) return 'transition.role';
  // Only unit-bound roles qualify the actor: they count for a member of the request's unit alone.
  const inUnit = request.unitId !== null && (actor.unitIds ?? []).includes(request.unitId);
  return inUnit ? null : 'transition.wrong-unit';
}

/**
 * Move `request` to `input.to`, or say why not. Checks, in order: the instant and actor are sound, the
 * edge exists ('transition.not-allowed'), the actor's role may take it ('transition.role',
 * 'transition.wrong-unit'; admin may take every edge but still meets its conditions), then the edge's own
 * conditions. On success every field the edge changes is set and one history entry is appended.
 */
export function transition<T extends RequestState>(
  request: T,
  input: TransitionInput,
  context: TransitionContext,
): Result<TransitionOutcome<T>, TransitionError> {
  if (!isInstant(input.at)) return err({ code: 'transition.at-invalid' });
  if (input.actor.id.trim() === '') return err({ code: 'transition.actor-required' });
  const rule = ruleFor(request.status, input.to);
  if (!rule) return err({ code: 'transition.not-allowed' });
  const roleProblem = roleError(rule, input.actor, request);
  if (roleProblem) return err({ code: roleProblem });

  const ruleInput: RuleInput = {
    at: input.at,
    reason: trimmed(input.reason),
    unitId: trimmed(input.unitId),
    channel: trimmed(input.channel),
    signed: input.signed,
    declarationNumber: trimmed(input.declarationNumber),
  };
  const effect = rule.apply(request, ruleInput, context);
  if ('code' in effect) return err(effect);

  const note = trimmed(input.note);
  const entry: HistoryEntry = {
    from: request.status,
    to: input.to,
    by: input.actor.id,
    at: input.at,
    ...(note ? { note } : {}),
    ...(ruleInput.reason ? { reason: ruleInput.reason } : {}),
    ...effect.entry,
  };
  const updated: T = { ...request, ...effect.changes, status: input.to, history: [...request.history, entry] };
  return ok({ request: updated, entry });
}
