import type { WaslDatabase } from '@renderer/db/database';
import { forgetAuditChainHead } from '@renderer/stores/audit-log';

/**
 * Called only when the desk has no settings document. Any staff or audit documents then come
 * from a setup that stopped before its last write; removing them keeps "nothing half-saved" true.
 */
export async function discardInterruptedSetup(db: WaslDatabase): Promise<void> {
  await db.staff.find().remove();
  await db.audit.find().remove();
  await forgetAuditChainHead(db);
}
