/**
 * The desk database: RxDB on Dexie (IndexedDB), created once before the UI renders.
 *
 * Storage stack, outermost first:
 *   z-schema validation (see VALIDATE_IN_PRODUCTION) -> AES-GCM field encryption (when a password
 *   is given; encryption-webcrypto.ts says why not crypto-js)
 *   -> derived index fields (derived-fields.ts) -> Dexie.
 * z-schema, not ajv: ajv compiles validators with `new Function`, which our CSP (no
 * 'unsafe-eval') forbids; z-schema interprets the schema instead.
 */
import { createRxDatabase, type RxCollection, type RxCollectionCreator, type RxDatabase, type RxStorage } from 'rxdb/plugins/core';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { COLLECTIONS, type CollectionDefinition, type CollectionDocs, type CollectionName } from '../../../shared/db/collections';
import { getBridge, isBrowserBuild } from '../bridge/bridge';
import { seedCatalogIfEmpty } from './catalog-seed';
import { wrappedDerivedFieldsStorage } from './derived-fields';
import { withoutOpenCoreNotice } from './open-core-notice';
import { trackLocalWrites } from './pending-ledger';
import { DEV_MODE, ensurePlugins } from './plugins';

export type WaslCollections = { [K in CollectionName]: RxCollection<CollectionDocs[K]> };
export type WaslDatabase = RxDatabase<WaslCollections>;

/** A document read as plain JSON, whatever its collection. */
export type JsonDoc = Record<string, unknown>;

/**
 * A collection seen as plain JSON documents, for the code that treats every collection alike
 * (replication, the three-way merge, resolving a conflict by a field's path). RxCollection is
 * invariant in its document type (its conflict handler reads documents of that type), so the
 * typed collections are widened here, in one place.
 */
export function jsonCollection(db: WaslDatabase, name: CollectionName): RxCollection<JsonDoc>;
export function jsonCollection(db: WaslDatabase, name: string): RxCollection<JsonDoc> | undefined;
export function jsonCollection(db: WaslDatabase, name: string): RxCollection<JsonDoc> | undefined {
  return (db.collections as unknown as Partial<Record<string, RxCollection<JsonDoc>>>)[name];
}

/** Any storage: its type parameters (internals, settings) differ per storage. */
export type AnyRxStorage = RxStorage<unknown, unknown>;

export type CreateWaslDatabaseOptions = {
  name: string;
  /** Defaults to Dexie on the realm's IndexedDB. */
  storage?: AnyRxStorage;
  /** At-rest encryption password (the desk's storage secret); fixed once the database exists. */
  password?: string;
  /** Dev-mode only (RxDB refuses it otherwise): reuse a name already open, e.g. after hot reload. */
  ignoreDuplicate?: boolean;
  /** Schema validation of every write; defaults to on in development, see VALIDATE_IN_PRODUCTION. */
  validate?: boolean;
  /**
   * Whether other instances of this database (other browser tabs) hear its writes. On by default;
   * the desktop app has one window and one instance (electron/main: single-instance lock), so it opens
   * without: RxDB then posts no copy of every change to a BroadcastChannel nobody listens to (~5 % of a
   * first sync's CPU, measured with bench/sync/profile-initial.mjs).
   */
  multiInstance?: boolean;
};

/**
 * Measured by `npm run bench -- db` (10k docs of ~1.2 KB, Chromium 156, 2 cores): raw Dexie
 * bulkPut ~1.1 s, RxDB bulkInsert ~1.7 s (ratio ~1.5), the same with z-schema ~6 s (ratio ~5,
 * over the target of 3): z-schema interprets the schema for every document (~0.4 ms each).
 * Production writes come from code that already checks its input with the shared/ rules, and
 * the server validates every pushed document with ajv against the same schemas, so production
 * skips it; development and tests validate so a schema/code mismatch shows up at once.
 */
export const VALIDATE_IN_PRODUCTION = false;

