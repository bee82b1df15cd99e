import { DECISIONS, REQUEST_STATUSES } from '../../intake/request-status';
import { REQUIREMENT_KINDS } from '../../intake/request-type';
import { FILE_REF, ISO_DATE_OR_NULL } from './shared-properties';
import { BASE_PROPERTIES, text, type CollectionSchema, type FromSchema } from '../schema-types';

/** Field limits, shared by the schema and the data functions (which refuse before writing). */
export const REQUEST_LIMITS = { value: 500, note: 500, notes: 2000, filesPerRequirement: 10 } as const;

/**
 * Version 0 → 1: the 'signed' status and the history's `declarationNumber` (policy 3.3d: signing is
 * a step of its own). Both are additions, so requests made before stay as they are.
 */
export const requestMigrationStrategies = {
  1: (old: Record<string, unknown>): Record<string, unknown> => old,
  /**
   * Version 1 → 2: the due lists' index on `clockDue`. Documents are unchanged: the desk's storage
   * fills the field in as it writes each one (the migration rewrites every request), so no desk
   * rewrites and re-pushes them.
   */
  2: (old: Record<string, unknown>): Record<string, unknown> => old,
};

/** The stored-only field the due lists read by: see the schema's `clockDue`. */
export const CLOCK_DUE_FIELD = 'clockDue';

export const REQUEST_ENCRYPTED_FIELDS = ['checklist', 'notes'];



const requirement = {
  type: 'object',
  properties: {
    id: text(40, 1),
    kind: { type: 'string', enum: [...REQUIREMENT_KINDS] },
    labelAr: text(200, 1),
    labelEn: text(200, 1),
    required: { type: 'boolean' },
  },
  required: ['id', 'kind', 'labelAr', 'labelEn', 'required'],
  additionalProperties: false,
} as const;

const historyEntry = {
  type: 'object',
  properties: {
    from: { type: 'string', enum: [...REQUEST_STATUSES] },
    to: { type: 'string', enum: [...REQUEST_STATUSES] },
    by: text(36, 1),
    at: text(40, 1),
    note: text(1000),
    reason: text(1000),
    unitId: text(40),
    channel: text(81),
    decision: { type: 'string', enum: [...DECISIONS] },
    declarationNumber: text(40),
    completionDate: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
    dueDate: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
  },
  required: ['from', 'to', 'by', 'at'],
  additionalProperties: false,
} as const;

/**
 * A request for a service (policy 3.2e, 3.3). The status-machine fields are RequestState's
 * (shared/intake/request-status.ts), except that `unitId` is never null here: a draft starts with its
 * type's competent unit (referral may change it), and RxDB can only index non-null fields (the unit
 * queues read unitId+status). '' would mean "none". `requestNumber` is `<DESK>-R<YYYY>-<NNNNNN>`;
 * `requestType` is the type as it was when the request was taken (later edits never change it);
 * `checklist` (values may be personal: income, an address) and `notes` are ENCRYPTED.
 */
export const requestSchema = {
  title: 'requests',
  description: 'Service requests: checklist, status, reply clock and history',
  version: 2,
  primaryKey: 'id',
  type: 'object',
  properties: {
    ...BASE_PROPERTIES,
    requestNumber: text(32, 1),
    beneficiaryId: text(36, 1),
    requestType: {
      type: 'object',
      properties: {
        id: text(40, 1),
        version: { type: 'integer', minimum: 1 },
        nameAr: text(120, 1),
        nameEn: text(120, 1),
        unitId: text(40, 1),
        requirements: { type: 'array', minItems: 1, maxItems: 60, items: requirement },
      },
      required: ['id', 'version', 'nameAr', 'nameEn', 'unitId', 'requirements'],
      additionalProperties: false,
    },
    status: { type: 'string', enum: [...REQUEST_STATUSES], maxLength: 24 },
    unitId: text(40),
    completionDate: ISO_DATE_OR_NULL,
    dueDate: ISO_DATE_OR_NULL,
    /**
     * Stored only, never in a document the app reads or sends: the due date while the reply clock
     * runs (shared/intake/queues.ts clockDueOf), absent otherwise. The desk's storage sets it on
     * every write, whoever wrote (the app, a pull, a migration, a restore), and takes it out of
     * every read, so it always agrees with status and dueDate (renderer/src/db/derived-fields.ts).
     */
    clockDue: { type: 'string', maxLength: 10, pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
    decision: { type: ['string', 'null'], enum: [...DECISIONS, null] },
    declarationSigned: { type: 'boolean' },
    history: { type: 'array', maxItems: 500, items: historyEntry },
    checklist: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        properties: {
          provided: { type: 'boolean' },
          value: text(REQUEST_LIMITS.value),
          note: text(REQUEST_LIMITS.note),
          files: { type: 'array', maxItems: REQUEST_LIMITS.filesPerRequirement, items: FILE_REF },
        },
        required: ['provided', 'files'],
        additionalProperties: false,
      },
    },
    notes: text(REQUEST_LIMITS.notes),
    createdAt: text(32, 1),
    createdBy: text(36, 1),
  },
  required: [
    'id', 'requestNumber', 'beneficiaryId', 'requestType', 'status', 'unitId', 'completionDate', 'dueDate',
    'decision', 'declarationSigned', 'history', 'checklist', 'notes', 'createdAt', 'createdBy',
    'updatedAt', 'updatedBy', 'deskId',
  ],
  // Next number (highest of a desk and year), a beneficiary's requests, a unit's queue, requests by
  // status, and the due lists by due date (clockDue: the nullable dueDate itself cannot be indexed,
  // and reading every open request to keep the few due took half a second at 100,000 requests).
  indexes: ['requestNumber', ['beneficiaryId', 'createdAt'], ['unitId', 'status'], 'status', 'clockDue'],
  encrypted: REQUEST_ENCRYPTED_FIELDS,
  additionalProperties: false,
} as const satisfies CollectionSchema;

export type RequestDoc = FromSchema<typeof requestSchema>;
/** One checklist line: provided or not, a value for a 'field' requirement, a note, attached scans. */
export type Checklist = RequestDoc['checklist'];
export type ChecklistEntry = Checklist[string];
