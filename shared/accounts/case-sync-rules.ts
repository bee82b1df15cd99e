/**
 * The cases' sync rules: whether a case reaches a session, how it leaves a desk, and who may move it.
 * - Reaching: the role's scope (pull-filters.ts) AND the case's own rules (shared/cases/case-visibility.ts):
 *   a case about staff member X never reaches X's sessions; a sensitive case reaches management and its
 *   officer only.
 * - Leaving: a case that leaves a desk's view (reassigned, marked sensitive, a conflict named) would
 *   otherwise stay on that desk as it last was. So when no one
 *   signed in on the desk may see it any more, the desk gets a TOMBSTONE: the case id, deleted, every other
 *   field a fixed placeholder (schema-valid, so the desk's RxDB takes it; nothing of the case travels).
 *   When someone else signed in on that desk still may see it, the desk keeps it and hides it from the
 *   one who may not (a shared reception PC): nothing is sent for it.
 * - Moving: the status machine's "who" column on the server (like request-moves.ts): the history only
 *   grows, each new entry is an edge, made by someone whose role may take it, never by someone it concerns.
 */
import { caseEdge, isCaseStatus } from '../cases/case-status';
import { CASE_OVERSEERS } from '../cases/case-visibility';
import { isCompensationKind, mayViewCompensation, seesOrdinaryCases } from '../compensation/compensation-visibility';
import { checkCompensationPush } from '../compensation/compensation-push';
import { checkDataRequestPush, isDataRequestKind } from './data-request-push';
import type { SyncDocument } from '../sync/protocol';
import { jsonEqual } from '../sync/deep-equal';
import type { Actor } from './claims';
import type { PushRefusal } from './push-policy';

type Doc = Record<string, unknown>;

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

/** The case's own rules for one account (the role scope is pull-filters.ts'). */
export function caseAllows(actor: Pick<Actor, 'id' | 'roles'>, doc: Doc): boolean {
  if (strings(doc.concernsStaffIds).includes(actor.id)) return false;
  // Policy 3.4: compensation reaches the committee and management only; a committee member sees nothing else.
  if (isCompensationKind(doc.kind)) return mayViewCompensation(actor, strings(doc.concernsStaffIds));
  if (!seesOrdinaryCases(actor.roles)) return false;
  if (doc.sensitive !== true) return true;
  return actor.roles.some((role) => CASE_OVERSEERS.includes(role)) || (doc.officerId !== '' && doc.officerId === actor.id);
}

const PLACEHOLDER = '-';

/** A deleted case that says nothing but its id: what a desk gets for a case leaving its view. */
export function caseTombstone(id: string): SyncDocument {
  return {
    id, caseNumber: PLACEHOLDER, kind: 'complaint', category: '', description: PLACEHOLDER, beneficiaryId: '',
    complainant: { name: '', mobile: '', email: '' }, proposedLink: { nationalId: '', mobile: '' }, linkReview: 'none',
    channel: PLACEHOLDER, subChannel: PLACEHOLDER, replyChannel: '', replySubChannel: '', priority: 'normal', domain: '',
    unitId: '', officerId: '', concernsStaffIds: [], sensitive: false, status: 'closed', escalated: false, history: [],
    startedAt: PLACEHOLDER, pauses: [], acknowledgeDueDate: null, acknowledgedAt: null, dueDate: null, attachments: [],
    interactionIds: [], resolution: null, appealOf: '', checkCodeHash: '', source: 'desk', createdAt: PLACEHOLDER,
    createdBy: PLACEHOLDER, updatedAt: PLACEHOLDER, updatedBy: PLACEHOLDER, deskId: PLACEHOLDER, _deleted: true,
  };
}

type Entry = { from?: unknown; to?: unknown; by?: unknown; officerId?: unknown };
const history = (doc: Doc | null): Entry[] => (doc && doc._deleted !== true && Array.isArray(doc.history) ? (doc.history as Entry[]) : []);
const refuse = (code: PushRefusal['code'], message: string): PushRefusal => ({ code, message });

function moveRoleProblem(mover: Actor, to: unknown, from: unknown, officerId: unknown): PushRefusal | null {
  if (!isCaseStatus(from) || !isCaseStatus(to)) return refuse('push.bad-transition', 'Unknown case status');
  const edge = caseEdge(from, to);
  if (!edge) return refuse('push.bad-transition', `No move from ${from} to ${to}`);
  if (mover.roles.includes('admin') || edge.roles === 'any-staff') return null;
  const held = mover.roles.filter((role) => (edge.roles as readonly string[]).includes(role));
  if (held.length === 0) return refuse('push.transition-role', 'Your roles may not make this move');
  const bound = edge.officerBound ?? [];
  if (held.some((role) => !bound.includes(role)) || officerId === mover.id) return null;
  return refuse('push.transition-role', 'This move belongs to the case officer');
}

/**
 * Judges a pushed case: the actor may see the state it starts from; its history only grew; every new
 * entry chains from the status before it, is an edge of the machine, and was made by someone (the
 * pusher or a colleague who signed in on the desk) whose role may take it and whom the case does not
 * concern; the status is where the history ends. The edges' data conditions are the desk's business.
 */
export function checkCasePush(actor: Actor, from: Doc | null, next: Doc, movers: (id: string) => Actor | null): PushRefusal | null {
  if (from && from._deleted !== true && !caseAllows(actor, from)) return refuse('push.forbidden', 'This case is not yours to change');
  const wasCompensation = from && from._deleted !== true && isCompensationKind(from.kind);
  if (wasCompensation || isCompensationKind(next.kind)) {
    if (!caseAllows(actor, next) || (wasCompensation && !isCompensationKind(next.kind))) return refuse('push.forbidden', 'This case is not yours to change');
    return checkCompensationPush(from && from._deleted !== true ? from : null, next, movers);
  }
  if (!seesOrdinaryCases(actor.roles)) return refuse('push.forbidden', 'Your roles may not change this case');
  const live = from && from._deleted !== true ? from : null;
  if (isDataRequestKind(next.kind) || (live && isDataRequestKind(live.kind))) return checkDataRequestPush(live, next);
  const before = history(from);
  const after = history(next);
  if (after.length < before.length || before.some((entry, i) => !jsonEqual(entry, after[i]))) {
    return refuse('push.history-rewritten', 'A case history only grows');
  }
  let status: unknown = from && from._deleted !== true ? from.status : 'received';
  let officerId: unknown = from && from._deleted !== true ? from.officerId : '';
  const concerned = strings(next.concernsStaffIds);
  for (const entry of after.slice(before.length)) {
    if (entry.from !== status) return refuse('push.bad-transition', 'History entries must chain from the current status');
    const mover = typeof entry.by === 'string' ? movers(entry.by) : null;
    if (!mover) return refuse('push.transition-actor', 'A move is pushed only by the one who made it, or from the desk they signed in on');
    if (concerned.includes(mover.id)) return refuse('push.transition-role', 'A case is never moved by someone it concerns');
    const problem = moveRoleProblem(mover, entry.to, entry.from, officerId);
    if (problem) return problem;
    if (entry.to === 'assigned' && typeof entry.officerId === 'string') officerId = entry.officerId;
    status = entry.to;
  }
  if (next.status !== status) return refuse('push.bad-transition', 'The status must be where the history ends');
  if (typeof next.officerId === 'string' && next.officerId !== '' && concerned.includes(next.officerId)) {
    return refuse('push.transition-role', 'A case is never assigned to someone it concerns');
  }
  return null;
}
