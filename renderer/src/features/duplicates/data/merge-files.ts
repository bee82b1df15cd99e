/**
 * Merging two files on the desk: the shared rule decides (refusing writes nothing), then the
 * survivor is written first and the other file marked merged second. In that order an
 * interruption leaves the pair still listed (the survivor already lists the other in mergedFrom,
 * and merging again unites the same lists), never a file marked merged whose survivor lacks the
 * chosen values. Nothing is deleted; requests, contacts and declarations are not touched.
 */
import { appendAudit } from '@renderer/stores/audit-log';
import type { BeneficiaryDoc } from '@shared/db/schemas/beneficiary.schema';
import { mergeBeneficiaries, type MergeChoices, type MergeError } from '@shared/registry/merge-files';
import { err, ok, type Result } from '@shared/result';
import type { DuplicatesDeps } from './deps';

export type MergeFilesError = MergeError | 'merge.not-found';

export async function mergeFiles(
  deps: DuplicatesDeps,
  survivorId: string,
  otherId: string,
  choices: MergeChoices,
): Promise<Result<BeneficiaryDoc, MergeFilesError>> {
  const { db } = deps;
  if (survivorId === otherId) return err('merge.same-file');
  const [survivorDoc, otherDoc] = await Promise.all([db.beneficiaries.findOne(survivorId).exec(), db.beneficiaries.findOne(otherId).exec()]);
  if (!survivorDoc || !otherDoc) return err('merge.not-found');
  const at = deps.now().toISOString();
  const merged = mergeBeneficiaries(survivorDoc.toMutableJSON(), otherDoc.toMutableJSON(), choices, {
    actorId: deps.actor.id,
    deskId: deps.desk.deskId,
    at,
  });
  if (!merged.ok) return merged;
  const { survivor, merged: other, fields } = merged.value;
  // Whole documents replace the stored ones: a field chosen away (e.g. no Latin name) must go too.
  await survivorDoc.incrementalModify(() => structuredClone(survivor));
  await otherDoc.incrementalModify(() => structuredClone(other));
  const audit = { actorId: deps.actor.id, entity: 'beneficiaries', deskId: deps.desk.deskId };
  // Field names only, never values (no personal data in the log); each file has its own entry.
  await appendAudit(db, { ...audit, action: 'beneficiary.merge', entityId: survivorId, fields }, new Date(at));
  await appendAudit(db, { ...audit, action: 'beneficiary.merged-into', entityId: otherId, fields: ['mergedInto', 'mergedAt', 'mergedBy'] }, new Date(at));
  await deps.index.indexDocs([survivor, other]);
  return ok(survivor);
}
