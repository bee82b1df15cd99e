/**
 * Shared steps of every request write: read the document as plain JSON, write a new version of it
 * with the bookkeeping fields, and record the audit entry. Writes of one request run one at a time
 * (serialized under `request:<id>`), so a transition always sees the last autosaved checklist.
 */
import { appendAudit } from '@renderer/stores/audit-log';
import { serialized } from '@renderer/db/serial';
import type { RequestDoc } from '@shared/db/schemas/request.schema';
import type { IntakeDeps } from './deps';

export const requestLockKey = (id: string): string => `request:${id}`;

export function withRequest<T>(id: string, task: () => Promise<T>): Promise<T> {
  return serialized(requestLockKey(id), task);
}

/** The stored request as a mutable plain object, or null. */
export async function readRequest(deps: Pick<IntakeDeps, 'db'>, id: string): Promise<RequestDoc | null> {
  const doc = await deps.db.requests.findOne(id).exec();
  return doc ? doc.toMutableJSON() : null;
}

/** Writes `next` over the stored request (bookkeeping set here) and appends the audit entry. */
export async function writeRequest(
  deps: IntakeDeps,
  next: RequestDoc,
  audit: { action: string; fields: string[] } | null,
): Promise<RequestDoc> {
  const now = deps.now();
  const doc: RequestDoc = { ...next, updatedAt: now.toISOString(), updatedBy: deps.actor.id, deskId: deps.desk.deskId };
  const stored = await deps.db.requests.findOne(doc.id).exec();
  if (!stored) throw new Error(`No request ${doc.id}`);
  await stored.incrementalModify(() => doc);
  if (audit) {
    await appendAudit(deps.db, { actorId: deps.actor.id, action: audit.action, entity: 'requests', entityId: doc.id, fields: audit.fields, deskId: deps.desk.deskId }, now);
  }
  return doc;
}
