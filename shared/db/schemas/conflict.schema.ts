import { BASE_PROPERTIES, type CollectionSchema, type FromSchema } from '../schema-types';

/**
 * A field edited on two desks to different values (ARCHITECTURE.md, "Sync"): the three-way merge
 * keeps the server's value in the document and writes one of these for a person to decide.
 * Nothing is dropped: `mine` holds the value the recording desk's own edit lost.
 *
 * The record syncs to every desk, so "mine" and "theirs" are the RECORDING desk's words: each
 * value names the desk it came from (`mineDeskId`, `theirsDeskId`), and a screen labels them
 * relative to the desk it runs on (shared/sync/conflict-values.ts, conflictSidesFor).
 *
 * The three values are JSON text (shared/sync/conflict-values.ts: '' means "no value") and are
 * ENCRYPTED at rest, always: a conflict can be about a national ID, a mobile or notes, and the
 * record must not leave in clear what the document itself keeps encrypted.
 */
export const CONFLICT_STATUSES = ['open', 'resolved'] as const;
/** which stored value the person kept: 'mine' is mineDeskId's, 'theirs' is theirsDeskId's, on every desk */
export const CONFLICT_CHOICES = ['', 'mine', 'theirs'] as const;

/**
 * Version 0 → 1: the desk of each value. A version-0 record was written by the desk that met the
 * conflict (the sync actor wrote it there, and only a resolution rewrites deskId); the desk of
 * the server's value was not kept.
 */
export const conflictMigrationStrategies = {
  1: (old: Record<string, unknown>): Record<string, unknown> => ({ ...old, mineDeskId: String(old.deskId ?? ''), theirsDeskId: '' }),
};

export const CONFLICT_ENCRYPTED_FIELDS = ['base', 'mine', 'theirs'];

/**
 * `collectionName`/`documentId`: the conflicting document; `field`: dotted path, e.g. 'city' or
 * 'name.first', '_deleted' for delete-versus-edit; `mine`: the value of the desk whose push met the
 * other edit (it recorded this conflict), `mineDeskId` that desk (version 1); `theirs`: the value
 * the server held, which stays in the document until a person decides, `theirsDeskId` the desk that
 * last wrote it ('' when unknown; version 1); `detectedAt`: when the push met the other edit;
 * `resolvedBy`/`resolvedAt`: '' while open.
 */
export const conflictSchema = {
  title: 'conflicts',
  description: 'Fields edited on two desks, kept with both values until a person decides',
  version: 1,
  primaryKey: 'id',
  type: 'object',
  properties: {
    ...BASE_PROPERTIES,
    collectionName: { type: 'string', minLength: 1, maxLength: 40 },
    documentId: { type: 'string', minLength: 1, maxLength: 64 },
    field: { type: 'string', minLength: 1, maxLength: 200 },
    base: { type: 'string', maxLength: 200_000 },
    mine: { type: 'string', maxLength: 200_000 },
    theirs: { type: 'string', maxLength: 200_000 },
    mineDeskId: { type: 'string', maxLength: 36 },
    theirsDeskId: { type: 'string', maxLength: 36 },
    status: { type: 'string', enum: [...CONFLICT_STATUSES], maxLength: 8 },
    detectedAt: { type: 'string', maxLength: 32 },
    choice: { type: 'string', enum: [...CONFLICT_CHOICES] },
    resolvedBy: { type: 'string', maxLength: 36 },
    resolvedAt: { type: 'string', maxLength: 32 },
  },
  required: [
    'id', 'collectionName', 'documentId', 'field', 'base', 'mine', 'mineDeskId', 'theirs', 'theirsDeskId', 'status', 'detectedAt',
    'choice', 'resolvedBy', 'resolvedAt', 'updatedAt', 'updatedBy', 'deskId',
  ],
  // The sync screen lists open conflicts, oldest first.
  indexes: [['status', 'detectedAt']],
  encrypted: CONFLICT_ENCRYPTED_FIELDS,
  additionalProperties: false,
} as const satisfies CollectionSchema;

export type ConflictDoc = FromSchema<typeof conflictSchema>;
export type ConflictStatus = ConflictDoc['status'];
export type ConflictChoice = ConflictDoc['choice'];
