import { ROLES } from '../../staff/roles';
import { BASE_PROPERTIES, type CollectionSchema, type FromSchema } from '../schema-types';

/** Limits of an account, read by the validators of shared/staff too. */
export const STAFF_LIMITS = { displayName: 80, usernameMin: 3, usernameMax: 32 } as const;

/** Version 0 → 1: accounts made before units existed work no unit's queue until an admin assigns one. */
export const staffMigrationStrategies = {
  1: (old: Record<string, unknown>): Record<string, unknown> => ({ ...old, unitIds: [] }),
};

/**
 * A staff account local to the desk. `username` is lower-case and unique on the desk (checked by
 * the app: RxDB has no unique indexes); `lockedUntil` is ms epoch, or null when not locked;
 * `unitIds` are the units whose queues the member works (follow-up officers), [] for everyone else
 * (version 1).
 */
export const staffSchema = {
  title: 'staff',
  description: 'Staff accounts of the desk',
  version: 1,
  primaryKey: 'id',
  type: 'object',
  properties: {
    ...BASE_PROPERTIES,
    displayName: { type: 'string', minLength: 1, maxLength: STAFF_LIMITS.displayName },
    username: { type: 'string', minLength: STAFF_LIMITS.usernameMin, maxLength: STAFF_LIMITS.usernameMax },
    roles: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', enum: [...ROLES] } },
    passwordHash: {
      type: 'object',
      properties: {
        algorithm: { type: 'string', enum: ['scrypt'] },
        N: { type: 'integer', minimum: 2 },
        r: { type: 'integer', minimum: 1 },
        p: { type: 'integer', minimum: 1 },
        salt: { type: 'string' },
        hash: { type: 'string' },
      },
      required: ['algorithm', 'N', 'r', 'p', 'salt', 'hash'],
      additionalProperties: false,
    },
    active: { type: 'boolean' },
    failedAttempts: { type: 'integer', minimum: 0 },
    lockedUntil: { type: ['number', 'null'] },
    createdAt: { type: 'string', maxLength: 32 },
    unitIds: { type: 'array', maxItems: 20, uniqueItems: true, items: { type: 'string', minLength: 1, maxLength: 40 } },
  },
  required: [
    'id', 'displayName', 'username', 'roles', 'passwordHash', 'active', 'failedAttempts',
    'lockedUntil', 'createdAt', 'unitIds', 'updatedAt', 'updatedBy', 'deskId',
  ],
  // Sign-in looks accounts up by username.
  indexes: ['username'],
  additionalProperties: false,
} as const satisfies CollectionSchema;

export type StaffDoc = FromSchema<typeof staffSchema>;
