import { BASE_PROPERTIES, type CollectionSchema, type FromSchema } from '../schema-types';

/**
 * Known audit actions. The schema does not enumerate them so that a newer desk's actions still
 * sync into an older desk; the type documents the ones this version writes.
 */
export type AuditAction =
  | 'staff.create'
  | 'staff.update'
  | 'session.sign-in'
  | 'session.sign-in-failed'
  | 'session.sign-out'
  | 'session.lock'
  | 'session.unlock'
  | 'desk.setup'
  | (string & {});

/**
 * Append-only: written once, never updated, so it never conflicts in sync. `at` is the ISO 8601
 * moment of the action; `actorId` a staff id, or '' before any account exists (desk setup);
 * `entity` the collection name of the thing acted on, e.g. 'staff'; `fields` the names of the
 * fields written, never their values (no personal data in the log).
 */
export const auditSchema = {
  title: 'audit',
  description: 'Append-only log of who did what, when',
  version: 1,
  primaryKey: 'id',
  type: 'object',
  properties: {
    ...BASE_PROPERTIES,
    at: { type: 'string', maxLength: 32 },
    actorId: { type: 'string', maxLength: 36 },
    action: { type: 'string', minLength: 1, maxLength: 64 },
    entity: { type: 'string', maxLength: 64 },
    entityId: { type: 'string', maxLength: 64 },
    fields: { type: 'array', items: { type: 'string', maxLength: 64 } },
    // The desk's hash chain (shared/audit/audit-chain.ts): place on the writing desk (1, 2, ...), the
    // hash of the entry before it there ('' for the first) and its own. Optional: entries written
    // before the chain existed have none (seq 0 once migrated) and an older desk's entries still sync.
    seq: { type: 'integer', minimum: 0, maximum: 1e12, multipleOf: 1 },
    prevHash: { type: 'string', maxLength: 64, pattern: '^[0-9a-f]*$' },
    hash: { type: 'string', maxLength: 64, pattern: '^[0-9a-f]*$' },
  },
  required: ['id', 'at', 'actorId', 'action', 'entity', 'entityId', 'fields', 'updatedAt', 'updatedBy', 'deskId'],
  // Newest-first listing and per-entity history.
  indexes: ['at', ['entityId', 'at']],
  additionalProperties: false,
} as const satisfies CollectionSchema;

/** Version 0 → 1: the hash chain. Old entries are not part of it (seq 0): the chain starts at the first new entry. */
export const auditMigrationStrategies = {
  1: (old: Record<string, unknown>): Record<string, unknown> => ({ ...old, seq: 0, prevHash: '', hash: '' }),
};

export type AuditDoc = FromSchema<typeof auditSchema>;
