/**
 * The shape of a collection schema as RxDB (and later the server's ajv) reads it. Declared here
 * instead of importing rxdb's RxJsonSchema because shared/ stays free of runtime libraries; the
 * renderer hands these objects to RxDB unchanged.
 */
export type JsonSchemaProperty = {
  type?: string | string[];
  maxLength?: number;
  minLength?: number;
  minimum?: number;
  maximum?: number;
  multipleOf?: number;
  pattern?: string;
  format?: string;
  enum?: readonly (string | number | null)[];
  items?: JsonSchemaProperty;
  properties?: Record<string, JsonSchemaProperty>;
  required?: string[];
  /** false, or the schema every extra property must follow (a map keyed by ids, e.g. a checklist). */
  additionalProperties?: boolean | JsonSchemaProperty;
  uniqueItems?: boolean;
  maxItems?: number;
  minItems?: number;
};

export type CollectionSchema = {
  title: string;
  description?: string;
  version: number;
  primaryKey: string;
  type: 'object';
  properties: Record<string, JsonSchemaProperty>;
  required: string[];
  indexes?: (string | string[])[];
  /** Top-level fields RxDB encrypts at rest (encryption-crypto-js); they cannot be indexed or queried. */
  encrypted?: string[];
  additionalProperties?: boolean;
};

/** Turns a document of schema version n-1 into version n; null drops it. */
export type MigrationStrategy = (oldDoc: Record<string, unknown>) => Record<string, unknown> | null;
export type MigrationStrategies = Record<number, MigrationStrategy>;

/** Fields every synced document carries (ARCHITECTURE.md, "Data"). */
export const BASE_PROPERTIES = {
  id: { type: 'string', maxLength: 36 },
  updatedAt: { type: 'string', maxLength: 32 },
  updatedBy: { type: 'string', maxLength: 36 },
  deskId: { type: 'string', maxLength: 36 },
} satisfies Record<string, JsonSchemaProperty>;

export type BaseDoc = {
  /** uuid */
  id: string;
  /** ISO 8601 */
  updatedAt: string;
  /** staff id of the last writer */
  updatedBy: string;
  /** desk that made the last write */
  deskId: string;
};
