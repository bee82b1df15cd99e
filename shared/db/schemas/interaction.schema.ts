import { BASE_PROPERTIES, text, type CollectionSchema, type FromSchema } from '../schema-types';

export const INTERACTION_DIRECTIONS = ['inbound', 'outbound'] as const;
export type InteractionDirection = (typeof INTERACTION_DIRECTIONS)[number];

export const INTERACTION_LIMITS = { subject: 200, summary: 4000 } as const;

export const INTERACTION_ENCRYPTED_FIELDS = ['summary'];

/**
 * One contact with a beneficiary (policy 3.1, 3.7): the communication log. Append-only: written once and
 * never changed (shared/sync/collection-policy.ts), so a record of what was said cannot be rewritten; a
 * correction is a new entry. `requestId` is '' when it concerns no request; `channel`/`subChannel` are
 * catalog keys (one of the eight policy channels); `summary` is ENCRYPTED (what was said may be
 * personal); `at` is the moment of the contact (may be earlier than the entry, e.g. a call logged afterwards).
 */
export const interactionSchema = {
  title: 'interactions',
  description: 'Append-only log of contacts with beneficiaries',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    ...BASE_PROPERTIES,
    beneficiaryId: text(36, 1),
    requestId: text(36),
    channel: text(40, 1),
    subChannel: text(40, 1),
    direction: { type: 'string', enum: [...INTERACTION_DIRECTIONS] },
    subject: text(INTERACTION_LIMITS.subject, 1),
    summary: text(INTERACTION_LIMITS.summary),
    staffId: text(36, 1),
    at: text(32, 1),
  },
  required: [
    'id', 'beneficiaryId', 'requestId', 'channel', 'subChannel', 'direction', 'subject', 'summary', 'staffId',
    'at', 'updatedAt', 'updatedBy', 'deskId',
  ],
  // A beneficiary's timeline in time order; a request's contacts (the notices sent about it).
  indexes: [['beneficiaryId', 'at'], ['requestId', 'at']],
  encrypted: INTERACTION_ENCRYPTED_FIELDS,
  additionalProperties: false,
} as const satisfies CollectionSchema;

export type InteractionDoc = FromSchema<typeof interactionSchema>;
