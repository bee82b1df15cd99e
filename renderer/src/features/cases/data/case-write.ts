/**
 * Shared steps of every case write: read the case as the actor may see it, write a new version with
 * the bookkeeping fields, and record the audit entry. Writes of one case run one at a time (serialized
 * under `case:<id>`), so two quick moves never both judge the same old state.
 *
 * Conflict of interest (policy 3.5): a case about the signed-in staff member reads as missing here,
 * so no screen of any feature can open it or act on it for them.
 */
import { appendAudit } from '@renderer/stores/audit-log';
import { serialized } from '@renderer/db/serial';
import type { CaseDoc } from '@shared/db/schemas/case.schema';
import { mayViewCase } from '@shared/cases/case-visibility';
import type { CasesDeps } from './deps';

export function withCase<T>(id: string, task: () => Promise<T>): Promise<T> {
  return serialized(`case:${id}`, task);
}

/** The stored case as a mutable plain object, or null when it is missing or not the actor's to see. */
export async function readCase(deps: Pick<CasesDeps, 'db' | 'actor'>, id: string): Promise<CaseDoc | null> {
  const doc = await deps.db.cases.findOne(id).exec();
  if (!doc) return null;
  const plain = doc.toMutableJSON();
  return mayViewCase(plain, deps.actor) ? plain : null;
}

/** Writes `next` over the stored case (bookkeeping set here) and appends the audit entry. */
export async function writeCase(deps: CasesDeps, next: CaseDoc, audit: { action: string; fields: string[] }): Promise<CaseDoc> {
  const now = deps.now();
  const doc: CaseDoc = { ...next, updatedAt: now.toISOString(), updatedBy: deps.actor.id, deskId: deps.desk.deskId };
  const stored = await deps.db.cases.findOne(doc.id).exec();
  if (!stored) throw new Error(`No case ${doc.id}`);
  await stored.incrementalModify(() => doc);
  await appendAudit(deps.db, { actorId: deps.actor.id, action: audit.action, entity: 'cases', entityId: doc.id, fields: audit.fields, deskId: deps.desk.deskId }, now);
  return doc;
}

/** Fields that changed between two versions, for the audit entry. */
export function changedFields(before: CaseDoc, after: CaseDoc): string[] {
  return (Object.keys(after) as (keyof CaseDoc)[]).filter((name) => name !== 'updatedAt' && JSON.stringify(before[name]) !== JSON.stringify(after[name]));
}
