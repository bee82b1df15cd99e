/**
 * Appends one audit entry. Every feature that changes data records who did what through this,
 * so the entries look the same everywhere (features cannot import each other).
 */
import type { WaslDatabase } from '@renderer/db/database';
import type { AuditDoc } from '@shared/db/schemas/audit.schema';

export interface AuditEvent {
  actorId: string;
  action: string;
  entity: string;
  entityId: string;
  fields?: string[];
  deskId: string;
}

export async function appendAudit(db: WaslDatabase, event: AuditEvent, now: Date = new Date()): Promise<void> {
  const at = now.toISOString();
  const doc: AuditDoc = {
    id: crypto.randomUUID(),
    at,
    actorId: event.actorId,
    action: event.action,
    entity: event.entity,
    entityId: event.entityId,
    fields: event.fields ?? [],
    deskId: event.deskId,
    updatedAt: at,
    updatedBy: event.actorId,
  };
  await db.audit.insert(doc);
}
