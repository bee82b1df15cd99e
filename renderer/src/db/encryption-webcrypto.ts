/**
 * At-rest encryption of a schema's `encrypted` fields with WebCrypto AES-GCM, as an RxDB storage
 * wrapper (what rxdb/plugins/encryption-crypto-js does, with another cipher: at-rest-cipher.ts).
 *
 * Why not crypto-js: it takes the password as a passphrase and runs OpenSSL's EvpKDF (MD5 rounds)
 * for every single value, and it runs on the UI thread (300 of the 381 s a fresh desk took to pull
 * 100,000 files). Why one value per document: a native AES-GCM call costs about the same for a
 * short field as for a whole document, so a beneficiary's seven fields sealed one by one, plus the
 * replication's copy of the document sealed whole, plus each change event opened again, were most
 * of a fresh desk's pull (`npm run bench -- sync`, its cipher breakdown).
 *
 * Stored form: the encrypted fields present are taken out of the document and sealed together in
 * its SEALED field, bound to the collection and the primary key. The replication's meta document
 * keeps a copy of each pulled document in `docData`, which RxDB marks encrypted whole; here only
 * the parent's sensitive fields in it are sealed (SEALED inside docData), the rest stays as plain
 * as the document itself is at rest. Documents written before (a "g1:" value per field, docData
 * sealed whole) are still read; their next write is in the new form.
 */
import { getPrimaryFieldOfPrimaryKey, hasEncryption, META_INSTANCE_SCHEMA_TITLE, newRxError, wrapRxStorageInstance, type RxDocumentData, type RxStorage, type RxStorageInstanceCreationParams } from 'rxdb/plugins/core';
import { clone, getProperty, setProperty } from 'rxdb/plugins/utils';
import { atRestKey, decryptValue, openFields, refused, sealFields } from './at-rest-cipher';

export { atRestKey, decryptValue, encryptValue } from './at-rest-cipher';

/** The stored field that holds a document's sealed fields: no schema can have it (RxDB field names start with a letter: dev-mode check-schema). */
export const SEALED = '_sealed';
const MINIMUM_PASSWORD_LENGTH = 8;
/** Sealed values whose plaintext this wrapper just wrote, for the change events (see Layout.recent). */
const RECENT_LIMIT = 10_000;

type Doc = Record<string, unknown>;
type AnyParams = RxStorageInstanceCreationParams<Doc, unknown>;
type AnyStorage = RxStorage<unknown, unknown>;

/**
 * Where a collection's sensitive fields are sealed: in the document itself (level null) or in its
 * `docData` (a replication meta document); `legacy` the paths the per-field form encrypted.
 */
type Layout = { level: string | null; fields: readonly string[]; legacy: readonly string[] };

/** Encrypted fields of each encrypted collection, by database and schema properties. */
const sensitiveFields = new Map<string, readonly string[]>();
const propertiesKey = (databaseName: string, properties: unknown) => `${databaseName}\u0000${JSON.stringify(properties)}`;

function layoutOf(params: AnyParams): Layout {
  const { schema } = params;
  const encrypted = schema.encrypted ?? [];
  if (schema.title === META_INSTANCE_SCHEMA_TITLE && encrypted.length === 1 && encrypted[0] === 'docData') {
    // The meta schema's docData carries its parent's properties (getRxReplicationMetaInstanceSchema).
    const docData = (schema.properties as Record<string, { properties?: unknown }>).docData;
    const parent = sensitiveFields.get(propertiesKey(params.databaseName, docData?.properties));
    // A parent not opened through this wrapper: the whole copy is sealed, as RxDB asks.
    return parent ? { level: 'docData', fields: parent, legacy: encrypted } : { level: null, fields: encrypted, legacy: encrypted };
  }
  // Sealing takes top-level fields: a nested path would be left in clear, so it is refused outright.
  const nested = encrypted.find((path) => path.includes('.'));
  if (nested !== undefined) throw new Error(`encryption-webcrypto: nested encrypted path "${nested}" is not supported`);
  sensitiveFields.set(propertiesKey(params.databaseName, schema.properties), encrypted);
  return { level: null, fields: encrypted, legacy: encrypted };
}

/** The schema the inner storage sees: the sensitive fields gone, one sealed string instead. */
function storedSchema(schema: AnyParams['schema'], layout: Layout): AnyParams['schema'] {
  type Level = { properties?: Record<string, unknown>; required?: string[] };
  const stored = clone(schema) as AnyParams['schema'] & Level;
  delete stored.encrypted;
  if (stored.attachments) stored.attachments.encrypted = false;
  const level: Level = layout.level === null ? stored : ((stored.properties as Record<string, Level>)[layout.level] ?? {});
  const properties = { ...level.properties };
  for (const field of layout.fields) delete properties[field];
  properties[SEALED] = { type: 'string' };
  level.properties = properties;
  if (level.required) level.required = level.required.filter((field) => !layout.fields.includes(field));
  return stored;
}

const isObject = (value: unknown): value is Doc => typeof value === 'object' && value !== null && !Array.isArray(value);

