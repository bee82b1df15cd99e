/**
 * The status machine's "who" column on the server: a pushed request may only have gained history
 * entries (never lost or changed one), each new entry must be an edge of the machine taken by the
 * pushing actor with a role the edge allows, and the status must be where the history ends. The
 * rule's other conditions (completeness, signatures, reasons) are the desk's business: the server
 * guards authority, not data entry.
 */
import { jsonEqual } from '../sync/deep-equal';
import { ruleFor } from '../intake/transition-rules';
import { isRequestStatus } from '../intake/request-status';
import type { Actor } from './claims';
import type { PushRefusal } from './push-policy';

type Doc = Record<string, unknown>;
type Entry = { from?: unknown; to?: unknown; by?: unknown; unitId?: unknown };

const history = (doc: Doc | null): Entry[] => (doc && Array.isArray(doc.history) ? (doc.history as Entry[]) : []);

const refuse = (code: PushRefusal['code'], message: string): PushRefusal => ({ code, message });

/**
 * @param movers who made each new move, by account id (the pusher, or a colleague who signed in on
 *   the same desk): every move is judged with the roles of the one who made it.
 */
export function checkRequestHistory(actor: Actor, from: Doc | null, next: Doc, movers: (id: string) => Actor | null = (id) => (id === actor.id ? actor : null)): PushRefusal | null {
  const before = from && from._deleted !== true ? history(from) : [];
  const after = history(next);
  if (after.length < before.length || before.some((entry, i) => !jsonEqual(entry, after[i]))) {
    return refuse('push.history-rewritten', 'A request history only grows');
  }
  // A new request starts as a draft; offline, it may have moved on before its first push.
  let status: unknown = from && from._deleted !== true ? from.status : 'draft';
  let unitId: unknown = from?.unitId ?? null;
  for (const entry of after.slice(before.length)) {
    if (!isRequestStatus(entry.from) || !isRequestStatus(entry.to) || entry.from !== status) {
      return refuse('push.bad-transition', 'History entries must chain from the current status');
    }
    const rule = ruleFor(entry.from, entry.to);
    if (!rule) return refuse('push.bad-transition', `No move from ${entry.from} to ${entry.to}`);
    const mover = typeof entry.by === 'string' ? movers(entry.by) : null;
    if (!mover) return refuse('push.transition-actor', 'A move is pushed only by the one who made it, or from the desk they signed in on');
    if (typeof entry.unitId === 'string' && entry.unitId !== '') unitId = entry.unitId;
    const problem = roleProblem(mover, rule.roles, rule.unitBoundRoles ?? [], unitId);
    if (problem) return problem;
    status = entry.to;
  }
  if (next.status !== status) return refuse('push.bad-transition', 'The status must be where the history ends');
  return null;
}

function roleProblem(actor: Actor, roles: readonly string[] | 'any-staff', unitBound: readonly string[], unitId: unknown): PushRefusal | null {
  if (actor.roles.includes('admin') || roles === 'any-staff') return null;
  const held = actor.roles.filter((role) => roles.includes(role));
  if (held.length === 0) return refuse('push.transition-role', 'Your roles may not make this move');
  // A unit-bound role counts only within its units; any other qualifying role (e.g. manager) counts everywhere.
  const free = held.some((role) => !unitBound.includes(role));
  const inUnit = typeof unitId === 'string' && actor.unitIds.includes(unitId);
  if (!free && !inUnit) return refuse('push.transition-unit', 'This move belongs to the request unit');
  return null;
}

