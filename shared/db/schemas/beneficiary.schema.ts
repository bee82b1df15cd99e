import { BASE_PROPERTIES, text, type CollectionSchema, type FromSchema } from '../schema-types';
import { FILE_REF } from './shared-properties';

export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];
export const MARITAL_STATUSES = ['single', 'married', 'divorced', 'widowed'] as const;
export type MaritalStatus = (typeof MARITAL_STATUSES)[number];
export const FAMILY_RELATIONS = ['spouse', 'son', 'daughter', 'father', 'mother', 'other'] as const;
export type FamilyRelation = (typeof FAMILY_RELATIONS)[number];
export const NATIONAL_ID_KINDS = ['citizen', 'resident'] as const;
/** How a consent (or its withdrawal) was given: at the counter, by phone, or on a signed paper form (attached). */
export const CONSENT_METHODS = ['in-person', 'phone', 'paper'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];
/** What a beneficiary's photo, story or work may be used for (policy 3.6a), each consented to separately. */
export const IMAGE_USES = ['photo', 'story', 'work'] as const;
export type ImageUse = (typeof IMAGE_USES)[number];

/**
 * The limits of a beneficiary's file: the schema below enforces them on every write and sync, and
 * the validators of shared/registry (and the declaration's snapshot) read them from here, so a
 * limit is written once.
 */
export const BENEFICIARY_LIMITS = {
  namePart: 40,
  fullName: 170,
  latinName: 120,
  /** Digits of a national ID or iqama number. */
  nationalId: 10,
  familyCount: 50,
  familyMembers: 50,
  familyMemberName: 120,
  city: 60,
  district: 60,
  address: 300,
  mobiles: 5,
  noMobileReason: 200,
  consentPurpose: 300,
  notes: 2000,
  mergedFrom: 100,
  importFileName: 200,
  consentLog: 200,
  consentNote: 300,
  /** Catalog sub-channel keys a withdrawal names (shared/consent/consent-log.ts). */
  withdrawnChannels: 8,
  imageConsents: 100,
  imageWhat: 300,
  imageWhere: 300,
  noticeVersion: 9999,
} as const;
const L = BENEFICIARY_LIMITS;

/** Version 0 → 1: the merge fields are optional, so files made before merging existed stay as they are. */
export const beneficiaryMigrationStrategies = {
  1: (old: Record<string, unknown>): Record<string, unknown> => old,
  /** Version 1 → 2: the grandfather's name may be empty (the name as given); stored files are unchanged. */
  2: (old: Record<string, unknown>): Record<string, unknown> => old,
  /** Version 2 → 3: importSource is optional; files typed at the counter have none, stored files are unchanged. */
  3: (old: Record<string, unknown>): Record<string, unknown> => old,
  /**
   * Version 3 → 4: consentLog and imageConsents are optional; a file made before them keeps only its
   * registration consent, which shared/consent reads as given to "version 0" (before the notice was
   * versioned), in person. Stored files are unchanged, so no desk rewrites (and re-pushes) them.
   */
  4: (old: Record<string, unknown>): Record<string, unknown> => old,
};

// imageConsents describe the person's photo, story or work; consentLog names the signed paper form's file.
export const BENEFICIARY_ENCRYPTED_FIELDS = ['nationalId', 'address', 'mobiles', 'preferredChannel', 'notes', 'consentLog', 'imageConsents'];

const ISO_DATE = '^\\d{4}-\\d{2}-\\d{2}$';
const METHOD = { type: 'string', enum: [...CONSENT_METHODS] } as const;

/**
 * One step of the PDPL consent (shared/consent/consent-log.ts): 'given' to a notice version (how, by
 * whom, when, the signed paper form when on paper), or 'withdrawn' (what it stops: contact on the
 * named sub-channels, being drawn for satisfaction surveys).
 */
const consentStep = {
  type: 'object',
  properties: {
    id: text(36, 1),
    kind: { type: 'string', enum: ['given', 'withdrawn'] },
    at: text(32, 1),
    by: text(36, 1),
    method: METHOD,
    noticeVersion: { type: 'integer', minimum: 0, maximum: L.noticeVersion },
    paperForm: FILE_REF,
    stopsChannels: { type: 'array', maxItems: L.withdrawnChannels, uniqueItems: true, items: text(40, 1) },
    stopsSampling: { type: 'boolean' },
    note: text(L.consentNote),
  },
  required: ['id', 'kind', 'at', 'by', 'method', 'noticeVersion', 'stopsChannels', 'stopsSampling', 'note'],
  additionalProperties: false,
} as const;

/** A consent to use the person's photo, story or work (policy 3.6a): what, where, until when; withdrawable. */
const imageConsent = {
  type: 'object',
  properties: {
    id: text(36, 1),
    uses: { type: 'array', minItems: 1, maxItems: IMAGE_USES.length, uniqueItems: true, items: { type: 'string', enum: [...IMAGE_USES] } },
    what: text(L.imageWhat, 1),
    where: text(L.imageWhere, 1),
    until: { type: 'string', pattern: ISO_DATE },
    method: METHOD,
    paperForm: FILE_REF,
    givenAt: text(32, 1),
    givenBy: text(36, 1),
    withdrawnAt: text(32, 1),
    withdrawnBy: text(36, 1),
  },
  required: ['id', 'uses', 'what', 'where', 'until', 'method', 'givenAt', 'givenBy'],
  additionalProperties: false,
} as const;

