import { CASE_STATUSES } from '../../cases/case-status';
import { COMPENSATION_PROPERTY } from './compensation-properties';
import { DATA_REQUEST_PROPERTY } from './data-request-properties';
import { FILE_REF, ISO_DATE_OR_NULL } from './shared-properties';
import { BASE_PROPERTIES, text, type CollectionSchema, type FromSchema } from '../schema-types';

/** Policy 3.5(a–b): complaints, inquiries, suggestions, disputes and technical support (its own queue). */
export const CASE_KINDS = ['complaint', 'inquiry', 'suggestion', 'dispute', 'technical-support'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];
/**
 * Every kind a stored case may have: the desk's kinds, and 'compensation' (policy 3.4), which is only ever
 * opened from a complaint or dispute (shared/compensation/) and has its own machine, not a clock; and
 * 'data-request' (PDPL), opened from a beneficiary's file, with its own 30-calendar-day clock (shared/data-requests/).
 */
export const CASE_RECORD_KINDS = [...CASE_KINDS, 'compensation', 'data-request'] as const;
export type CaseRecordKind = (typeof CASE_RECORD_KINDS)[number];

export const CASE_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type CasePriority = (typeof CASE_PRIORITIES)[number];

/** Where the case was recorded: at a desk, or the public complaint page (3.5a) on the server. */
export const CASE_SOURCES = ['desk', 'web'] as const;
export type CaseSource = (typeof CASE_SOURCES)[number];

/** Policy 3.5(c): settled amicably (what was agreed), or decided. */
export const RESOLUTION_MODES = ['amicable', 'decision'] as const;
export type ResolutionMode = (typeof RESOLUTION_MODES)[number];
export const CASE_DECISIONS = ['upheld', 'partly-upheld', 'not-upheld'] as const;
export type CaseDecision = (typeof CASE_DECISIONS)[number];

/** The complainant's answer to the outcome: the loop is closed only with one recorded. */
export const COMPLAINANT_RESPONSES = ['accepts', 'does-not-accept', 'unreachable'] as const;
export type ComplainantResponse = (typeof COMPLAINANT_RESPONSES)[number];

/** A national ID or mobile given on the web form is only proposed as a link; staff confirm or reject it. */
export const LINK_REVIEWS = ['none', 'pending', 'confirmed', 'rejected'] as const;
export type LinkReview = (typeof LINK_REVIEWS)[number];

/** Field limits, shared by the schema, the desk's validators and the public page (which refuse before writing). */
export const CASE_LIMITS = {
  description: 4000,
  name: 120,
  email: 254,
  mobile: 20,
  nationalId: 10,
  reason: 1000,
  agreement: 2000,
  summary: 2000,
  attachments: 10,
  concernsStaff: 20,
  history: 300,
  pauses: 100,
  interactions: 200,
  contacts: 50,
  checkCodeHash: 128,
} as const;
const L = CASE_LIMITS;

/** Personal or sensitive: what was complained of, who complained, how to reach them, what was agreed. */
export const CASE_ENCRYPTED_FIELDS = ['description', 'complainant', 'proposedLink', 'resolution', 'compensation', 'dataRequest'];

/** An instant with its zone (e.g. '2026-02-18T09:30:00Z'), or null. */
const INSTANT_OR_NULL = { type: ['string', 'null'], maxLength: 40 } as const;
const STAFF_ID = text(36, 1);


/** One move: who, when, why, from/to; the facts a move sets ride along (officer, unit, response...). */
const historyEntry = {
  type: 'object',
  properties: {
    from: { type: 'string', enum: [...CASE_STATUSES] },
    to: { type: 'string', enum: [...CASE_STATUSES] },
    by: STAFF_ID,
    at: text(40, 1),
    reason: text(L.reason),
    note: text(L.reason),
    officerId: text(36),
    unitId: text(40),
    /** the dispute opened when the complainant does not accept (closing after it) */
    disputeCaseId: text(36),
  },
  required: ['from', 'to', 'by', 'at'],
  additionalProperties: false,
} as const;

/** A stretch of waiting for the complainant: the clock does not count it. `to` null while it lasts. */
const pause = {
  type: 'object',
  properties: { from: text(40, 1), to: INSTANT_OR_NULL },
  required: ['from', 'to'],
  additionalProperties: false,
} as const;

