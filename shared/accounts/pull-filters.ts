/**
 * Pull filters: what of each collection reaches a desk, by the roles of the account syncing it.
 * Pure: the server applies it to every pull and stream batch. A document a role may not see in full
 * is left out. No desk receives another desk's files cut down to the duplicate-check fields any more
 * (PDPL's data minimisation principle, policy 3.6b): the only role that got them was the field worker,
 * and at a million files that is a million people's national IDs and mobiles on a laptop carried into
 * homes. A field worker's new file is checked against other desks' files by the server instead: on
 * push (server/sync/duplicates.ts) and, when online, while it is typed (POST /registry/duplicate-check,
 * which answers with projectDuplicateCheck's fields of the matches only).
 */
import type { SyncDocument } from '../sync/protocol';
import type { Role } from '../staff/roles';
import type { Actor } from './claims';
import { caseAllows, caseTombstone } from './case-sync-rules';
import { seesOnlyOwnVisits, visitAllows } from './visit-sync-rules';
import { surveyAllows, surveyViewKey } from './survey-sync-rules';
import { isAckDocument } from '../policy/acknowledgement';

export type PullView = 'full' | 'none';

/**
 * What decideDuplicates (shared/registry/duplicates.ts) compares, plus identity and bookkeeping: all an
 * online duplicate lookup answers about another desk's file (server/http/registry-routes.ts).
 */
export const DUPLICATE_CHECK_FIELDS: readonly string[] = [
  'id', 'fileNumber', 'name', 'fullName', 'nationalId', 'birthDate', 'mobiles', 'deskId', 'updatedAt', 'updatedBy', '_deleted',
];

type Scope = 'all' | 'own-desk' | 'none';

const NO_FILES: ReadonlySet<string> = new Set();

/** Per collection: roles that see less than everything. Unlisted roles and collections: all. */
const LIMITS: Readonly<Record<string, Partial<Record<Role, Scope>>>> = {
  // A field worker carries a laptop into homes: only the files registered on its own desk (and those its
  // visits go to), in full; nothing of the others (data minimisation, policy 3.6b).
  beneficiaries: { 'field-worker': 'own-desk' },
  requests: { 'field-worker': 'none' },
  declarations: { 'field-worker': 'none' },
  interactions: { 'field-worker': 'own-desk' },
  // Cases (policy 3.5, 3.6b): reception, the officers and management (reception records them and answers
  // the complainant who asks at the counter, as for requests); each case's own rules (conflict of interest,
  // sensitive) apply on top (case-sync-rules.ts). Field workers get none; committee members only the
  // compensation cases (policy 3.4), which reach no one but them, management and admin (case-sync-rules.ts).
  cases: { 'field-worker': 'none' },
  // Supervisory visits (policy 3.8c): a field worker only its own (visit-sync-rules.ts); committees none.
  visits: { 'committee-member': 'none', receptionist: 'none' },
  // Surveys (policy 3.8): committee members take no part; each document's own rules apply (survey-sync-rules.ts).
  surveys: { 'committee-member': 'none' },
  // The audit trail is read by the administration; a desk keeps its own entries anyway.
  audit: {
    receptionist: 'own-desk', 'field-worker': 'own-desk', 'follow-up-officer': 'own-desk',
    'liaison-officer': 'own-desk', 'committee-member': 'own-desk',
  },
};

const RANK: Record<Scope, number> = { none: 0, 'own-desk': 1, all: 2 };

/** The widest scope any of the roles has (a staff member may hold several). */
export function scopeOf(roles: readonly Role[], collection: string): Scope {
  const limits = LIMITS[collection];
  if (!limits || roles.includes('admin')) return 'all';
  let best: Scope = 'none';
  for (const role of roles) {
    const scope = limits[role] ?? 'all';
    if (RANK[scope] > RANK[best]) best = scope;
  }
  return best;
}

/**
 * @param visitFiles the beneficiaries the actor's assigned visits go to (visit-sync-rules.ts): a field
 *   worker receives those files in full although they were registered on another desk.
 */
export function pullView(actor: Actor, collection: string, doc: SyncDocument, visitFiles: ReadonlySet<string> = NO_FILES): PullView {
  const scope = scopeOf(actor.roles, collection);
  // Policy acknowledgements (Art. 4) reach every desk: a member signs once, not once per desk.
  // The same for every actor, so pullViewKey's grouping still holds.
  const inScope = scope === 'all'
    || (scope === 'own-desk' && (doc.deskId === actor.deskId || (collection === 'beneficiaries' && visitFiles.has(String(doc.id)))))
    || (collection === 'audit' && isAckDocument(doc));
  if (collection === 'surveys') return inScope && surveyAllows(actor, doc) ? 'full' : 'none';
  if (inScope && (collection !== 'cases' || caseAllows(actor, doc)) && (collection !== 'visits' || visitAllows(actor, doc))) return 'full';
  return 'none';
}

export function projectDuplicateCheck(doc: SyncDocument): SyncDocument {
  const out: SyncDocument = { _deleted: doc._deleted };
  for (const key of DUPLICATE_CHECK_FIELDS) if (key in doc) out[key] = doc[key];
  return out;
}

/**
 * Actors with the same key receive the same filtered batch of `collection` (filterPulled depends on
 * nothing else), so a server may filter and encode a live batch once per key instead of per desk.
 */
export function pullViewKey(actor: Actor, collection: string, visitFiles: ReadonlySet<string> = NO_FILES): string {
  // A case's view depends on who asks (conflicts, its officer) and who else holds the desk.
  if (collection === 'cases') return `cases:${actor.id}:${actor.deskId}`;
  // A field worker's visits are its own; its files include those its visits go to.
  if (collection === 'visits') return `visits:${seesOnlyOwnVisits(actor) ? actor.id : 'all'}`;
  if (collection === 'beneficiaries' && visitFiles.size > 0) return `files:${actor.id}:${actor.deskId}:${[...visitFiles].sort().join(',')}`;
  // Tasks follow their desk and assignee; answers their desk (survey-sync-rules.ts).
  if (collection === 'surveys') return surveyViewKey(actor);
  const scope = scopeOf(actor.roles, collection);
  if (scope === 'all') return 'all';
  return `${scope}:${scope === 'own-desk' ? actor.deskId : ''}`;
}

/**
 * The documents of a pull or stream batch as this actor may receive them (order kept).
 * @param holders the other accounts signed in on the actor's desk: a case none of them may see either
 *   leaves the desk (a tombstone, case-sync-rules.ts); one they may see stays there, unsent.
 * @param visitFiles see pullView
 */
export function filterPulled(
  actor: Actor, collection: string, docs: readonly SyncDocument[], holders: readonly Actor[] = [], visitFiles: ReadonlySet<string> = NO_FILES,
): SyncDocument[] {
  const out: SyncDocument[] = [];
  for (const doc of docs) {
    const view = pullView(actor, collection, doc, visitFiles);
    if (view === 'full') out.push(doc);
    else if (collection === 'cases' && leavesDesk(actor, doc, holders)) out.push(caseTombstone(String(doc.id)));
  }
  return out;
}

/** A role that never sees cases never held one: it gets no tombstones (nothing to remove). */
function leavesDesk(actor: Actor, doc: SyncDocument, holders: readonly Actor[]): boolean {
  if (scopeOf(actor.roles, 'cases') === 'none') return false;
  return !holders.some((holder) => pullView(holder, 'cases', doc) === 'full');
}
