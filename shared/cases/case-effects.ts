/**
 * What each edge of the case machine checks and changes (the table is case-status.ts). Pure.
 */
import type { CaseHistoryEntry, CasePause, CaseResolution } from '../db/schemas/case.schema';
import { resolveDaysOf } from '../catalog/case-catalog';
import { clockDueDate } from './case-clock';
import { loopClosed, loopState } from './case-loop';
import type { CaseCondition, CaseEdge } from './case-status';
import { DEFAULT_ATTEMPTS_BEFORE_UNREACHABLE, type CaseActor, type CaseContext, type CaseError, type CaseMove, type CaseState } from './case-transition';
import { mayAssignCase } from './case-visibility';

export type CaseEffect = { changes: Partial<CaseState>; entry: Partial<CaseHistoryEntry> };

const trimmed = (text: string | undefined): string => text?.trim() ?? '';

function checkCondition(condition: CaseCondition, state: CaseState, move: CaseMove, who: { actor: CaseActor; now: string }, context: CaseContext): CaseError | CaseEffect {
  const none: CaseEffect = { changes: {}, entry: {} };
  switch (condition) {
    case 'officer': {
      const officerId = trimmed(move.officerId);
      if (officerId === '') return { code: 'case.officer-required' };
      if (!mayAssignCase(state, officerId)) return { code: 'case.officer-concerned' };
      if (context.isActiveStaff && !context.isActiveStaff(officerId)) return { code: 'case.officer-inactive' };
      const unitId = trimmed(move.unitId) || state.unitId;
      return { changes: { officerId, unitId }, entry: { officerId, unitId } };
    }
    case 'reason':
      return trimmed(move.reason) === '' ? { code: 'case.reason-required' } : none;
    case 'resolution':
      return resolutionOf(move, state, who);
    case 'outcome-told': {
      const loop = loopState(state, context.attemptsBeforeUnreachable ?? DEFAULT_ATTEMPTS_BEFORE_UNREACHABLE);
      if (loop.told) return none;
      if (!loop.unreachable || !state.resolution) return { code: 'case.outcome-not-told' };
      return { changes: { resolution: { ...state.resolution, response: 'unreachable' } }, entry: {} };
    }
    case 'loop-closed': {
      if (!state.resolution?.response) return { code: 'case.response-required' };
      if (!loopClosed(state, move.disputeCaseId)) return { code: 'case.dispute-required' };
      const disputeCaseId = trimmed(move.disputeCaseId);
      return { changes: {}, entry: disputeCaseId ? { disputeCaseId } : {} };
    }
  }
}

/** Policy 3.5(c): an amicable settlement records what was agreed; a decision, its outcome and summary. */
function resolutionOf(move: CaseMove, state: CaseState, who: { actor: CaseActor; now: string }): CaseError | CaseEffect {
  const input = move.resolution;
  if (!input) return { code: 'case.resolution-required' };
  const agreement = trimmed(input.agreement);
  const summary = trimmed(input.summary);
  if (input.mode === 'amicable' && agreement === '') return { code: 'case.agreement-required' };
  if (input.mode === 'decision' && (!input.decision || summary === '')) return { code: 'case.decision-required' };
  const resolution: CaseResolution = {
    mode: input.mode,
    agreement: input.mode === 'amicable' ? agreement : '',
    decision: input.mode === 'decision' ? (input.decision ?? null) : null,
    summary,
    resolvedAt: who.now,
    resolvedBy: who.actor.id,
    contacts: state.resolution?.contacts ?? [],
    response: null,
  };
  return { changes: { resolution }, entry: {} };
}

/** The clock: a pause opens on entering 'waiting-for-complainant' and closes on leaving it; the due date follows. */
function clockChanges(state: CaseState, to: CaseState['status'], now: string, context: CaseContext): Partial<CaseState> {
  let pauses: CasePause[] = state.pauses;
  if (to === 'waiting-for-complainant' && state.status !== to) pauses = [...pauses, { from: now, to: null }];
  if (state.status === 'waiting-for-complainant' && to !== state.status) {
    pauses = pauses.map((pause) => (pause.to === null ? { ...pause, to: now } : pause));
  }
  const days = resolveDaysOf(context.clocks, state.kind);
  const dueDate = days === null ? null : clockDueDate(state.startedAt, pauses, days, context.holidays);
  const changes: Partial<CaseState> = { pauses, dueDate: dueDate ?? state.dueDate };
  // Acknowledged once someone takes it on (or it goes before management) from the queue of received cases.
  if (state.status === 'received' && state.acknowledgedAt === null) changes.acknowledgedAt = now;
  if (to === 'escalated') changes.escalated = true;
  return changes;
}

/** Checks the edge's conditions in order and gathers their effects, or the first refusal. */
export function applyEdge(state: CaseState, edge: CaseEdge, move: CaseMove, actor: CaseActor, now: string, context: CaseContext): CaseEffect | CaseError {
  const changes: Partial<CaseState> = {};
  const entry: Partial<CaseHistoryEntry> = {};
  for (const condition of edge.conditions) {
    const effect = checkCondition(condition, state, move, { actor, now }, context);
    if ('code' in effect) return effect;
    Object.assign(changes, effect.changes);
    Object.assign(entry, effect.entry);
  }
  const reason = trimmed(move.reason);
  const note = trimmed(move.note);
  return {
    changes: { ...changes, ...clockChanges(state, move.to, now, context) },
    entry: { ...(reason ? { reason } : {}), ...(note ? { note } : {}), ...entry },
  };
}