/**
 * One attempt to tell the complainant the outcome (policy 3.7: on their agreed channel). `interactionId`
 * names the logged interaction when the complainant has a file; '' for an anonymous complainant, whose
 * contacts live only here (an interaction needs a beneficiary).
 */
const contact = {
  type: 'object',
  properties: {
    at: text(40, 1),
    by: STAFF_ID,
    channel: text(40, 1),
    subChannel: text(40, 1),
    reached: { type: 'boolean' },
    interactionId: text(36),
  },
  required: ['at', 'by', 'channel', 'subChannel', 'reached', 'interactionId'],
  additionalProperties: false,
} as const;

/** The resolution record (ENCRYPTED): amicable agreement or decision, the contacts, the complainant's answer. */
const resolution = {
  type: ['object', 'null'],
  properties: {
    mode: { type: 'string', enum: [...RESOLUTION_MODES] },
    agreement: text(L.agreement),
    decision: { type: ['string', 'null'], enum: [...CASE_DECISIONS, null] },
    summary: text(L.summary),
    resolvedAt: text(40, 1),
    resolvedBy: STAFF_ID,
    contacts: { type: 'array', maxItems: L.contacts, items: contact },
    response: { type: ['string', 'null'], enum: [...COMPLAINANT_RESPONSES, null] },
  },
  required: ['mode', 'agreement', 'decision', 'summary', 'resolvedAt', 'resolvedBy', 'contacts', 'response'],
  additionalProperties: false,
} as const;

/**
 * A case (policy 3.5, 3.7): a complaint, inquiry, suggestion, dispute or technical-support request, from any
 * of the eight channels (3.1), with its status machine (shared/cases/case-status.ts), working-day clock
 * (shared/cases/case-clock.ts) and resolution record.
 * - `caseNumber` `<DESK>-C<YYYY>-<NNNNNN>` (human-number kind 'case'; the public page numbers as desk 'WEB').
 * - `beneficiaryId` '' when anonymous or not yet matched; `complainant` (ENCRYPTED) is how to reach an
 *   anonymous or web complainant; `proposedLink` (ENCRYPTED) the national ID / mobile given on the web form,
 *   matched on the desk through its blind index and confirmed by staff (`linkReview`): nothing links silently.
 * - `channel`/`subChannel`: catalog keys of the channel it came by; a fax case carries the scan in
 *   `attachments` (shared/cases/case-input.ts refuses one without). `replyChannel`/`replySubChannel`: the
 *   complainant's agreed channel, on which the outcome must be told ('' when none is known: unreachable).
 * - `category` (catalog 'case-category'), `domain` (catalog 'association-domain'): '' until set on the desk.
 * - `unitId`/`officerId`: '' when unassigned (RxDB indexes only non-null fields); a gap in the liaison
 *   matrix puts the case in the follow-up unit's queue with no officer.
 * - `concernsStaffIds`: staff the case is about (conflict of interest): never shown to, assigned to, or
 *   synced to them (shared/cases/case-visibility.ts, shared/accounts/pull-filters.ts). `sensitive`: seen
 *   only by management and the assigned officer.
 * - Clock: `startedAt` (receipt), `pauses` (waiting for the complainant), `acknowledgeDueDate` and
 *   `dueDate` (recomputed on every move, for the due lists); `acknowledgedAt` set when first assigned.
 * - Links: `interactionIds` lists the interactions logged about the case (interactions stay unchanged:
 *   append-only and tied to a file; the case points at them); `appealOf` the closed case it reopens.
 * - `checkCodeHash`: the hash of the check code a web complainant got with the number ('' for desk cases).
 * - Version 1 added kind 'compensation' with its `compensation` part (ENCRYPTED at rest), and a complaint's
 *   `compensationCaseId`; both optional, so cases stored before still validate (nothing to migrate).
 * - Version 2 added kind 'data-request' with its `dataRequest` part (ENCRYPTED), optional likewise.
 */
