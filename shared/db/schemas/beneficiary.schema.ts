import type { NationalIdKind } from '../../registry/national-id';
import { BASE_PROPERTIES, type BaseDoc, type CollectionSchema, type JsonSchemaProperty } from '../schema-types';

export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];
export const MARITAL_STATUSES = ['single', 'married', 'divorced', 'widowed'] as const;
export type MaritalStatus = (typeof MARITAL_STATUSES)[number];
export const FAMILY_RELATIONS = ['spouse', 'son', 'daughter', 'father', 'mother', 'other'] as const;
export type FamilyRelation = (typeof FAMILY_RELATIONS)[number];

export type BeneficiaryName = { first: string; father: string; grandfather: string; family: string };
export type FamilyMember = { name: string; relation: FamilyRelation; birthDate?: string };
export type PreferredChannel = { channel: string; subChannel: string; address: string };
export type Consent = { purpose: string; givenAt: string; takenBy: string };
/** One acknowledged duplicate warning: which file, why, who acknowledged it and when. */
export type DuplicateAcknowledgment = { fileId: string; reason: string; by: string; at: string };

/**
 * A beneficiary's file. Fields in {@link BENEFICIARY_ENCRYPTED_FIELDS} are encrypted at rest
 * and can be neither indexed nor queried: lookups by national ID and mobile go through the
 * desk-local search index (keyed hashes), never through this collection.
 */
export type BeneficiaryDoc = BaseDoc & {
  /** `<DESK>-<YYYY>-<NNNNNN>`, unique without a network (shared/registry/file-number.ts). */
  fileNumber: string;
  /** As typed, cleaned (invisible characters stripped), never folded. */
  name: BeneficiaryName;
  /** The four parts joined, for display. */
  fullName: string;
  latinName?: string;
  /** 10 ASCII digits. ENCRYPTED. */
  nationalId: string;
  idKind: NationalIdKind;
  /** ISO Gregorian `YYYY-MM-DD`. */
  birthDate: string;
  gender: Gender;
  /** ISO 3166-1 alpha-2. */
  nationality: string;
  maritalStatus: MaritalStatus;
  familyCount: number;
  familyMembers: FamilyMember[];
  categoryKey: string;
  city: string;
  district: string;
  /** ENCRYPTED; may be ''. */
  address: string;
  /** `+9665XXXXXXXX`. ENCRYPTED. */
  mobiles: string[];
  /** Why no mobile was recorded; '' when mobiles are given. */
  noMobileReason: string;
  /** ENCRYPTED (holds an address). */
  preferredChannel: PreferredChannel;
  consent: Consent;
  /** ENCRYPTED; may be ''. */
  notes: string;
  duplicateAcknowledgments: DuplicateAcknowledgment[];
  createdAt: string;
  createdBy: string;
  /** Set when this file was merged into another (its id): the file stays, read-only, never deleted. Added in version 1. */
  mergedInto?: string;
  /** ISO 8601, with mergedInto. */
  mergedAt?: string;
  /** Staff id, with mergedInto. */
  mergedBy?: string;
  /** Ids of the files merged into this one (and into those): their requests and contacts join its timeline. */
  mergedFrom?: string[];
};

/** Version 0 → 1: the merge fields are optional, so files made before merging existed stay as they are. */
export const beneficiaryMigrationStrategies = {
  1: (old: Record<string, unknown>): Record<string, unknown> => old,
  /** Version 1 → 2: the grandfather's name may be empty (the name as given); stored files are unchanged. */
  2: (old: Record<string, unknown>): Record<string, unknown> => old,
};

export const BENEFICIARY_ENCRYPTED_FIELDS = ['nationalId', 'address', 'mobiles', 'preferredChannel', 'notes'];

const text = (maxLength: number, minLength = 0): JsonSchemaProperty => ({ type: 'string', minLength, maxLength });
const ISO_DATE = '^\\d{4}-\\d{2}-\\d{2}$';

export const beneficiarySchema: CollectionSchema = {
  title: 'beneficiaries',
  description: "Beneficiaries' files; sensitive fields encrypted at rest",
  version: 2,
  primaryKey: 'id',
  type: 'object',
  properties: {
    ...BASE_PROPERTIES,
    fileNumber: text(24, 1),
    name: {
      type: 'object',
      properties: { first: text(40, 1), father: text(40, 1), grandfather: text(40), family: text(40, 1) },
      required: ['first', 'father', 'grandfather', 'family'],
      additionalProperties: false,
    },
    fullName: text(170, 1),
    latinName: text(120),
    nationalId: { type: 'string', pattern: '^[12]\\d{9}$' },
    idKind: { type: 'string', enum: ['citizen', 'resident'] },
    birthDate: { type: 'string', pattern: ISO_DATE },
    gender: { type: 'string', enum: [...GENDERS] },
    nationality: { type: 'string', pattern: '^[A-Z]{2}$' },
    maritalStatus: { type: 'string', enum: [...MARITAL_STATUSES] },
    familyCount: { type: 'integer', minimum: 1, maximum: 50 },
    familyMembers: {
      type: 'array',
      maxItems: 50,
      items: {
        type: 'object',
        properties: { name: text(120, 1), relation: { type: 'string', enum: [...FAMILY_RELATIONS] }, birthDate: { type: 'string', pattern: ISO_DATE } },
        required: ['name', 'relation'],
        additionalProperties: false,
      },
    },
    categoryKey: text(40, 1),
    city: text(60, 1),
    district: text(60, 1),
    address: text(300),
    mobiles: { type: 'array', maxItems: 5, uniqueItems: true, items: { type: 'string', pattern: '^\\+9665\\d{8}$' } },
    noMobileReason: text(200),
    preferredChannel: {
      type: 'object',
      properties: { channel: text(40, 1), subChannel: text(40, 1), address: text(300) },
      required: ['channel', 'subChannel', 'address'],
      additionalProperties: false,
    },
    consent: {
      type: 'object',
      properties: { purpose: text(300, 1), givenAt: text(32, 1), takenBy: text(36, 1) },
      required: ['purpose', 'givenAt', 'takenBy'],
      additionalProperties: false,
    },
    notes: text(2000),
    duplicateAcknowledgments: {
      type: 'array',
      items: {
        type: 'object',
        properties: { fileId: text(36, 1), reason: text(40, 1), by: text(36, 1), at: text(32, 1) },
        required: ['fileId', 'reason', 'by', 'at'],
        additionalProperties: false,
      },
    },
    createdAt: text(32, 1),
    createdBy: text(36),
    mergedInto: text(36, 1),
    mergedAt: text(32, 1),
    mergedBy: text(36),
    mergedFrom: { type: 'array', maxItems: 100, uniqueItems: true, items: text(36, 1) },
  },
  required: [
    'id', 'fileNumber', 'name', 'fullName', 'nationalId', 'idKind', 'birthDate', 'gender', 'nationality',
    'maritalStatus', 'familyCount', 'familyMembers', 'categoryKey', 'city', 'district', 'address', 'mobiles',
    'noMobileReason', 'preferredChannel', 'consent', 'notes', 'duplicateAcknowledgments', 'createdAt',
    'createdBy', 'updatedAt', 'updatedBy', 'deskId',
  ],
  // File-number lookups and the next sequence (highest number of a desk and year).
  indexes: ['fileNumber'],
  encrypted: BENEFICIARY_ENCRYPTED_FIELDS,
  additionalProperties: false,
};
