/**
 * The `compensation` part of a case of kind 'compensation' (policy 3.4): the harm the association caused,
 * the investigation committee's minute and each member's decision, a ruling, the negotiation log, the
 * settlement and its payments. Null on every other kind. The rules live in shared/compensation/.
 * - `decisions` is a MAP keyed by member id, not a list: two members deciding at the same time on two
 *   desks change two different keys, which the three-way merge (shared/sync/three-way-merge.ts) merges
 *   member by member, so concurrent approvals never make a conflict record.
 * - `pastMinutes`: every version replaced after someone decided on it, with the decisions it had.
 * - Amounts are whole halalas (SAR × 100): no floating-point sums.
 */
import { FILE_REF } from './shared-properties';
import { text } from '../schema-types';

export const COMPENSATION_STATUSES = [
  'opened', 'under-investigation', 'minute-drafted', 'minute-approved', 'minute-rejected', 'negotiating',
  'settled', 'referred-to-ruling', 'ruled', 'paid', 'closed',
] as const;
export type CompensationStatus = (typeof COMPENSATION_STATUSES)[number];

export const SETTLEMENT_FORMS = ['cash', 'in-kind', 'service'] as const;
export const NEGOTIATION_KINDS = ['contact', 'offer', 'answer'] as const;
export const MINUTE_DECISIONS = ['approve', 'object'] as const;
export const ACCEPTANCE_MODES = ['pad', 'paper'] as const;

export const COMPENSATION_LIMITS = {
  text: 2000,
  reason: 1000,
  members: 30,
  history: 100,
  pastMinutes: 20,
  negotiation: 100,
  instalments: 60,
  payments: 120,
  /**
   * Just under 10 million riyals, in halalas: past it is a typo. Not 1,000,000,000: the schema is stored on
   * the desk in clear, and a ten-digit number starting with 1 reads as a national ID to the at-rest scan.
   */
  amount: 999_999_999,
  /** the pad's PNG, base64 (as the declaration's signature) */
  signature: 400_000,
} as const;
const L = COMPENSATION_LIMITS;

const ID = text(36, 1);
const AT = text(40, 1);
const DATE = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const AMOUNT = { type: 'integer', minimum: 0, maximum: L.amount } as const;
const IDS = { type: 'array', maxItems: L.members, uniqueItems: true, items: ID } as const;

const historyEntry = {
  type: 'object',
  properties: {
    from: { type: 'string', enum: [...COMPENSATION_STATUSES] },
    to: { type: 'string', enum: [...COMPENSATION_STATUSES] },
    by: ID,
    at: AT,
    reason: text(L.reason),
  },
  required: ['from', 'to', 'by', 'at', 'reason'],
  additionalProperties: false,
} as const;

/** The minute's content (what is hashed) and its approval frame. */
const minute = {
  type: 'object',
  properties: {
    version: { type: 'integer', minimum: 1, maximum: 1000 },
    date: DATE,
    presentIds: IDS,
    harm: text(L.text, 1),
    size: text(L.text),
    causes: text(L.text, 1),
    decision: text(L.text, 1),
    amount: AMOUNT,
    /** lower-case hex SHA-256 of the canonical content (minute-hash.ts) */
    hash: { type: 'string', pattern: '^[0-9a-f]{64}$' },
    /** frozen when put to approval: the committee as it was then */
    requiredIds: IDS,
    putAt: AT,
    putBy: ID,
  },
  required: ['version', 'date', 'presentIds', 'harm', 'size', 'causes', 'decision', 'amount', 'hash', 'requiredIds', 'putAt', 'putBy'],
  additionalProperties: false,
} as const;

const decision = {
  type: 'object',
  properties: {
    decision: { type: 'string', enum: [...MINUTE_DECISIONS] },
    version: { type: 'integer', minimum: 1, maximum: 1000 },
    hash: { type: 'string', pattern: '^[0-9a-f]{64}$' },
    reason: text(L.reason),
    at: AT,
  },
  required: ['decision', 'version', 'hash', 'reason', 'at'],
  additionalProperties: false,
} as const;

const pastDecision = {
  type: 'object',
  properties: { memberId: ID, ...decision.properties },
  required: ['memberId', ...decision.required],
  additionalProperties: false,
} as const;

