/**
 * Decides whether one pushed row may be written by an actor. Pure: the server passes the state the
 * row would be written over (`from`: null for a new document). A row that would only conflict is
 * never written, so the server checks each state the write could actually start from.
 */
import { checkAuthorship } from './authorship';
import type { Actor } from './claims';
import { mayPush, type Operation } from './push-rights';
import { checkRequestHistory } from './request-moves';
import { checkCasePush } from './case-sync-rules';
import { checkSurveyPush } from './survey-sync-rules';

export type PushRefusalCode =
  | 'push.forbidden'
  | 'push.other-desk'
  | 'push.not-own-actor'
  | 'push.not-own-author'
  | 'push.history-rewritten'
  | 'push.bad-transition'
  | 'push.transition-role'
  | 'push.transition-unit'
  | 'push.transition-actor'
  | 'push.server-only';

export type PushRefusal = { code: PushRefusalCode; message: string };

type Doc = Record<string, unknown>;

/**
 * The other staff a desk may push for: accounts that have signed in on this desk (the server knows
 * their sessions there). A shared reception PC queues changes by several people while offline, and
 * pushes them later under whoever is signed in then; each change is judged with its own author's
 * roles, never the pusher's. Null for anyone who never signed in on this desk.
 */
export type Colleagues = (accountId: string) => Actor | null;
const nobody: Colleagues = () => null;

/** Whose change a row is: the audit entry's actor, else the document's last writer. */
export function authorOf(collection: string, next: Doc): unknown {
  return collection === 'audit' ? next.actorId : next.updatedBy;
}

export function operationOf(from: Doc | null, next: Doc): Operation {
  const deleting = next._deleted === true;
  if (!from || from._deleted === true) return deleting ? 'delete' : 'create';
  return deleting ? 'delete' : 'update';
}

export function checkPush(pusher: Actor, collection: string, from: Doc | null, next: Doc, colleagues: Colleagues = nobody): PushRefusal | null {
  const author = authorOf(collection, next);
  const actor = typeof author === 'string' && author !== pusher.id ? (colleagues(author) ?? pusher) : pusher;
  const operation = operationOf(from, next);
  if (!mayPush(actor.roles, collection, operation)) {
    return { code: 'push.forbidden', message: `Your roles may not ${operation} ${collection}` };
  }
  // A desk writes as itself: a new document carries its desk; an edit keeps the document's desk or takes its own.
  const deskId = next.deskId;
  if (deskId !== actor.deskId && (operation === 'create' || deskId !== from?.deskId)) {
    return { code: 'push.other-desk', message: 'The document claims another desk' };
  }
  if (collection === 'audit' && (next.actorId !== actor.id || next.updatedBy !== actor.id)) {
    return { code: 'push.not-own-actor', message: 'An audit entry is pushed only by its own actor' };
  }
  // Delivery outcomes are the server's own record of what the provider said (server/outbox/): a desk
  // that could push one could mark a notice delivered that never went out.
  if (collection === 'interactions' && next.kind === 'delivery') {
    return { code: 'push.server-only', message: 'Delivery outcomes are written by the server only' };
  }
  const authorship = checkAuthorship(pusher, collection, from, next, (id) => colleagues(id) !== null);
  if (authorship) return authorship;
  if (collection === 'requests' && operation !== 'delete') {
    return checkRequestHistory(actor, from, next, (id) => (id === actor.id ? actor : id === pusher.id ? pusher : colleagues(id)));
  }
  if (collection === 'surveys' && operation !== 'delete') return checkSurveyPush(actor, from, next);
  if (collection === 'cases' && operation !== 'delete') {
    return checkCasePush(actor, from, next, (id) => (id === actor.id ? actor : id === pusher.id ? pusher : colleagues(id)));
  }
  return null;
}
