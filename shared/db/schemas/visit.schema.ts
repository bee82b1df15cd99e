import { FILE_REF, ISO_DATE_OR_NULL } from './shared-properties';
import { BASE_PROPERTIES, text, type CollectionSchema, type FromSchema } from '../schema-types';

/** Policy 3.8(c): a supervisory visit goes to one of the association's sites or to a beneficiary's home. */
export const VISIT_TARGETS = ['site', 'beneficiary'] as const;
export type VisitTarget = (typeof VISIT_TARGETS)[number];

/**
 * planned (by a manager) → ready (the field worker's desk holds everything it needs, shared/visits/ready-offline.ts)
 * → in-progress (recorded in the field, offline) → completed (report printable); cancelled from planned or ready.
 * The moves are shared/visits/visit-status.ts.
 */
export const VISIT_STATUSES = ['planned', 'ready', 'in-progress', 'completed', 'cancelled'] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];

/** One checklist item's result; null until the field worker records it. */
export const CHECK_RESULTS = ['met', 'not-met', 'not-applicable'] as const;
export type CheckResult = (typeof CHECK_RESULTS)[number];

/**
 * Whether a photo may be published (annual report, social media). 'unknown' until the data-rights
 * work asks the person photographed; the visit report prints every photo, publication needs 'given'.
 */
export const PUBLICATION_CONSENTS = ['unknown', 'given', 'refused'] as const;
export type PublicationConsent = (typeof PUBLICATION_CONSENTS)[number];

