/**
 * The shape of a collection schema as RxDB (and the server's ajv) reads it, and the document type
 * read off a schema. Declared here instead of importing rxdb's RxJsonSchema and
 * ExtractDocumentTypeFromTypedRxJsonSchema because shared/ stays free of runtime libraries; the
 * renderer hands these objects to RxDB unchanged.
 *
 * Each schema is written `as const satisfies CollectionSchema`, and its document type is
 * `FromSchema<typeof schema>`: the schema is the one source of truth, so a field added, made
 * optional or given another enum changes the type with it.
 */
export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'null' | 'array' | 'object';

export type JsonSchemaProperty = {
  readonly type?: JsonType | readonly JsonType[];
  readonly maxLength?: number;
  readonly minLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly multipleOf?: number;
  readonly pattern?: string;
  readonly format?: string;
  readonly enum?: readonly (string | number | null)[];
  readonly items?: JsonSchemaProperty;
  readonly properties?: { readonly [key: string]: JsonSchemaProperty };
  readonly required?: readonly string[];
  /** false, or the schema every extra property must follow (a map keyed by ids, e.g. a checklist). */
  readonly additionalProperties?: boolean | JsonSchemaProperty;
  readonly uniqueItems?: boolean;
  readonly maxItems?: number;
  readonly minItems?: number;
};

export type CollectionSchema = {
  readonly title: string;
  readonly description?: string;
  readonly version: number;
  readonly primaryKey: string;
  readonly type: 'object';
  readonly properties: { readonly [key: string]: JsonSchemaProperty };
  readonly required: readonly string[];
  readonly indexes?: readonly (string | readonly string[])[];
  /** Top-level fields RxDB encrypts at rest (encryption-crypto-js); they cannot be indexed or queried. */
  readonly encrypted?: readonly string[];
  /** RxDB refuses extra top-level properties (they could clash with RxDocument's own). */
  readonly additionalProperties?: false;
};

/** Flattens an intersection into one object type, so editors and type tests show plain fields. */
type Simplify<T> = { [K in keyof T]: T[K] } & {};

type RequiredKeys<S> = S extends { readonly required: readonly (infer K)[] } ? K : never;

/** Listed properties (required ones required, the others optional), else a map of the extra properties' type. */
type ObjectFrom<S> = S extends { readonly properties: infer P }
  ? Simplify<
      { -readonly [K in keyof P as K extends RequiredKeys<S> ? K : never]: FromSchema<P[K]> } & {
        -readonly [K in keyof P as K extends RequiredKeys<S> ? never : K]?: FromSchema<P[K]>;
      }
    >
  : S extends { readonly additionalProperties: infer A extends JsonSchemaProperty }
    ? Record<string, FromSchema<A>>
    : Record<string, unknown>;

/** One JSON type name to its TypeScript type; distributes over a union (e.g. ['object', 'null']). */
type FromType<T, S> = T extends 'string'
  ? string
  : T extends 'number' | 'integer'
    ? number
    : T extends 'boolean'
      ? boolean
      : T extends 'null'
        ? null
        : T extends 'array'
          ? S extends { readonly items: infer I }
            ? FromSchema<I>[]
            : unknown[]
          : T extends 'object'
            ? ObjectFrom<S>
            : unknown;

/**
 * The TypeScript type of the values a schema (written `as const`) accepts: an enum gives the union
 * of its values, `required` decides which properties are optional, arrays are mutable (documents
 * are plain data the app builds and copies).
 */
export type FromSchema<S> = S extends { readonly enum: readonly (infer E)[] }
  ? E
  : S extends { readonly type: readonly (infer T)[] }
    ? FromType<T, S>
    : S extends { readonly type: infer T }
      ? FromType<T, S>
      : unknown;

/** A string property: `minLength` 0 unless given (a field that may be ''). */
export const text = <Max extends number>(maxLength: Max, minLength = 0) => ({ type: 'string', minLength, maxLength }) as const;

/** Turns a document of schema version n-1 into version n; null drops it. Stored documents of an earlier shape are untyped JSON. */
export type MigrationStrategy = (oldDoc: Record<string, unknown>) => Record<string, unknown> | null;
export type MigrationStrategies = Record<number, MigrationStrategy>;

/** Fields every synced document carries (ARCHITECTURE.md, "Data"). */
export const BASE_PROPERTIES = {
  /** uuid */
  id: { type: 'string', maxLength: 36 },
  /** ISO 8601 */
  updatedAt: { type: 'string', maxLength: 32 },
  /** staff id of the last writer */
  updatedBy: { type: 'string', maxLength: 36 },
  /** desk that made the last write */
  deskId: { type: 'string', maxLength: 36 },
} as const satisfies Record<string, JsonSchemaProperty>;

export type BaseDoc = FromSchema<{ type: 'object'; properties: typeof BASE_PROPERTIES; required: (keyof typeof BASE_PROPERTIES)[] }>;
