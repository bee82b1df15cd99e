/**
 * Bench-only, beneficiary-like collection (the real one comes with the registry issue): ~1 KB
 * documents with the indexes a registry needs. Lives here, not in shared/db/collections.ts.
 */
import type { CollectionDefinition } from '../../shared/db/collections';
import { BASE_PROPERTIES, type BaseDoc, type JsonSchemaProperty } from '../../shared/db/schema-types';

export type BenchBeneficiary = BaseDoc & {
  fileNo: string;
  fullName: string;
  nameKey: string;
  nationalIdHash: string;
  mobileHash: string;
  birthDate: string;
  gender: 'male' | 'female';
  city: string;
  district: string;
  address: string;
  householdSize: number;
  monthlyIncome: number;
  status: 'active' | 'pending' | 'closed';
  category: string;
  notes: string;
  tags: string[];
  createdAt: string;
};

const str = (maxLength?: number): JsonSchemaProperty => (maxLength ? { type: 'string', maxLength } : { type: 'string' });

export const beneficiaryDefinition: CollectionDefinition = {
  migrationStrategies: {},
  schema: {
    title: 'bench beneficiaries',
    version: 0,
    primaryKey: 'id',
    type: 'object',
    properties: {
      ...BASE_PROPERTIES,
      fileNo: str(24),
      fullName: str(200),
      nameKey: str(200),
      nationalIdHash: str(64),
      mobileHash: str(64),
      birthDate: str(10),
      gender: { type: 'string', enum: ['male', 'female'] },
      city: str(60),
      district: str(60),
      address: str(400),
      householdSize: { type: 'integer', minimum: 1, maximum: 40 },
      monthlyIncome: { type: 'number', minimum: 0 },
      status: { type: 'string', enum: ['active', 'pending', 'closed'] },
      category: str(40),
      notes: str(2000),
      tags: { type: 'array', items: str(40) },
      createdAt: str(32),
    },
    required: [
      'id', 'fileNo', 'fullName', 'nameKey', 'nationalIdHash', 'mobileHash', 'birthDate', 'gender', 'city',
      'district', 'address', 'householdSize', 'monthlyIncome', 'status', 'category', 'notes', 'tags',
      'createdAt', 'updatedAt', 'updatedBy', 'deskId',
    ],
    indexes: ['nameKey', 'fileNo', 'updatedAt'],
    additionalProperties: false,
  },
};
