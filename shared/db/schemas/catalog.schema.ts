import { BASE_PROPERTIES, type CollectionSchema, type FromSchema } from '../schema-types';

/**
 * Configurable lists shared by every desk: beneficiary categories and communication
 * channels now; request types, units, holidays and desks later (ARCHITECTURE.md "Data":
 * one `catalog` collection with a `kind`, so the collection budget holds).
 */
/** Its limits, read by the validators (shared/catalog) too. */
export const CATALOG_LIMITS = { key: 40, label: 120 } as const;

/**
 * `kind` is a CatalogKind (shared/catalog/seed.ts) or a newer desk's kind; `key` is stable, stored
 * in other documents (e.g. a beneficiary's categoryKey); inactive entries stay for old documents but
 * are not offered for new ones; `data` holds kind-specific details, e.g. a channel's sub-channels.
 */
export const catalogSchema = {
  title: 'catalog',
  description: 'Configurable lists: beneficiary categories, communication channels, ...',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    ...BASE_PROPERTIES,
    kind: { type: 'string', minLength: 1, maxLength: 40 },
    key: { type: 'string', minLength: 1, maxLength: CATALOG_LIMITS.key },
    labelAr: { type: 'string', minLength: 1, maxLength: CATALOG_LIMITS.label },
    labelEn: { type: 'string', minLength: 1, maxLength: CATALOG_LIMITS.label },
    active: { type: 'boolean' },
    order: { type: 'integer', minimum: 0, maximum: 10000, multipleOf: 1 },
    data: { type: 'object' },
  },
  required: ['id', 'kind', 'key', 'labelAr', 'labelEn', 'active', 'order', 'updatedAt', 'updatedBy', 'deskId'],
  // Listing one kind in its order.
  indexes: [['kind', 'order']],
  additionalProperties: false,
} as const satisfies CollectionSchema;

export type CatalogDoc = FromSchema<typeof catalogSchema>;
