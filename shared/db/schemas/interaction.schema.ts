import { BASE_PROPERTIES, text, type CollectionSchema, type FromSchema } from '../schema-types';

export const INTERACTION_DIRECTIONS = ['inbound', 'outbound'] as const;
export type InteractionDirection = (typeof INTERACTION_DIRECTIONS)[number];

export const INTERACTION_LIMITS = { subject: 200, summary: 4000, address: 254, reason: 500 } as const;

/**
 * What an entry is: a contact staff logged; a notice queued for the server to send (the outbox);
 * a delivery outcome the server recorded for a notice; a beneficiary's opting out of (or back into)
 * a sub-channel, which the server respects before sending. Opting is an entry, not a field of the
 * file, so the consent has its history and two desks never conflict over it.
 */
export const INTERACTION_KINDS = ['contact', 'notice', 'delivery', 'opt-out', 'opt-in'] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

/** A delivery entry's outcome: '' on every other kind. */
export const DELIVERY_STATES = ['', 'sent', 'delivered', 'failed', 'unknown'] as const;
export type DeliveryState = Exclude<(typeof DELIVERY_STATES)[number], ''>;

export const INTERACTION_ENCRYPTED_FIELDS = ['summary', 'address', 'reason'];

/**
 * One contact with a beneficiary (policy 3.1, 3.7): the communication log. Append-only: written once and
 * never changed (shared/sync/collection-policy.ts), so a record of what was said cannot be rewritten; a
 * correction is a new entry. `requestId` is '' when it concerns no request; `channel`/`subChannel` are
 * catalog keys (one of the eight policy channels); `summary` is ENCRYPTED (what was said may be
 * personal); `at` is the moment of the contact (may be earlier than the entry, e.g. a call logged afterwards).
 * Version 1 added `kind` and the outbox fields: a notice's `address` (E.164 mobile or e-mail,
 * ENCRYPTED), `urgent` (may break the SMS quiet hours), and the record it concerns (`recordKind` +
 * `recordId`: a request, later a case); a delivery's `noticeId`, `deliveryState` and the
 * provider's `reason` (ENCRYPTED: it may quote the address).
 */
export const interactionSchema = {
  title: 'interactions',
  description: 'Append-only log of contacts with beneficiaries',
  version: 1,
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
    kind: { type: 'string', enum: [...INTERACTION_KINDS] },
    address: text(INTERACTION_LIMITS.address),
    urgent: { type: 'boolean' },
    recordKind: text(40),
    recordId: text(36),
    noticeId: text(36),
    deliveryState: { type: 'string', enum: [...DELIVERY_STATES] },
    reason: text(INTERACTION_LIMITS.reason),
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

/**
 * An entry's kind. `kind` stays optional in the schema: entries stored on the server before
 * version 1 have none and must still validate when a fresh desk pulls them; they are contacts.
 */
export function kindOf(doc: { kind?: InteractionKind }): InteractionKind {
  return doc.kind ?? 'contact';
}

/** Version 1: every entry written before the outbox was a logged contact. */
export const interactionMigrationStrategies = {
  1: (doc: Record<string, unknown>) => ({ ...doc, kind: 'contact' }),
};
