import { map, type Observable } from 'rxjs';
import { appendAudit } from '@renderer/stores/audit-log';
import type { BeneficiaryDoc } from '@shared/db/schemas/beneficiary.schema';
import type { SaveDeps } from './deps';

/**
 * Reads a file for display and records the opening in the audit log (policy 3.6(b): who saw
 * whose data, and when). Null when there is no such file; nothing is recorded then.
 */
export async function openBeneficiary(deps: Pick<SaveDeps, 'db' | 'actor' | 'desk' | 'now'>, id: string): Promise<BeneficiaryDoc | null> {
  const doc = await deps.db.beneficiaries.findOne(id).exec();
  if (!doc) return null;
  await appendAudit(
    deps.db,
    { actorId: deps.actor.id, action: 'beneficiary.open', entity: 'beneficiaries', entityId: id, fields: [], deskId: deps.desk.deskId },
    deps.now(),
  );
  return doc.toMutableJSON();
}

/**
 * The file as it is now and at every later change (another desk's edit pulled by sync, a
 * merge, a conflict resolved): a view of a file follows it instead of keeping the copy it was
 * opened with. Null once the file is gone. Reading it again records nothing: the opening was
 * audited by openBeneficiary.
 */
export function followBeneficiary(db: SaveDeps['db'], id: string): Observable<BeneficiaryDoc | null> {
  return db.beneficiaries.findOne(id).$.pipe(map((doc) => (doc ? doc.toMutableJSON() : null)));
}
