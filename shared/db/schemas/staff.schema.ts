import type { PasswordHash } from '../../staff/password-hash';
import { ROLES, type Role } from '../../staff/roles';
import { BASE_PROPERTIES, type BaseDoc, type CollectionSchema } from '../schema-types';

/** A staff account local to the desk (the accounts issue later ties it to the server's). */
export type StaffDoc = BaseDoc & {
  displayName: string;
  /** lower-case, unique on the desk (checked by the app: RxDB has no unique indexes) */
  username: string;
  roles: Role[];
  passwordHash: PasswordHash;
  active: boolean;
  failedAttempts: number;
  /** ms epoch, or null when not locked */
  lockedUntil: number | null;
  /** ISO 8601 */
  createdAt: string;
  /** Units whose queues the member works (follow-up officers); [] for everyone else. Added in version 1. */
  unitIds: string[];
};

/** Version 0 → 1: accounts made before units existed work no unit's queue until an admin assigns one. */
export const staffMigrationStrategies = {
  1: (old: Record<string, unknown>): Record<string, unknown> => ({ ...old, unitIds: [] }),
};

export const staffSchema: CollectionSchema = {
  title: 'staff',
  description: 'Staff accounts of the desk',
  version: 1,
  primaryKey: 'id',
  type: 'object',
  properties: {
    ...BASE_PROPERTIES,
    displayName: { type: 'string', minLength: 1, maxLength: 80 },
    username: { type: 'string', minLength: 3, maxLength: 32 },
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
};