function sealingTransforms(key: CryptoKey, params: AnyParams, layout: Layout, listened: () => boolean) {
  const primary = getPrimaryFieldOfPrimaryKey(params.schema.primaryKey) as string;
  const boundTo = (doc: Doc) => `${params.collectionName}\u0000${String(doc[primary])}\u0000${layout.level ?? ''}`;
  // The plaintext of what was just sealed, by its sealed value (unique: a random IV each): the
  // inner storage's change event hands back the stored document, which need not be opened again.
  // Kept only while someone listens to the changes (nobody does to the replication's meta store).
  // An entry stays after a hit: each changeStream() is its own pipe through fromStorage, and a
  // collection has two (the collection's own and the replication's upstream), so taking it out at
  // the first hit made the second open every pulled document again. The oldest go first. A hit
  // needs the same binding too: a sealed value copied onto another document is opened, and refused.
  const recent = new Map<string, { bound: string; values: Doc }>();

  async function toStorage(doc: Doc): Promise<Doc> {
    // Copies of the levels changed: the caller's object is never changed.
    const copy: Doc = { ...doc };
    let box = copy;
    if (layout.level !== null) {
      const inner = copy[layout.level];
      if (!isObject(inner)) return copy;
      box = { ...inner };
      copy[layout.level] = box;
    }
    const picked: Doc = {};
    let any = false;
    for (const field of layout.fields) {
      if (box[field] === undefined) continue;
      picked[field] = box[field];
      delete box[field];
      any = true;
    }
    if (!any) return copy;
    const bound = boundTo(copy);
    const sealed = await sealFields(key, picked, bound);
    box[SEALED] = sealed;
    if (listened()) {
      if (recent.size >= RECENT_LIMIT) recent.delete(recent.keys().next().value as string);
      recent.set(sealed, { bound, values: picked });
    }
    return copy;
  }

  /** Opens the sealed fields of `box` (the document or its docData) into it. */
  async function openBox(box: Doc, doc: Doc): Promise<void> {
    const sealed = box[SEALED];
    // A sensitive field in clear next to (or instead of) the sealed value was not written here.
    if (layout.fields.some((field) => box[field] !== undefined)) throw refused('sensitive field stored in clear');
    if (sealed === undefined) return;
    delete box[SEALED];
    const bound = boundTo(doc);
    const kept = typeof sealed === 'string' ? recent.get(sealed) : undefined;
    // A copy of what was kept: every read gets values of its own, as a decryption gives them.
    const values = kept?.bound === bound ? structuredClone(kept.values) : await openFields(key, sealed, bound);
    for (const field of layout.fields) if (values[field] !== undefined) box[field] = values[field];
  }

  async function fromStorage(stored: Doc): Promise<Doc> {
    const copy: Doc = { ...stored };
    if (layout.level === null) {
      if (copy[SEALED] !== undefined) await openBox(copy, copy);
      else await openLegacy(copy);
      return copy;
    }
    const inner = copy[layout.level];
    if (inner === undefined || inner === null) return copy;
    // Written before: the whole docData one value.
    if (typeof inner === 'string') return openLegacy(copy);
    if (!isObject(inner)) throw refused('not a document');
    const box = { ...inner };
    copy[layout.level] = box;
    await openBox(box, copy);
    return copy;
  }

  /** The per-field form desks wrote before: every encrypted path present is one "g1:" value. */
  async function openLegacy(copy: Doc): Promise<Doc> {
    await Promise.all(
      layout.legacy.map(async (path) => {
        const value: unknown = getProperty(copy, path);
        if (value !== undefined) setProperty(copy, path, await decryptValue(key, value));
      }),
    );
    return copy;
  }

  return { toStorage, fromStorage };
}

export function wrappedKeyEncryptionWebCryptoStorage<S extends AnyStorage>(args: { storage: S }): S {
  return Object.assign({}, args.storage, {
    async createStorageInstance(params: AnyParams) {
      if (!hasEncryption(params.schema)) return args.storage.createStorageInstance(params);
      if (typeof params.password !== 'string' || params.password.length < MINIMUM_PASSWORD_LENGTH) {
        throw newRxError('EN3', { database: params.databaseName, collection: params.collectionName, schema: params.schema });
      }
      if (params.schema.attachments?.encrypted) throw new Error('encryption-webcrypto: encrypted attachments are not supported');
      const key = await atRestKey(params.password);
      const layout = layoutOf(params);
      const instance = await args.storage.createStorageInstance({ ...params, schema: storedSchema(params.schema, layout) });
      let listened = false;
      const changeStream = instance.changeStream.bind(instance);
      instance.changeStream = () => {
        listened = true;
        return changeStream();
      };
      // Typed loosely: the wrapper sees every collection's documents.
      const { toStorage, fromStorage } = sealingTransforms(key, params, layout, () => listened);
      return wrapRxStorageInstance(
        params.schema,
        instance,
        (docData) => toStorage(docData as Doc) as Promise<RxDocumentData<Doc>>,
        (docData) => fromStorage(docData as Doc) as Promise<RxDocumentData<Doc>>,
      );
    },
  }) as S;
}
