/**
 * The `dataRequest` part of a case of kind 'data-request' (PDPL data subjects' requests; the rules live
 * in shared/data-requests/data-request.ts). Null or absent on every other kind. ENCRYPTED at rest with
 * the case (a guardian's name, the reasons given).
 */
import { DATA_REQUEST_LIMITS, DATA_REQUEST_STATUSES, DATA_REQUEST_SUB_KINDS, IDENTITY_DOCUMENTS, MAX_EXTENSION_DAYS, RECEIVED_VIA } from '../../data-requests/data-request';
import { FILE_REF } from './shared-properties';
import { text } from '../schema-types';

const L = DATA_REQUEST_LIMITS;
const ISO_DATE = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;

const BY = text(36, 1);
const AT = text(40, 1);

export const DATA_REQUEST_PROPERTY = {
  type: ['object', 'null'],
  properties: {
    subKind: { type: 'string', enum: [...DATA_REQUEST_SUB_KINDS] },
    receivedVia: { type: 'string', enum: [...RECEIVED_VIA] },
    receivedOn: ISO_DATE,
    requester: {
      type: 'object',
      properties: { kind: { type: 'string', enum: ['self', 'guardian'] }, name: text(L.name), proof: { ...FILE_REF, type: ['object', 'null'] } },
      required: ['kind', 'name', 'proof'],
      additionalProperties: false,
    },
    status: { type: 'string', enum: [...DATA_REQUEST_STATUSES] },
    identity: {
      type: ['object', 'null'],
      properties: { document: { type: 'string', enum: [...IDENTITY_DOCUMENTS] }, by: BY, at: AT },
      required: ['document', 'by', 'at'],
      additionalProperties: false,
    },
    extension: {
      type: ['object', 'null'],
      properties: { days: { type: 'integer', minimum: 1, maximum: MAX_EXTENSION_DAYS }, reason: text(L.reason, 1), by: BY, at: AT },
      required: ['days', 'reason', 'by', 'at'],
      additionalProperties: false,
    },
    refusal: {
      type: ['object', 'null'],
      properties: { reasons: text(L.reason, 1), by: BY, at: AT },
      required: ['reasons', 'by', 'at'],
      additionalProperties: false,
    },
    answeredAt: { type: ['string', 'null'], maxLength: 40 },
  },
  required: ['subKind', 'receivedVia', 'receivedOn', 'requester', 'status', 'identity', 'extension', 'refusal', 'answeredAt'],
  additionalProperties: false,
} as const;
