/**
 * A staff member's acknowledgement of a policy version (Art. 4) is an AUDIT entry they write from
 * their own account: append-only (never updated, so it syncs without conflicts, offline too), and
 * the server already takes an audit entry only from its own actor (push-policy.ts
 * 'push.not-own-actor'), so nobody can sign for someone else. Unlike other audit entries it reaches
 * every desk (pull-filters.ts), so a member signs once, not once per desk.
 *
 *   action 'policy.acknowledge', entity 'policy', entityId '<document>@<version>',
 *   fields [<content hash signed>, 'typed'] (how they signed: typed name + password).
 */
import { parseVersionKey, versionKey } from './policy-version';

export const ACKNOWLEDGE_ACTION = 'policy.acknowledge';
export const PUBLISH_ACTION = 'policy.publish';
export const POLICY_ENTITY = 'policy';
export type SignMethod = 'typed';

export type PolicyAck = { staffId: string; documentKey: string; version: number; hash: string; at: string };

export type AckAuditFields = { actorId: string; action: string; entity: string; entityId: string; fields: string[] };

export function ackAuditEntry(staffId: string, documentKey: string, version: number, hash: string, method: SignMethod): AckAuditFields {
  return { actorId: staffId, action: ACKNOWLEDGE_ACTION, entity: POLICY_ENTITY, entityId: versionKey(documentKey, version), fields: [hash, method] };
}

export function ackFromAudit(entry: { action: string; actorId: string; entityId: string; fields: readonly string[]; at: string }): PolicyAck | null {
  if (entry.action !== ACKNOWLEDGE_ACTION) return null;
  const parsed = parseVersionKey(entry.entityId);
  const hash = entry.fields[0] ?? '';
  if (!parsed || !/^[0-9a-f]{64}$/.test(hash)) return null;
  return { staffId: entry.actorId, ...parsed, hash, at: entry.at };
}

/** Whether a synced document is an acknowledgement (the pull filter lets these reach every desk). */
export const isAckDocument = (doc: Record<string, unknown>): boolean => doc.action === ACKNOWLEDGE_ACTION && doc.entity === POLICY_ENTITY;
