/**
 * The visits' sync rules (policy 3.8c). A field worker carries a laptop into homes: it receives only the
 * visits it is assigned to and, beyond the files registered on its own desk, the files of the
 * beneficiaries those visits go to (the server loads their ids once per request: visitFilesOf).
 * Management and the follow-up officers see every visit (they plan them and follow the corrective actions).
 */
import type { SyncDocument } from '../sync/protocol';
import type { Actor } from './claims';

export const VISITS_COLLECTION = 'visits';

/** Roles that plan visits or follow their corrective actions: they see every visit. */
const VISIT_OVERSEERS: readonly string[] = ['admin', 'manager', 'follow-up-officer', 'liaison-officer'];

/** True when none of the actor's roles oversees visits: it sees only the visits it is assigned to. */
export function seesOnlyOwnVisits(actor: Actor): boolean {
  return !actor.roles.some((role) => VISIT_OVERSEERS.includes(role));
}

/** Whether a visit reaches this actor, given its role's scope is not 'none'. */
export function visitAllows(actor: Actor, doc: SyncDocument): boolean {
  return !seesOnlyOwnVisits(actor) || doc.fieldWorkerId === actor.id;
}

/**
 * The beneficiary files an assigned field worker needs for its open visits, from the stored visits
 * (any state the server holds; a cancelled or completed visit no longer needs its file).
 */
export function visitFilesOf(actor: Actor, visits: readonly SyncDocument[]): Set<string> {
  const files = new Set<string>();
  for (const visit of visits) {
    if (visit._deleted === true || visit.fieldWorkerId !== actor.id) continue;
    if (visit.status === 'cancelled' || visit.status === 'completed') continue;
    if (typeof visit.beneficiaryId === 'string' && visit.beneficiaryId !== '') files.add(visit.beneficiaryId);
  }
  return files;
}
