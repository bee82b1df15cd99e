/**
 * The field worker's writes during a visit, offline (policy 3.8c-d): status moves, the checklist (a failed
 * item opens a corrective action due in working days), findings, follow-up actions. Each goes through the
 * pure rule first (shared/visits) and writes nothing when it refuses.
 */
import { readHolidays } from '@renderer/db/catalog-admin';
import { riyadhDateOf } from '@shared/calendar/iso-date';
import type { VisitDoc, VisitStatus } from '@shared/db/schemas/visit.schema';
import { err, ok, type Result } from '@shared/result';
import { addFollowUp, checkVisitMove, completeAction, moveVisit, recordCheckItem, setFindings } from '@shared/visits';
import type { VisitsDeps } from './deps';
import { visitType } from './plan-visit';
import { visitReadiness } from './readiness';
import { changeVisit } from './visit-write';

const errorKey = (code: string): string => `visits.errors.${code}`;
const refused = <T>(result: Result<T, string>): Result<T, string> => (result.ok ? result : err(errorKey(result.error)));

export function moveTo(deps: VisitsDeps, id: string, to: VisitStatus, reason = ''): Promise<Result<VisitDoc, string>> {
  return changeVisit(deps, id, `visit.${to}`, async (visit) => {
    const ready = to === 'ready' ? (await visitReadiness(deps, visit)).ready : true;
    const refusal = checkVisitMove(visit, to, { actorId: deps.actor.id, roles: deps.actor.roles, ready, reason });
    if (refusal) return err(errorKey(refusal));
    const at = deps.now().toISOString();
    const moved = moveVisit(visit, to, deps.actor.id, at, reason);
    if (to === 'ready') return ok({ ...moved, readyAt: at, readyDeskId: deps.desk.deskId });
    if (to === 'in-progress') return ok({ ...moved, visitedAt: riyadhDateOf(deps.now().getTime()) });
    return ok(moved);
  });
}

/** The working-day context of a corrective action opened now. */
async function actionContext(deps: VisitsDeps, visit: VisitDoc) {
  const now = deps.now();
  const [holidays, type] = await Promise.all([readHolidays(deps.db), visitType(deps, visit.visitType)]);
  return { newId: () => crypto.randomUUID(), at: now.toISOString(), by: deps.actor.id, today: riyadhDateOf(now.getTime()), holidays, actionDays: type?.actionDays ?? 10 };
}

const assigned = (deps: VisitsDeps, visit: VisitDoc): boolean => visit.fieldWorkerId === deps.actor.id || deps.actor.roles.includes('admin');

export function recordItem(deps: VisitsDeps, id: string, key: string, result: string, note: string): Promise<Result<VisitDoc, string>> {
  return changeVisit(deps, id, 'visit.checklist', async (visit) => {
    if (!assigned(deps, visit)) return err(errorKey('visit.not-assigned'));
    if (visit.status === 'completed' || visit.status === 'cancelled') return err(errorKey('visit.not-recording'));
    return refused(recordCheckItem(visit, key, result, note, await actionContext(deps, visit)));
  });
}

export function saveFindings(deps: VisitsDeps, id: string, findings: string): Promise<Result<VisitDoc, string>> {
  return changeVisit(deps, id, 'visit.findings', (visit) => (assigned(deps, visit) ? refused(setFindings(visit, findings)) : err(errorKey('visit.not-assigned'))));
}

export function addAction(deps: VisitsDeps, id: string, text: string, ownerId: string, days: number): Promise<Result<VisitDoc, string>> {
  return changeVisit(deps, id, 'visit.action', async (visit) => {
    const { actionDays: _, ...context } = await actionContext(deps, visit);
    return refused(addFollowUp(visit, text, ownerId, days, context));
  });
}

export function markActionDone(deps: VisitsDeps, id: string, actionId: string): Promise<Result<VisitDoc, string>> {
  return changeVisit(deps, id, 'visit.action-done', (visit) => {
    const action = visit.actions.find((entry) => entry.id === actionId);
    // The owner closes their action; management may close any.
    if (action && action.ownerId !== deps.actor.id && !deps.actor.roles.some((role) => role === 'admin' || role === 'manager')) return err(errorKey('visit.not-allowed'));
    return refused(completeAction(visit, actionId, deps.now().toISOString()));
  });
}
