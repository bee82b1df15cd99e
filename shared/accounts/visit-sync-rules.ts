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

/** The (field worker, file) pair an open visit assigns; null when it assigns none (a cancelled or completed visit no longer needs its file). */
function assignedPair(visit: SyncDocument | undefined): { fieldWorkerId: string; beneficiaryId: string } | null {
  if (!visit || visit._deleted === true) return null;
  if (visit.status === 'cancelled' || visit.status === 'completed') return null;
  const { fieldWorkerId, beneficiaryId } = visit;
  if (typeof fieldWorkerId !== 'string' || typeof beneficiaryId !== 'string' || beneficiaryId === '') return null;
  return { fieldWorkerId, beneficiaryId };
}

/**
 * The beneficiary files an assigned field worker needs for its open visits, from the stored visits
 * (any state the server holds).
 */
export function visitFilesOf(actor: Actor, visits: readonly SyncDocument[]): Set<string> {
  const files = new Set<string>();
  for (const visit of visits) {
    const pair = assignedPair(visit);
    if (pair?.fieldWorkerId === actor.id) files.add(pair.beneficiaryId);
  }
  return files;
}

/**
 * The files a write of visits newly sends to a field worker: those of the written visits whose
 * (field worker, file) pair the stored state did not assign (a visit planned or reopened, its field
 * worker or its beneficiary changed). The file usually reached the server long before the visit was
 * planned, below the field worker's pull checkpoint: the server sends it again (document-store.ts).
 * @param before the stored state of each written visit by id, absent for a new one
 */
export function filesNewlyAssigned(before: ReadonlyMap<string, SyncDocument>, written: readonly SyncDocument[]): string[] {
  const files = new Set<string>();
  for (const visit of written) {
    const next = assignedPair(visit);
    if (next === null) continue;
    const previous = assignedPair(before.get(String(visit.id)));
    if (previous?.fieldWorkerId !== next.fieldWorkerId || previous.beneficiaryId !== next.beneficiaryId) files.add(next.beneficiaryId);
  }
  return [...files];
}