/**
 * A beneficiary's file. Fields in {@link BENEFICIARY_ENCRYPTED_FIELDS} are encrypted at rest
 * and can be neither indexed nor queried: lookups by national ID and mobile go through the
 * desk-local search index (keyed hashes), never through this collection.
 *
 * Fields: fileNumber `<DESK>-<YYYY>-<NNNNNN>` (shared/registry/file-number.ts); name as typed,
 * cleaned, never folded, and fullName its four parts joined; nationalId 10 ASCII digits; birthDate
 * ISO Gregorian; nationality ISO 3166-1 alpha-2; mobiles `+9665XXXXXXXX`; noMobileReason '' when
 * mobiles are given; preferredChannel holds an address (hence encrypted). Version 1 added the
 * merge fields: mergedInto (the survivor's id: the file stays, read-only, never deleted), mergedAt,
 * mergedBy, and mergedFrom (ids merged into this file, whose requests and contacts join its timeline).
 * Version 3 added importSource: where a file brought in from the association's earlier list came
 * from (the import's id, the spreadsheet's name and the row), to trace it back to the sheet.
 * Version 4 added consentLog (the consent's history: the notice version, how, withdrawals and what
 * they stop) and imageConsents (policy 3.6a), both optional: see shared/consent.
 */
export const beneficiarySchema = {
  title: 'beneficiaries',
  description: "Beneficiaries' files; sensitive fields encrypted at rest",
  version: 4,
  primaryKey: 'id',
  type: 'object',
  properties: {
    ...BASE_PROPERTIES,
    fileNumber: text(24, 1),
    name: {
      type: 'object',
      properties: { first: text(L.namePart, 1), father: text(L.namePart, 1), grandfather: text(L.namePart), family: text(L.namePart, 1) },
      required: ['first', 'father', 'grandfather', 'family'],
      additionalProperties: false,
    },
    fullName: text(L.fullName, 1),
    latinName: text(L.latinName),
    nationalId: { type: 'string', pattern: `^[12]\\d{${L.nationalId - 1}}$` },
    idKind: { type: 'string', enum: [...NATIONAL_ID_KINDS] },
    birthDate: { type: 'string', pattern: ISO_DATE },
    gender: { type: 'string', enum: [...GENDERS] },
    nationality: { type: 'string', pattern: '^[A-Z]{2}$' },
    maritalStatus: { type: 'string', enum: [...MARITAL_STATUSES] },
    familyCount: { type: 'integer', minimum: 1, maximum: L.familyCount },
    familyMembers: {
      type: 'array',
      maxItems: L.familyMembers,
      items: {
        type: 'object',
        properties: { name: text(L.familyMemberName, 1), relation: { type: 'string', enum: [...FAMILY_RELATIONS] }, birthDate: { type: 'string', pattern: ISO_DATE } },
        required: ['name', 'relation'],
        additionalProperties: false,
      },
    },
    categoryKey: text(40, 1),
    city: text(L.city, 1),
    district: text(L.district, 1),
    address: text(L.address),
    mobiles: { type: 'array', maxItems: L.mobiles, uniqueItems: true, items: { type: 'string', pattern: '^\\+9665\\d{8}$' } },
    noMobileReason: text(L.noMobileReason),
    preferredChannel: {
      type: 'object',
      properties: { channel: text(40, 1), subChannel: text(40, 1), address: text(L.address) },
      required: ['channel', 'subChannel', 'address'],
      additionalProperties: false,
    },
    consent: {
      type: 'object',
      properties: { purpose: text(L.consentPurpose, 1), givenAt: text(32, 1), takenBy: text(36, 1) },
      required: ['purpose', 'givenAt', 'takenBy'],
      additionalProperties: false,
    },
    consentLog: { type: 'array', maxItems: L.consentLog, items: consentStep },
    imageConsents: { type: 'array', maxItems: L.imageConsents, items: imageConsent },
    notes: text(L.notes),
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
    mergedFrom: { type: 'array', maxItems: L.mergedFrom, uniqueItems: true, items: text(36, 1) },
    importSource: {
      type: 'object',
      properties: { importId: text(36, 1), fileName: text(L.importFileName, 1), row: { type: 'integer', minimum: 1, maximum: 1_048_576 } },
      required: ['importId', 'fileName', 'row'],
      additionalProperties: false,
    },
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
} as const satisfies CollectionSchema;

export type BeneficiaryDoc = FromSchema<typeof beneficiarySchema>;
export type BeneficiaryName = BeneficiaryDoc['name'];
export type FamilyMember = BeneficiaryDoc['familyMembers'][number];
export type PreferredChannel = BeneficiaryDoc['preferredChannel'];
export type Consent = BeneficiaryDoc['consent'];
export type ConsentStep = NonNullable<BeneficiaryDoc['consentLog']>[number];
export type ImageConsent = NonNullable<BeneficiaryDoc['imageConsents']>[number];
/** One acknowledged duplicate warning: which file, why, who acknowledged it and when. */
export type DuplicateAcknowledgment = BeneficiaryDoc['duplicateAcknowledgments'][number];
