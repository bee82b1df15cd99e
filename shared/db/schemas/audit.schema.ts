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
  version: 0,
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
  },
  required: ['id', 'at', 'actorId', 'action', 'entity', 'entityId', 'fields', 'updatedAt', 'updatedBy', 'deskId'],
  // Newest-first listing and per-entity history.
  indexes: ['at', ['entityId', 'at']],
  additionalProperties: false,
} as const satisfies CollectionSchema;

export type AuditDoc = FromSchema<typeof auditSchema>;