async function buildStorage(options: CreateWaslDatabaseOptions, validate: boolean): Promise<AnyRxStorage> {
  let storage: AnyRxStorage = wrappedDerivedFieldsStorage(options.storage ?? getRxStorageDexie());
  if (options.password !== undefined) {
    const { wrappedKeyEncryptionWebCryptoStorage } = await import('./encryption-webcrypto');
    storage = wrappedKeyEncryptionWebCryptoStorage({ storage });
  }
  if (validate) {
    const { wrappedValidateZSchemaStorage } = await import('rxdb/plugins/validate-z-schema');
    storage = wrappedValidateZSchemaStorage({ storage });
  }
  return storage;
}

/**
 * RxDB refuses encrypted fields without a password. The app always opens with the desk's
 * storage secret (getDatabase), so every encrypted field is encrypted at rest; a database
 * opened without a password (unit tests, tools) keeps those fields in plain text instead.
 */
function schemaFor(def: CollectionDefinition, encrypted: boolean): CollectionDefinition['schema'] {
  if (encrypted || !def.schema.encrypted) return def.schema;
  const { encrypted: _plain, ...schema } = def.schema;
  return schema;
}

/**
 * Opens a database with the given collection definitions. Exposed for tests (e.g. a test-only
 * schema at a higher version to prove migrations); the app uses {@link createWaslDatabase}.
 */
export async function openDatabase<Collections extends Record<string, RxCollection>>(
  options: CreateWaslDatabaseOptions,
  definitions: Record<string, CollectionDefinition>,
): Promise<RxDatabase<Collections>> {
  await ensurePlugins();
  // Dev-mode refuses a storage without a validator, so development always validates.
  const validate = DEV_MODE || (options.validate ?? VALIDATE_IN_PRODUCTION);
  const storage = await buildStorage(options, validate);
  return withoutOpenCoreNotice(async () => {
    const db = await createRxDatabase<Collections>({
      name: options.name,
      storage,
      password: options.password,
      ignoreDuplicate: options.ignoreDuplicate ?? false,
      localDocuments: true,
      multiInstance: options.multiInstance ?? true,
    });
    try {
      // shared/ describes the schema without rxdb's types; RxJsonSchema accepts the same shape.
      const creators = Object.fromEntries(
        Object.entries(definitions).map(([name, def]): [string, RxCollectionCreator] => [
          name,
          {
            schema: schemaFor(def, options.password !== undefined),
            migrationStrategies: def.migrationStrategies,
            autoMigrate: true,
          },
        ]),
      );
      await db.addCollections(creators);
    } catch (error) {
      await db.close();
      throw error;
    }
    return db;
  });
}

export async function createWaslDatabase(options: CreateWaslDatabaseOptions): Promise<WaslDatabase> {
  const db = await openDatabase<WaslCollections>(options, COLLECTIONS);
  try {
    await seedCatalogIfEmpty(db);
    // After the seed: unedited seed entries never leave the desk, so they are never pending.
    trackLocalWrites(Object.keys(COLLECTIONS).flatMap((name) => jsonCollection(db, name) ?? []));
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

export const DATABASE_NAME = 'wasl';

let current: Promise<WaslDatabase> | null = null;

/**
 * The app's one database, opened on first call with the desk's storage secret as its password
 * (from the bridge: safeStorage in Electron, a WebCrypto key in the browser build).
 */
export function getDatabase(): Promise<WaslDatabase> {
  if (!current) {
    const opening = (async () => {
      const { secret } = await getBridge().invoke('keys:get-storage-secret', undefined);
      return createWaslDatabase({ name: DATABASE_NAME, password: secret, multiInstance: isBrowserBuild() });
    })();
    current = opening;
    // A failed open (e.g. storage blocked) may be retried by calling getDatabase again.
    opening.catch(() => {
      if (current === opening) current = null;
    });
  }
  return current;
}

export async function closeDatabase(): Promise<void> {
  const opening = current;
  current = null;
  if (!opening) return;
  const db = await opening.catch(() => null);
  await db?.close();
}