export const caseSchema = {
  title: 'cases',
  description: 'Complaints, inquiries, suggestions, disputes and technical support: status, clock, resolution',
  version: 2,
  primaryKey: 'id',
  type: 'object',
  properties: {
    ...BASE_PROPERTIES,
    caseNumber: text(32, 1),
    kind: { type: 'string', enum: [...CASE_RECORD_KINDS], maxLength: 20 },
    category: text(40),
    description: text(L.description, 1),
    beneficiaryId: text(36),
    complainant: {
      type: 'object',
      properties: { name: text(L.name), mobile: text(L.mobile), email: text(L.email) },
      required: ['name', 'mobile', 'email'],
      additionalProperties: false,
    },
    proposedLink: {
      type: 'object',
      properties: { nationalId: text(L.nationalId), mobile: text(L.mobile) },
      required: ['nationalId', 'mobile'],
      additionalProperties: false,
    },
    linkReview: { type: 'string', enum: [...LINK_REVIEWS] },
    channel: text(40, 1),
    subChannel: text(40, 1),
    replyChannel: text(40),
    replySubChannel: text(40),
    priority: { type: 'string', enum: [...CASE_PRIORITIES] },
    domain: text(40),
    unitId: text(40),
    officerId: text(36),
    concernsStaffIds: { type: 'array', maxItems: L.concernsStaff, uniqueItems: true, items: STAFF_ID },
    sensitive: { type: 'boolean' },
    status: { type: 'string', enum: [...CASE_STATUSES], maxLength: 28 },
    escalated: { type: 'boolean' },
    history: { type: 'array', maxItems: L.history, items: historyEntry },
    startedAt: text(40, 1),
    pauses: { type: 'array', maxItems: L.pauses, items: pause },
    acknowledgeDueDate: ISO_DATE_OR_NULL,
    acknowledgedAt: INSTANT_OR_NULL,
    dueDate: ISO_DATE_OR_NULL,
    attachments: { type: 'array', maxItems: L.attachments, items: FILE_REF },
    interactionIds: { type: 'array', maxItems: L.interactions, uniqueItems: true, items: text(36, 1) },
    resolution,
    appealOf: text(36),
    checkCodeHash: text(L.checkCodeHash),
    source: { type: 'string', enum: [...CASE_SOURCES] },
    createdAt: text(40, 1),
    createdBy: text(36, 1),
    /** a complaint or dispute: the compensation case opened from it ('' or absent when none) */
    compensationCaseId: text(36),
    /** kind 'compensation' only (compensation-properties.ts); absent or null on every other kind */
    compensation: COMPENSATION_PROPERTY,
    /** kind 'data-request' only (data-request-properties.ts); absent or null on every other kind */
    dataRequest: DATA_REQUEST_PROPERTY,
  },
  required: [
    'id', 'caseNumber', 'kind', 'category', 'description', 'beneficiaryId', 'complainant', 'proposedLink',
    'linkReview', 'channel', 'subChannel', 'replyChannel', 'replySubChannel', 'priority', 'domain', 'unitId',
    'officerId', 'concernsStaffIds', 'sensitive', 'status', 'escalated', 'history', 'startedAt', 'pauses',
    'acknowledgeDueDate', 'acknowledgedAt', 'dueDate', 'attachments', 'interactionIds', 'resolution', 'appealOf',
    'checkCodeHash', 'source', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy', 'deskId',
  ],
  // Next number; a beneficiary's cases; an officer's and a unit's queues; the open lists by status (the
  // due dates cannot be indexed: null without a clock; open cases are few enough to sort in memory).
  indexes: ['caseNumber', ['beneficiaryId', 'createdAt'], ['officerId', 'status'], ['unitId', 'status'], 'status'],
  encrypted: CASE_ENCRYPTED_FIELDS,
  additionalProperties: false,
} as const satisfies CollectionSchema;

export const caseMigrationStrategies = {
  1: (doc: Record<string, unknown>) => doc,
  2: (doc: Record<string, unknown>) => doc,
};

export type CaseDoc = FromSchema<typeof caseSchema>;
export type CompensationPart = NonNullable<CaseDoc['compensation']>;
export type CaseHistoryEntry = CaseDoc['history'][number];
export type CasePause = CaseDoc['pauses'][number];
export type CaseResolution = NonNullable<CaseDoc['resolution']>;
export type CaseContact = CaseResolution['contacts'][number];
