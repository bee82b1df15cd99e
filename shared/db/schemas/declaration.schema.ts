import { BASE_PROPERTIES, text, type CollectionSchema, type FromSchema, type JsonSchemaProperty } from '../schema-types';
import { MAX_FILE_BYTES } from '../../files/file-ref';
import { BENEFICIARY_LIMITS as B } from './beneficiary.schema';

/**
 * Data-accuracy declarations (policy 3.3 d–f). A declaration is a frozen SNAPSHOT of what the
 * beneficiary declared, hashed in a canonical form (shared/declaration/canonical.ts) and signed
 * with the desk's Ed25519 key (shared/declaration/signing.ts). Once `signedAt` is non-empty the
 * document is immutable (the sync server freezes it); a correction is a NEW document with
 * `version + 1` and `supersedes` = the previous id.
 */

export const DECLARATION_ENCRYPTED_FIELDS = ['snapshot', 'signature'];

/** A label in both languages: the snapshot keeps what was shown, whatever the catalog says later. */
const label = {
  type: 'object',
  properties: { ar: text(300), en: text(300) },
  required: ['ar', 'en'],
  additionalProperties: false,
} as const;
/** An object whose every listed property is required. */
const object = <const P extends { readonly [key: string]: JsonSchemaProperty }>(properties: P) =>
  ({
    type: 'object',
    properties,
    required: Object.keys(properties) as (keyof P & string)[],
    additionalProperties: false,
  }) as const;

const snapshotSchema = object({
  beneficiary: object({
    // The grandfather's name may be empty, as on the file (shared/registry/name-parts.ts).
    name: object({ first: text(B.namePart, 1), father: text(B.namePart, 1), grandfather: text(B.namePart), family: text(B.namePart, 1) }),
    fullName: text(B.fullName, 1),
    latinName: text(B.latinName),
    nationalId: text(B.nationalId, B.nationalId),
    mobiles: { type: 'array', maxItems: B.mobiles, items: text(16, 1) },
    noMobileReason: text(B.noMobileReason),
    address: text(B.address),
    familyCount: { type: 'integer', minimum: 1, maximum: B.familyCount },
    category: label,
  }),
  request: object({
    requestNumber: text(32, 1),
    requestType: label,
    requirements: { type: 'array', maxItems: 200, items: label },
  }),
  channel: object({ label, address: text(B.address) }),
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

/**
 * `declarationNumber` is `<DESK>-D<YYYY>-<NNNNNN>`, e.g. 'RYD1-D2026-000001'; `version` 1, 2…: a
 * correction makes a new version, and `supersedes` is the id of the version it corrects ('' for
 * version 1). `snapshot` and `signature` (which holds the drawing) are ENCRYPTED. `hash` is the
 * lower-case hex SHA-256 of the canonical form, `deskSignature` the base64 Ed25519 signature over
 * its 32 bytes. A non-empty `signedAt` = signed by the beneficiary = immutable.
 *
 * The signature image: 'pad' keeps the drawing, a PNG, INLINE (`data`, base64) so it syncs with the
 * declaration and any desk can recompute its hash (a pad PNG is tens of KB); 'paper-scan' is a
 * file-store reference (sha256, type, size) to the scan of the signed paper (up to 10 MB: too
 * large to inline), no `data`, and `image` is null until the scan is attached. The signature's
 * `signedAt` is when the beneficiary signed (pad) or the scan was attached (paper); '' before.
 */
export const declarationSchema = {
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
            size: { type: 'integer', minimum: 1, maximum: MAX_FILE_BYTES },
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
} as const satisfies CollectionSchema;

export type DeclarationDoc = FromSchema<typeof declarationSchema>;
export type DeclarationSnapshot = DeclarationDoc['snapshot'];
export type DeclarationLabel = DeclarationSnapshot['request']['requestType'];
export type DeclarationSignature = DeclarationDoc['signature'];
export type SignatureImage = NonNullable<DeclarationSignature['image']>;