export const ACTION_STATUSES = ['open', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Field limits, shared by the schema and the validators (shared/visits/visit-input.ts). */
export const VISIT_LIMITS = {
  visitNumber: 32,
  siteName: 120,
  purpose: 1000,
  checklist: 60,
  itemLabel: 200,
  note: 1000,
  findings: 4000,
  photos: 12,
  caption: 200,
  /** a photo is downscaled and compressed on the desk to at most this many bytes (renderer/src/features/visits) */
  photoBytes: 300 * 1024,
  interviews: 50,
  questionnaires: 10,
  actions: 60,
  actionText: 1000,
  history: 100,
  reason: 1000,
} as const;
const L = VISIT_LIMITS;

/** Personal or sensitive: what was seen in a home or at a site, and what the field worker noted. */
export const VISIT_ENCRYPTED_FIELDS = ['findings', 'checklist', 'photos'];

const STAFF_ID = text(36, 1);
const ISO_DATE = { type: 'string', minLength: 10, maxLength: 10, pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;

/** One checklist item as planned (copied from the visit type in the catalog) with its result and note. */
const checkItem = {
  type: 'object',
  properties: {
    key: text(40, 1),
    labelAr: text(L.itemLabel, 1),
    labelEn: text(L.itemLabel, 1),
    result: { type: ['string', 'null'], enum: [...CHECK_RESULTS, null] },
    note: text(L.note),
  },
  required: ['key', 'labelAr', 'labelEn', 'result', 'note'],
  additionalProperties: false,
} as const;

/** A photo in the desk's file store (≤ 300 KB, EXIF location stripped unless `locationKept`). */
const photo = {
  type: 'object',
  properties: {
    file: FILE_REF,
    caption: text(L.caption),
    takenAt: text(40, 1),
    source: { type: 'string', enum: ['camera', 'disk'] },
    locationKept: { type: 'boolean' },
    publicationConsent: { type: 'string', enum: [...PUBLICATION_CONSENTS] },
  },
  required: ['file', 'caption', 'takenAt', 'source', 'locationKept', 'publicationConsent'],
  additionalProperties: false,
} as const;

/**
 * A follow-up or corrective action. `itemKey` names the failed checklist item that opened it ('' for a
 * follow-up the field worker added); `dueDate` is counted in working days (shared/calendar).
 */
const action = {
  type: 'object',
  properties: {
    id: text(36, 1),
    itemKey: text(40),
    text: text(L.actionText, 1),
    ownerId: STAFF_ID,
    dueDate: ISO_DATE,
    status: { type: 'string', enum: [...ACTION_STATUSES] },
    createdAt: text(40, 1),
    createdBy: STAFF_ID,
    doneAt: { type: ['string', 'null'], maxLength: 40 },
  },
  required: ['id', 'itemKey', 'text', 'ownerId', 'dueDate', 'status', 'createdAt', 'createdBy', 'doneAt'],
  additionalProperties: false,
} as const;

const historyEntry = {
  type: 'object',
  properties: {
    from: { type: ['string', 'null'], enum: [...VISIT_STATUSES, null] },
    to: { type: 'string', enum: [...VISIT_STATUSES] },
    by: STAFF_ID,
    at: text(40, 1),
    reason: text(L.reason),
  },
  required: ['from', 'to', 'by', 'at', 'reason'],
  additionalProperties: false,
} as const;

/**
 * A supervisory visit (policy 3.8c), planned by a manager and done offline by a field worker.
 * - `target` 'site' names `siteName`; 'beneficiary' names `beneficiaryId` (the file the field worker may see).
 * - `visitType`: catalog kind 'visit-type' key; `checklist` is that type's items copied at planning, so the
 *   desk needs nothing else to record them and a later change of the type leaves this visit's record as it was.
 * - `questionnaireIds`: the survey questionnaires to take as interviews (policy 3.8d); `interviewIds` the
 *   survey answers recorded during the visit (the `surveys` collection).
 * - `readyAt`/`readyDeskId`: when and where the field worker's desk was found holding everything (ready offline).
 * - `actions`: corrective actions opened by failed items and follow-ups; `previousVisitId` the earlier visit of
 *   the same site or file whose findings the field worker takes along.
 */
export const visitSchema = {
  title: 'visits',
  description: 'Supervisory visits: plan, checklist, findings, photos, interviews, corrective actions',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    ...BASE_PROPERTIES,
    visitNumber: text(L.visitNumber, 1),
    target: { type: 'string', enum: [...VISIT_TARGETS] },
    siteName: text(L.siteName),
    beneficiaryId: text(36),
    plannedDate: ISO_DATE,
    visitType: text(40, 1),
    purpose: text(L.purpose),
    fieldWorkerId: STAFF_ID,
    status: { type: 'string', enum: [...VISIT_STATUSES], maxLength: 12 },
    history: { type: 'array', maxItems: L.history, items: historyEntry },
    checklist: { type: 'array', maxItems: L.checklist, items: checkItem },
    findings: text(L.findings),
    photos: { type: 'array', maxItems: L.photos, items: photo },
    questionnaireIds: { type: 'array', maxItems: L.questionnaires, uniqueItems: true, items: text(36, 1) },
    interviewIds: { type: 'array', maxItems: L.interviews, uniqueItems: true, items: text(36, 1) },
    actions: { type: 'array', maxItems: L.actions, items: action },
    previousVisitId: text(36),
    readyAt: { type: ['string', 'null'], maxLength: 40 },
    readyDeskId: text(36),
    visitedAt: ISO_DATE_OR_NULL,
    createdAt: text(40, 1),
    createdBy: STAFF_ID,
  },
  required: [
    'id', 'visitNumber', 'target', 'siteName', 'beneficiaryId', 'plannedDate', 'visitType', 'purpose', 'fieldWorkerId',
    'status', 'history', 'checklist', 'findings', 'photos', 'questionnaireIds', 'interviewIds', 'actions',
    'previousVisitId', 'readyAt', 'readyDeskId', 'visitedAt', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy', 'deskId',
  ],
  // A field worker's list by date; the visits of a file; the open lists by status.
  indexes: [['fieldWorkerId', 'plannedDate'], ['beneficiaryId', 'plannedDate'], 'status', 'visitNumber'],
  encrypted: VISIT_ENCRYPTED_FIELDS,
  additionalProperties: false,
} as const satisfies CollectionSchema;

export type VisitDoc = FromSchema<typeof visitSchema>;
export type VisitCheckItem = VisitDoc['checklist'][number];
export type VisitPhoto = VisitDoc['photos'][number];
export type VisitAction = VisitDoc['actions'][number];
export type VisitHistoryEntry = VisitDoc['history'][number];
