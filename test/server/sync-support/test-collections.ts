import { COLLECTIONS } from '@shared/db/collections';
import type { CollectionSchema } from '@shared/db/schema-types';

/**
 * A small synthetic beneficiary schema for the duplicate and desk tests, so they do not depend on
 * the registry's full schema (which replaces this name in the app's COLLECTIONS when it lands).
 */
export const testBeneficiarySchema: CollectionSchema = {
  title: 'beneficiaries',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 36 },
    fullName: { type: 'string', maxLength: 200 },
    nationalId: { type: 'string', maxLength: 10 },
    city: { type: 'string', maxLength: 80 },
    notes: { type: 'string', maxLength: 2000 },
    updatedAt: { type: 'string', maxLength: 32 },
    updatedBy: { type: 'string', maxLength: 36 },
    deskId: { type: 'string', maxLength: 36 },
  },
  required: ['id', 'fullName', 'nationalId', 'city', 'updatedAt', 'updatedBy', 'deskId'],
  additionalProperties: false,
};

export const TEST_COLLECTIONS = { ...COLLECTIONS, beneficiaries: { schema: testBeneficiarySchema, migrationStrategies: {} } };
