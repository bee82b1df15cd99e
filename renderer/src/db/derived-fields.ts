/**
 * Stored-only fields derived from a document, for indexes on what the document holds only as a
 * nullable value (RxDB indexes no nullable field). As an RxDB storage wrapper, directly above the
 * storage: every write sets them from the document, whoever writes it (the app, a pull, a
 * migration, a restore, a merge), and every read takes them out again. So they always
 * agree with the document, no document the app holds, compares or sends carries them, and the
 * server and the other desks never see them.
 *
 * Queries on a derived field must go to the storage instance (`collection.storageInstance`), not
 * through RxQuery: a live RxQuery re-checks its selector against the documents of change events,
 * which no longer carry the field.
 */
import { wrapRxStorageInstance, type RxDocumentData, type RxStorage, type RxStorageInstanceCreationParams } from 'rxdb/plugins/core';
import { CLOCK_DUE_FIELD } from '../../../shared/db/schemas/request.schema';
import { clockDueOf, type QueueItem } from '../../../shared/intake/queues';

type Doc = Record<string, unknown>;
type AnyStorage = RxStorage<unknown, unknown>;
type AnyParams = RxStorageInstanceCreationParams<Doc, unknown>;

/** Per collection: the derived field and how it is computed. */
const DERIVED: Readonly<Record<string, { field: string; of: (doc: Doc) => string }>> = {
  // The due lists' key (policy 3.3f): the due date while the reply clock runs, '' (below every date) otherwise.
  requests: { field: CLOCK_DUE_FIELD, of: (doc) => clockDueOf(doc as unknown as QueueItem) ?? '' },
};

function withDerived(field: string, of: (doc: Doc) => string) {
  return {
    toStorage: (doc: Doc): Doc => ({ ...doc, [field]: of(doc) }),
    fromStorage(stored: Doc): Doc {
      if (!(field in stored)) return stored;
      const copy: Doc = { ...stored };
      delete copy[field];
      return copy;
    },
  };
}

/** Wraps `storage` so the collections of DERIVED whose schema declares the field keep it up to date. */
export function wrappedDerivedFieldsStorage<S extends AnyStorage>(storage: S): S {
  return Object.assign({}, storage, {
    async createStorageInstance(params: AnyParams) {
      const derived = DERIVED[params.collectionName];
      // An older schema of the collection (opened to migrate from) has no such field: left as it is.
      if (derived === undefined || !(derived.field in (params.schema.properties ?? {}))) return storage.createStorageInstance(params);
      // Required in what the storage holds (Dexie indexes only required fields), never in a document above it.
      const required = [...(params.schema.required ?? []), derived.field];
      const instance = await storage.createStorageInstance({ ...params, schema: { ...params.schema, required } });
      const { toStorage, fromStorage } = withDerived(derived.field, derived.of);
      return wrapRxStorageInstance(
        params.schema,
        instance,
        (doc) => toStorage(doc as Doc) as RxDocumentData<Doc>,
        (doc) => fromStorage(doc as Doc) as RxDocumentData<Doc>,
      );
    },
  }) as S;
}
