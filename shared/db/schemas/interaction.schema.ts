import { BASE_PROPERTIES, type BaseDoc, type CollectionSchema, type JsonSchemaProperty } from '../schema-types';

export const INTERACTION_DIRECTIONS = ['inbound', 'outbound'] as const;
export type InteractionDirection = (typeof INTERACTION_DIRECTIONS)[number];

export const INTERACTION_LIMITS = { subject: 200, summary: 4000 } as const;

/**
 * One contact with a beneficiary (policy 3.1, 3.7): the communication log. Append-only: written once and
 * never changed (shared/sync/collection-policy.ts), so a record of what was said cannot be rewritten; a
 * correction is a new entry.
 */
export type InteractionDoc = BaseDoc & {
  beneficiaryId: string;
  /** The request it concerns, or '' when none. */
  requestId: string;
  /** Catalog channel key (one of the eight policy channels) and its sub-channel key. */
  channel: string;
  subChannel: string;
  direction: InteractionDirection;
  subject: string;
  /** ENCRYPTED: what was said may be personal. */
  summary: string;
  staffId: string;
  /** ISO instant of the contact (may be earlier than the entry, e.g. a call logged afterwards). */
  at: string;
};

export const INTERACTION_ENCRYPTED_FIELDS = ['summary'];

const text = (maxLength: number, minLength = 0): JsonSchemaProperty => ({ type: 'string', minLength, maxLength });

export const interactionSchema: CollectionSchema = {
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
};