const ruling = {
  type: ['object', 'null'],
  properties: {
    authority: text(200, 1),
    date: DATE,
    reference: text(100, 1),
    outcome: text(L.text, 1),
    amount: AMOUNT,
    attachments: { type: 'array', maxItems: 5, items: FILE_REF },
    at: AT,
    by: ID,
  },
  required: ['authority', 'date', 'reference', 'outcome', 'amount', 'attachments', 'at', 'by'],
  additionalProperties: false,
} as const;

const negotiationEntry = {
  type: 'object',
  properties: {
    kind: { type: 'string', enum: [...NEGOTIATION_KINDS] },
    text: text(L.text, 1),
    amount: AMOUNT,
    /** the interaction logged on the beneficiary's file ('' when the case has no file) */
    interactionId: text(36),
    at: AT,
    by: ID,
  },
  required: ['kind', 'text', 'amount', 'interactionId', 'at', 'by'],
  additionalProperties: false,
} as const;

const settlement = {
  type: ['object', 'null'],
  properties: {
    amount: AMOUNT,
    form: { type: 'string', enum: [...SETTLEMENT_FORMS] },
    terms: text(L.text),
    instalments: { type: 'array', minItems: 1, maxItems: L.instalments, items: { type: 'object', properties: { dueDate: DATE, amount: AMOUNT }, required: ['dueDate', 'amount'], additionalProperties: false } },
    acceptance: {
      type: 'object',
      properties: {
        mode: { type: 'string', enum: [...ACCEPTANCE_MODES] },
        /** 'pad': the drawing, base64 PNG; 'paper': '' (the scan is `scan`) */
        data: text(L.signature),
        scan: { type: ['object', 'null'], properties: FILE_REF.properties, required: FILE_REF.required, additionalProperties: false },
        signerName: text(120, 1),
        at: AT,
      },
      required: ['mode', 'data', 'scan', 'signerName', 'at'],
      additionalProperties: false,
    },
    at: AT,
    by: ID,
  },
  required: ['amount', 'form', 'terms', 'instalments', 'acceptance', 'at', 'by'],
  additionalProperties: false,
} as const;

const payment = {
  type: 'object',
  properties: { amount: { type: 'integer', minimum: 1, maximum: L.amount }, date: DATE, reference: text(100), at: AT, by: ID },
  required: ['amount', 'date', 'reference', 'at', 'by'],
  additionalProperties: false,
} as const;

export const COMPENSATION_PROPERTY = {
  type: ['object', 'null'],
  properties: {
    /** the complaint or dispute it was opened from (which points back by `compensationCaseId`) */
    originCaseId: ID,
    status: { type: 'string', enum: [...COMPENSATION_STATUSES] },
    history: { type: 'array', maxItems: L.history, items: historyEntry },
    claimedAmount: AMOUNT,
    causes: text(L.text),
    minuteNumber: text(32),
    minute: { type: ['object', 'null'], properties: minute.properties, required: minute.required, additionalProperties: false },
    decisions: { type: 'object', additionalProperties: decision },
    pastMinutes: {
      type: 'array',
      maxItems: L.pastMinutes,
      items: {
        type: 'object',
        properties: { minute, decisions: { type: 'array', maxItems: L.members, items: pastDecision } },
        required: ['minute', 'decisions'],
        additionalProperties: false,
      },
    },
    ruling,
    negotiation: { type: 'array', maxItems: L.negotiation, items: negotiationEntry },
    settlement,
    payments: { type: 'array', maxItems: L.payments, items: payment },
    /** the originating complaint's complainant told of the outcome (policy 3.7): null until then */
    informed: { type: ['object', 'null'], properties: { at: AT, by: ID, note: text(L.reason, 1) }, required: ['at', 'by', 'note'], additionalProperties: false },
  },
  required: [
    'originCaseId', 'status', 'history', 'claimedAmount', 'causes', 'minuteNumber', 'minute', 'decisions', 'pastMinutes', 'ruling',
    'negotiation', 'settlement', 'payments', 'informed',
  ],
  additionalProperties: false,
} as const;
