/**
 * Recording the checklist in the field (policy 3.8c). A failed item ('not-met') opens a corrective action
 * with an owner and a working-day due date (shared/calendar: Sunday–Thursday minus the holiday table);
 * an item changed back before the visit is completed drops the open action it had opened (a mis-tap in the
 * field is not a finding). Pure: ids, clock and holidays are passed in.
 */
import type { HolidayRange } from '../calendar/holidays';
import type { IsoDate } from '../calendar/iso-date';
import { addWorkingDays } from '../calendar/working-days';
import { CHECK_RESULTS, VISIT_LIMITS, type CheckResult, type VisitAction, type VisitDoc } from '../db/schemas/visit.schema';
import { err, ok, type Result } from '../result';

export type ChecklistError = 'visit.unknown-item' | 'visit.bad-result' | 'visit.note-too-long' | 'visit.note-required' | 'visit.too-many-actions';

/** Who owns a corrective action and when it is due: the owner chosen, else the manager who planned the visit. */
export type ActionContext = { newId: () => string; at: string; by: string; today: IsoDate; holidays: readonly HolidayRange[]; actionDays: number; ownerId?: string };

/** The due date of an action opened today: working day `days` after today (day 1 is the next working day). */
export function actionDueDate(today: IsoDate, days: number, holidays: readonly HolidayRange[]): IsoDate {
  return addWorkingDays(today, days, holidays);
}

/**
 * Records one item. A failed item needs a note (what was not met: the corrective action's text starts from it).
 */
export function recordCheckItem(visit: VisitDoc, key: string, result: string, note: string, context: ActionContext): Result<VisitDoc, ChecklistError> {
  const item = visit.checklist.find((entry) => entry.key === key);
  if (!item) return err('visit.unknown-item');
  if (!(CHECK_RESULTS as readonly string[]).includes(result)) return err('visit.bad-result');
  const trimmed = note.trim();
  if (trimmed.length > VISIT_LIMITS.note) return err('visit.note-too-long');
  if (result === 'not-met' && trimmed === '') return err('visit.note-required');
  const checklist = visit.checklist.map((entry) => (entry.key === key ? { ...entry, result: result as CheckResult, note: trimmed } : entry));
  const actions = correctiveActions(visit.actions, key, result as CheckResult, `${item.labelAr}: ${trimmed}`, { ...context, ownerId: context.ownerId ?? visit.createdBy });
  if (actions.length > VISIT_LIMITS.actions) return err('visit.too-many-actions');
  return ok({ ...visit, checklist, actions });
}

function correctiveActions(actions: readonly VisitAction[], key: string, result: CheckResult, text: string, context: ActionContext & { ownerId: string }): VisitAction[] {
  const open = actions.find((action) => action.itemKey === key && action.status === 'open');
  if (result !== 'not-met') return actions.filter((action) => action !== open);
  if (open) return actions.map((action) => (action === open ? { ...action, text: text.slice(0, VISIT_LIMITS.actionText) } : action));
  return [...actions, {
    id: context.newId(),
    itemKey: key,
    text: text.slice(0, VISIT_LIMITS.actionText),
    ownerId: context.ownerId,
    dueDate: actionDueDate(context.today, context.actionDays, context.holidays),
    status: 'open',
    createdAt: context.at,
    createdBy: context.by,
    doneAt: null,
  }];
}

export type ActionError = 'visit.action-text-required' | 'visit.action-text-too-long' | 'visit.action-owner-required' | 'visit.action-days' | 'visit.too-many-actions' | 'visit.unknown-action';

/** A follow-up action the field worker or a manager adds (no checklist item behind it). */
export function addFollowUp(visit: VisitDoc, text: string, ownerId: string, days: number, context: Omit<ActionContext, 'actionDays' | 'ownerId'>): Result<VisitDoc, ActionError> {
  const trimmed = text.trim();
  if (trimmed === '') return err('visit.action-text-required');
  if (trimmed.length > VISIT_LIMITS.actionText) return err('visit.action-text-too-long');
  if (ownerId === '') return err('visit.action-owner-required');
  if (!Number.isInteger(days) || days < 1 || days > 120) return err('visit.action-days');
  if (visit.actions.length >= VISIT_LIMITS.actions) return err('visit.too-many-actions');
  const action: VisitAction = {
    id: context.newId(), itemKey: '', text: trimmed, ownerId, dueDate: actionDueDate(context.today, days, context.holidays),
    status: 'open', createdAt: context.at, createdBy: context.by, doneAt: null,
  };
  return ok({ ...visit, actions: [...visit.actions, action] });
}

/** The owner (or a manager) marks an action done. */
export function completeAction(visit: VisitDoc, actionId: string, at: string): Result<VisitDoc, ActionError> {
  if (!visit.actions.some((action) => action.id === actionId)) return err('visit.unknown-action');
  return ok({ ...visit, actions: visit.actions.map((action) => (action.id === actionId ? { ...action, status: 'done' as const, doneAt: at } : action)) });
}

/** Open actions past their due date on `today` (the manager's follow-up list). */
export function overdueActions(visit: Pick<VisitDoc, 'actions'>, today: IsoDate): VisitAction[] {
  return visit.actions.filter((action) => action.status === 'open' && action.dueDate < today);
}
