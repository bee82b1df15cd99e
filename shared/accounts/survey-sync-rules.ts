/**
 * The surveys' sync rules (policy 3.8). Questionnaires and campaigns are definitions every desk needs
 * (a field worker takes a questionnaire into the field, any desk asks the short rating); a task reaches
 * the desk it was drawn on and the staff member it is assigned to; answers are personal (who said what
 * about the service) and reach the desk that took them and management, who read the results.
 * Designing questionnaires and running campaigns is management's (the quality officer holds the
 * manager role): other roles may only work tasks and record answers.
 */
import type { Role } from '../staff/roles';
import type { Actor } from './claims';
import type { PushRefusal } from './push-policy';

type Doc = Record<string, unknown>;

/** Roles that see every task and answer and may design questionnaires and campaigns. */
export const SURVEY_OVERSEERS: readonly Role[] = ['admin', 'manager'];

const DEFINITIONS: readonly unknown[] = ['questionnaire', 'campaign'];

export const isSurveyOverseer = (roles: readonly Role[]): boolean => roles.some((role) => SURVEY_OVERSEERS.includes(role));

/** Whether one surveys document reaches this account's desk. */
export function surveyAllows(actor: Pick<Actor, 'id' | 'roles' | 'deskId'>, doc: Doc): boolean {
  if (DEFINITIONS.includes(doc.kind) || isSurveyOverseer(actor.roles)) return true;
  if (doc.deskId === actor.deskId) return true;
  return doc.kind === 'task' && doc.assignedTo === actor.id;
}

/** Actors with the same key receive the same surveys batch. */
export function surveyViewKey(actor: Pick<Actor, 'id' | 'roles' | 'deskId'>): string {
  return isSurveyOverseer(actor.roles) ? 'all' : `surveys:${actor.id}:${actor.deskId}`;
}

/** Definitions are written by management only; tasks and answers by whoever may push surveys at all. */
export function checkSurveyPush(actor: Actor, from: Doc | null, next: Doc): PushRefusal | null {
  const definition = DEFINITIONS.includes(next.kind) || (from !== null && DEFINITIONS.includes(from.kind));
  if (definition && !isSurveyOverseer(actor.roles)) {
    return { code: 'push.forbidden', message: 'Only management designs questionnaires and campaigns' };
  }
  if (from && from._deleted !== true && from.kind !== next.kind) {
    return { code: 'push.forbidden', message: 'A survey document keeps its kind' };
  }
  return null;
}
