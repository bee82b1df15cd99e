/**
 * Conflict records (shared/db/schemas/conflict.schema.ts): written by the conflict handler,
 * resolved by a person on the sync screen. A resolution writes the chosen value into the
 * document, closes the record and is audited; all three then sync like any other write.
 */
import type { ConflictChoice, ConflictDoc } from '@shared/db/schemas/conflict.schema';
import { conflictIdOf, decodeConflictValue, encodeConflictValue, setAtPath } from '@shared/sync/conflict-values';
import { jsonEqual } from '@shared/sync/deep-equal';
import type { FieldConflict } from '@shared/sync/three-way-merge';
import { jsonCollection, type WaslDatabase } from '../db/database';
import { appendAudit } from '../stores/audit-log';

/** updatedBy of records the sync machinery writes on its own (no person did it). */
export const SYNC_ACTOR = 'sync';

/**
 * `deskId` is this desk (its push met the other edit: its value is `mine`); `theirsDeskId` the
 * desk whose write the server held. Both are stored because the record syncs to other desks,
 * where "mine" is not theirs.
 */
export async function recordConflicts(db: WaslDatabase, conflicts: readonly FieldConflict[], deskId: string, theirsDeskId: string, now: Date): Promise<void> {
  const at = now.toISOString();
  for (const conflict of conflicts) {
    const id = conflictIdOf(conflict.collection, conflict.documentId, conflict.field, conflict.mine, conflict.theirs);
    // Already recorded (the handler ran again for the same pair of edits): keep the record as
    // it is, resolved or not.
    if (await db.conflicts.findOne(id).exec()) continue;
    const doc: ConflictDoc = {
      id,
      collectionName: conflict.collection,
      documentId: conflict.documentId,
      field: conflict.field,
      base: encodeConflictValue(conflict.base),
      mine: encodeConflictValue(conflict.mine),
      mineDeskId: deskId,
      theirs: encodeConflictValue(conflict.theirs),
      theirsDeskId,
      status: 'open',
      detectedAt: at,
      choice: '',
      resolvedBy: '',
      resolvedAt: '',
      updatedAt: at,
      updatedBy: SYNC_ACTOR,
      deskId,
    };
    await db.conflicts.insert(doc).catch(async (error: unknown) => {
      // Another tab of this desk recorded it in between.
      if (!(await db.conflicts.findOne(id).exec())) throw error;
    });
  }
}

export type ResolveError = 'conflict.not-found' | 'conflict.already-resolved' | 'conflict.document-missing';

export type ResolveDeps = { db: WaslDatabase; actorId: string; deskId: string; now: () => Date };

export async function resolveConflict(deps: ResolveDeps, conflictId: string, choice: Exclude<ConflictChoice, ''>): Promise<ResolveError | null> {
  const { db, actorId, deskId } = deps;
  const record = await db.conflicts.findOne(conflictId).exec();
  if (!record) return 'conflict.not-found';
  if (record.status === 'resolved') return 'conflict.already-resolved';
  const at = deps.now().toISOString();
  const value = decodeConflictValue(choice === 'mine' ? record.mine : record.theirs);
  const collection = jsonCollection(db, record.collectionName);
  const doc = await collection?.findOne(record.documentId).exec();
  if (!collection || !doc) return 'conflict.document-missing';

  if (record.field === '_deleted') {
    // Delete-versus-edit: the merge kept the document alive; deleting is the one other choice.
    if (value === true) await doc.remove();
  } else {
    await doc.incrementalModify((data) => {
      const next = setAtPath(data, record.field, value);
      if (jsonEqual(next, data)) return data;
      return { ...next, updatedAt: at, updatedBy: actorId, deskId };
    });
  }
  await record.incrementalPatch({ status: 'resolved', choice, resolvedBy: actorId, resolvedAt: at, updatedAt: at, updatedBy: actorId, deskId });
  await appendAudit(
    db,
    { actorId, action: 'sync.conflict-resolve', entity: record.collectionName, entityId: record.documentId, fields: [record.field], deskId },
    deps.now(),
  );
  return null;
}

/** An open conflict with its values decoded, for the sync screen. */
export type OpenConflict = Omit<ConflictDoc, 'base' | 'mine' | 'theirs'> & { base: unknown; mine: unknown; theirs: unknown };

export function decodeConflict(doc: ConflictDoc): OpenConflict {
  return { ...doc, base: decodeConflictValue(doc.base), mine: decodeConflictValue(doc.mine), theirs: decodeConflictValue(doc.theirs) };
}
