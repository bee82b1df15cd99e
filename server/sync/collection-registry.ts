import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { CollectionSchema } from '@shared/db/schema-types';

/**
 * The collections the server accepts, each with an ajv validator compiled from the very JSON
 * schema the desks hand to RxDB (shared/db/collections.ts), so a document a desk could store is
 * exactly a document the server accepts.
 */

// RxDB's own schema keywords: annotations for ajv, with no validation meaning here.
const RXDB_KEYWORDS = [
  'version', 'primaryKey', 'indexes', 'internalIndexes', 'encrypted', 'keyCompression',
  'attachments', 'crdt', 'sharding', 'final', 'ref',
];

export type RegisteredCollection = {
  name: string;
  primaryKey: string;
  /** null when valid; else a short description of the first problem */
  validate(doc: unknown): string | null;
};

export type CollectionRegistry = {
  get(name: string): RegisteredCollection | undefined;
  names(): string[];
};

function describe(errors: ErrorObject[] | null | undefined): string {
  const first = errors?.[0];
  if (!first) return 'invalid document';
  return `${first.instancePath || '/'} ${first.message ?? 'is invalid'}`;
}

export function createCollectionRegistry(collections: Readonly<Record<string, { schema: CollectionSchema }>>): CollectionRegistry {
  const ajv = new Ajv({ allErrors: false, strict: true });
  for (const keyword of RXDB_KEYWORDS) ajv.addKeyword({ keyword });
  const entries = new Map<string, RegisteredCollection>();
  for (const [name, { schema }] of Object.entries(collections)) {
    const check: ValidateFunction = ajv.compile(schema);
    entries.set(name, {
      name,
      primaryKey: schema.primaryKey,
      validate: (doc) => (check(doc) ? null : describe(check.errors)),
    });
  }
  return { get: (name) => entries.get(name), names: () => [...entries.keys()] };
}
