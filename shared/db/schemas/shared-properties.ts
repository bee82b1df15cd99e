import { ALLOWED_FILE_TYPES, FILE_NAME_MAX_LENGTH, MAX_FILE_BYTES } from '../../files/file-ref';
import { text } from '../schema-types';

/** A calendar date (YYYY-MM-DD, the working-day clocks' due dates), or null. */
export const ISO_DATE_OR_NULL = { type: ['string', 'null'], pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;

/** A file in the desk's file store, by its content hash (shared/files/file-ref.ts): scans, attachments. */
export const FILE_REF = {
  type: 'object',
  properties: {
    sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
    name: text(FILE_NAME_MAX_LENGTH, 1),
    type: { type: 'string', enum: [...ALLOWED_FILE_TYPES] },
    size: { type: 'integer', minimum: 1, maximum: MAX_FILE_BYTES },
  },
  required: ['sha256', 'name', 'type', 'size'],
  additionalProperties: false,
} as const;
