import type { CatalogKind } from '../../catalog/seed';
import { BASE_PROPERTIES, type BaseDoc, type CollectionSchema } from '../schema-types';

/**
 * Configurable lists shared by every desk: beneficiary categories and communication
 * channels now; request types, units, holidays and desks later (ARCHITECTURE.md "Data":
 * one `catalog` collection with a `kind`, so the collection budget holds).
 */
export type CatalogDoc = BaseDoc & {
  kind: CatalogKind | (string & {});
  /** Stable key stored in other documents (e.g. a beneficiary's categoryKey). */
  key: string;
  labelAr: string;
  labelEn: string;
  /** Inactive entries stay for old documents but are not offered for new ones. */
  active: boolean;
  order: number;
  /** Kind-specific details, e.g. a channel's sub-channels. */
  data?: Record<string, unknown>;
};

export const catalogSchema: CollectionSchema = {
  title: 'catalog',
  description: 'Configurable lists: beneficiary categories, communication channels, ...',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    ...BASE_PROPERTIES,
    kind: { type: 'string', minLength: 1, maxLength: 40 },
    key: { type: 'string', minLength: 1, maxLength: 40 },
    labelAr: { type: 'string', minLength: 1, maxLength: 120 },
    labelEn: { type: 'string', minLength: 1, maxLength: 120 },
    active: { type: 'boolean' },
    order: { type: 'integer', minimum: 0, maximum: 10000, multipleOf: 1 },
    data: { type: 'object' },
  },
  required: ['id', 'kind', 'key', 'labelAr', 'labelEn', 'active', 'order', 'updatedAt', 'updatedBy', 'deskId'],
  // Listing one kind in its order.
  indexes: [['kind', 'order']],
  additionalProperties: false,
};
