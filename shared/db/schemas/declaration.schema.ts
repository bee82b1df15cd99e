import { BASE_PROPERTIES, type BaseDoc, type CollectionSchema, type JsonSchemaProperty } from '../schema-types';

/**
 * Data-accuracy declarations (policy 3.3 d–f). A declaration is a frozen SNAPSHOT of what the
 * beneficiary declared, hashed in a canonical form (shared/declaration/canonical.ts) and signed
 * with the desk's Ed25519 key (shared/declaration/signing.ts). Once `signedAt` is non-empty the
 * document is immutable (the sync server freezes it); a correction is a NEW document with
 * `version + 1` and `supersedes` = the previous id.
 */

/** A label in both languages: the snapshot keeps what was shown, whatever the catalog says later. */
export type DeclarationLabel = { ar: string; en: string };

export type DeclarationSnapshot = {
  beneficiary: {
    /** The four parts as typed (tashkeel kept), and the full name as displayed. */
    name: { first: string; father: string; grandfather: string; family: string };
    fullName: string;
    /** '' when none. */
    latinName: string;
    nationalId: string;
    /** E.164, as stored; empty when the beneficiary has none. */
    mobiles: string[];
    /** Why there is no mobile; '' when mobiles are given. */
    noMobileReason: string;
    address: string;
    familyCount: number;
    category: DeclarationLabel;
  };
  request: {
    requestNumber: string;
    requestType: DeclarationLabel;
    /** The requirements the beneficiary submitted, in checklist order. */
    requirements: DeclarationLabel[];
  };
  /** The agreed channel (policy 3.3 e): label of channel/sub-channel and the address used. */
  channel: { label: DeclarationLabel; address: string };
  /** Reply due date (policy 3.3 f): ISO date plus the display forms printed on the paper. */
  due: { date: string; hijri: string; gregorian: string };
  associationName: string;
  deskName: string;
  staffName: string;
  /** The moment of the declaration and its printed forms (Riyadh time), e.g. time '14:05'. */
  declaredAt: { instant: string; hijri: string; gregorian: string; time: string };
};

/**
 * The beneficiary's signature image.
 * - 'pad': the drawing, a PNG kept INLINE (`data`, base64) in the encrypted `signature` field,
 *   so it syncs with the declaration and any desk can recompute its hash (a pad PNG is tens of KB);
 * - 'paper-scan': a file-store reference (sha256, type, size) to the scan of the signed paper
 *   (up to 10 MB: too large to inline), no `data`.
 */
export type SignatureImage = { sha256: string; type: string; size: number; data?: string };

export type DeclarationSignature = {
  method: 'pad' | 'paper-scan';
  /** null for paper until the scan is attached. */
  image: SignatureImage | null;
  /** When the beneficiary signed (pad) or the scan was attached (paper); '' before. */
  signedAt: string;
};

export type DeclarationDoc = BaseDoc & {
  /** `<DESK>-D<YYYY>-<NNNNNN>`, e.g. 'RYD1-D2026-000001' (shared/declaration/declaration-number.ts). */
  declarationNumber: string;
  /** 1, 2…: a correction makes a new version. */
  version: number;
  /** id of the version this one corrects; '' for version 1. */
  supersedes: string;
  requestId: string;
  beneficiaryId: string;
  /** ENCRYPTED. */
  snapshot: DeclarationSnapshot;
  /** ENCRYPTED (holds the signature drawing). */
  signature: DeclarationSignature;
  /** Lower-case hex SHA-256 of the canonical form. */
  hash: string;
  /** Base64 Ed25519 signature over the 32 hash bytes. */
  deskSignature: string;
  deskKeyId: string;
  /** Non-empty = signed by the beneficiary = immutable. */
  signedAt: string;
  createdAt: string;
  createdBy: string;
};

export const DECLARATION_ENCRYPTED_FIELDS = ['snapshot', 'signature'];

const text = (maxLength: number, minLength = 0): JsonSchemaProperty => ({ type: 'string', minLength, maxLength });
const label: JsonSchemaProperty = {
  type: 'object',
  properties: { ar: text(300), en: text(300) },
  required: ['ar', 'en'],
  additionalProperties: false,
};
const object = (properties: Record<string, JsonSchemaProperty>): JsonSchemaProperty => ({
  type: 'object',
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
});

const snapshotSchema = object({
  beneficiary: object({
    // The grandfather's name may be empty, as on the file (shared/registry/name-parts.ts).
    name: object({ first: text(40, 1), father: text(40, 1), grandfather: text(40), family: text(40, 1) }),
    fullName: text(170, 1),
    latinName: text(120),
    nationalId: text(10, 10),
    mobiles: { type: 'array', maxItems: 5, items: text(16, 1) },
    noMobileReason: text(200),
    address: text(300),
    familyCount: { type: 'integer', minimum: 1, maximum: 50 },
    category: label,
  }),
  request: object({
    requestNumber: text(32, 1),
    requestType: label,
    requirements: { type: 'array', maxItems: 200, items: label },
  }),
  channel: object({ label, address: text(300) }),
  due: object({ date: text(10), hijri: text(64), gregorian: text(64) }),
  associationName: text(200, 1),
  deskName: text(120),
  staffName: text(120, 1),
  declaredAt: object({ instant: text(32, 1), hijri: text(64), gregorian: text(64), time: text(16) }),
});

/** A pad PNG is far smaller; the cap keeps a runaway drawing from bloating every sync. */
export const MAX_SIGNATURE_DATA_LENGTH = 400_000;

/** Version 0 → 1: the snapshot's grandfather name may be empty; stored declarations are unchanged. */
export const declarationMigrationStrategies = {
  1: (old: Record<string, unknown>): Record<string, unknown> => old,
};

export const declarationSchema: CollectionSchema = {
  title: 'declarations',
  description: 'Signed data-accuracy declarations; snapshot and signature encrypted at rest',
  version: 1,
  primaryKey: 'id',
  type: 'object',
  properties: {
    ...BASE_PROPERTIES,
    declarationNumber: text(32, 1),
    version: { type: 'integer', minimum: 1, maximum: 1000, multipleOf: 1 },
    supersedes: text(36),
    requestId: text(36, 1),
    beneficiaryId: text(36, 1),
    snapshot: snapshotSchema,
    signature: {
      type: 'object',
      properties: {
        method: { type: 'string', enum: ['pad', 'paper-scan'] },
        image: {
          type: ['object', 'null'],
          properties: {
            sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
            type: text(100, 1),
            size: { type: 'integer', minimum: 1, maximum: 10 * 1024 * 1024 },
            data: text(MAX_SIGNATURE_DATA_LENGTH),
          },
          required: ['sha256', 'type', 'size'],
          additionalProperties: false,
        },
        signedAt: text(32),
      },
      required: ['method', 'image', 'signedAt'],
      additionalProperties: false,
    },
    hash: { type: 'string', pattern: '^[0-9a-f]{64}$' },
    deskSignature: text(128, 1),
    deskKeyId: text(64, 1),
    signedAt: text(32),
    createdAt: text(32, 1),
    createdBy: text(36),
  },
  required: [
    'id', 'declarationNumber', 'version', 'supersedes', 'requestId', 'beneficiaryId', 'snapshot', 'signature',
    'hash', 'deskSignature', 'deskKeyId', 'signedAt', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy', 'deskId',
  ],
  // The declarations of a request (latest version first) and lookups by the printed number.
  indexes: ['declarationNumber', ['requestId', 'version']],
  encrypted: DECLARATION_ENCRYPTED_FIELDS,
  additionalProperties: false,
};
