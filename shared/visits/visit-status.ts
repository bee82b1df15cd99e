/**
 * The statuses of a supervisory visit (policy 3.8c) as a table: one row per edge, who may take it, and
 * what must hold. Pure: the desk checks a move here before writing it.
 *
 *   planned → ready → in-progress → completed;  planned/ready → cancelled (by management, with a reason).
 *   'ready' is the field worker's desk holding everything the visit needs (ready-offline.ts); a visit may
 *   also start from 'planned' (the worker is at the door): readiness is advice, the record still matters.
 */
import type { Role } from '../staff/roles';
import type { VisitDoc, VisitStatus } from '../db/schemas/visit.schema';

export type VisitCondition =
  | 'assigned' // the actor is the visit's field worker
  | 'ready-offline' // nothing the visit needs is missing on the desk
  | 'checklist-done' // every checklist item has a result
  | 'reason'; // a reason is given

export type VisitEdge = { from: readonly VisitStatus[]; to: VisitStatus; roles: readonly Role[]; conditions: readonly VisitCondition[] };

const MANAGERS: readonly Role[] = ['manager'];
const WORKERS: readonly Role[] = ['field-worker'];

export const VISIT_EDGES: readonly VisitEdge[] = [
  { from: ['planned'], to: 'ready', roles: WORKERS, conditions: ['assigned', 'ready-offline'] },
  { from: ['planned', 'ready'], to: 'in-progress', roles: WORKERS, conditions: ['assigned'] },
  { from: ['in-progress'], to: 'completed', roles: WORKERS, conditions: ['assigned', 'checklist-done'] },
  { from: ['planned', 'ready'], to: 'cancelled', roles: MANAGERS, conditions: ['reason'] },
];

/** Statuses in which the field worker still records (offline): checklist, findings, photos, interviews. */
export const RECORDING_STATUSES: readonly VisitStatus[] = ['planned', 'ready', 'in-progress'];

export function visitEdge(from: VisitStatus, to: VisitStatus): VisitEdge | null {
  return VISIT_EDGES.find((edge) => edge.to === to && edge.from.includes(from)) ?? null;
}

export type VisitMoveError = 'visit.bad-transition' | 'visit.not-allowed' | 'visit.not-assigned' | 'visit.not-ready' | 'visit.checklist-incomplete' | 'visit.reason-required';

export type VisitMove = { actorId: string; roles: readonly Role[]; ready: boolean; reason: string };

/** Null when the move may be made; else why not (an i18n key under visits.errors). */
export function checkVisitMove(visit: Pick<VisitDoc, 'status' | 'fieldWorkerId' | 'checklist'>, to: VisitStatus, move: VisitMove): VisitMoveError | null {
  const edge = visitEdge(visit.status, to);
  if (!edge) return 'visit.bad-transition';
  const admin = move.roles.includes('admin');
  if (!admin && !edge.roles.some((role) => move.roles.includes(role))) return 'visit.not-allowed';
  for (const condition of edge.conditions) {
    if (condition === 'assigned' && !admin && visit.fieldWorkerId !== move.actorId) return 'visit.not-assigned';
    if (condition === 'ready-offline' && !move.ready) return 'visit.not-ready';
    if (condition === 'checklist-done' && visit.checklist.some((item) => item.result === null)) return 'visit.checklist-incomplete';
    if (condition === 'reason' && move.reason.trim() === '') return 'visit.reason-required';
  }
  return null;
}

/** The visit after the move (history appended); call checkVisitMove first. */
export function moveVisit<V extends VisitDoc>(visit: V, to: VisitStatus, by: string, at: string, reason = ''): V {
  return { ...visit, status: to, history: [...visit.history, { from: visit.status, to, by, at, reason: reason.trim() }] };
}
