/**
 * An admin publishes a policy version (Art. 4): one catalog entry (the catalog is the
 * administration's, push rights: admins only) and its audit entry. Nothing is written when the
 * input is refused.
 */
import type { WaslDatabase } from '@renderer/db/database';
import { appendAudit } from '@renderer/stores/audit-log';
import { PUBLISH_ACTION, policyToCatalog, publishVersion, type PolicyVersion, type PublishErrors, type PublishInput } from '@shared/policy';
import type { Result } from '@shared/result';
import { readPolicyVersions } from './policy-queries';

export async function publishPolicy(db: WaslDatabase, actorId: string, deskId: string, input: PublishInput, now: Date = new Date()): Promise<Result<PolicyVersion, PublishErrors>> {
  const existing = await readPolicyVersions(db);
  const at = now.toISOString();
  const result = publishVersion(existing, input, at, actorId);
  if (!result.ok) return result;
  const entry = policyToCatalog(result.value);
  await db.catalog.insert({ ...entry, updatedAt: at, updatedBy: actorId, deskId });
  await appendAudit(db, { actorId, action: PUBLISH_ACTION, entity: 'catalog', entityId: entry.id, fields: ['textAr', 'textEn', 'roles', 'material'], deskId }, now);
  return result;
}
