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
  return doc.toMutableJSON() as BeneficiaryDoc;
}
