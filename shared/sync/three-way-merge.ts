import { APPEND_ONLY_COLLECTIONS, IDENTITY_FIELDS, METADATA_FIELDS } from './collection-policy';
import { isPlainObject, jsonEqual } from './deep-equal';

/**
 * Three-way merge of a document edited on a desk (`mine`) and on the server (`theirs`, the
 * master state RxDB received as a conflict) from their common ancestor (`base`, the
 * assumedMasterState the desk had last seen). ARCHITECTURE.md "Sync": a field changed on one
 * side only is merged; a field changed on both sides to different values becomes a conflict
 * record for a person, and the master's value stays in the document until then — so nothing is
 * dropped: the record holds the desk's value. Pure: no clock, no ids.
 *
 * Fields are compared by path: nested plain objects (a name's parts) merge member by member,
 * arrays and scalars are one value each (a list of mobiles is edited as a whole).
 */

export type MergeDoc = Record<string, unknown>;

export type FieldPolicy = {
  collection: string;
  /** append-only: the stored document never changes (default: from collection-policy.ts) */
  immutable?: boolean;
  /** fields that never conflict; the merged document takes `mine` when both changed */
  metadataFields?: readonly string[];
  /** field name of the document id (default 'id') */
  primaryKey?: string;
};

/** A field changed on both sides to different values. Absent values are `undefined`. */
export type FieldConflict = {
  documentId: string;
  collection: string;
  /** dotted path, e.g. 'city' or 'name.first'; '_deleted' for delete-versus-edit */
  field: string;
  base: unknown;
  mine: unknown;
  theirs: unknown;
};

export type MergeResult =
  /** both sides hold the same document already */
  | { kind: 'equal'; document: MergeDoc }
  /** the document to write as the new master, and the fields a person must decide */
  | { kind: 'merged'; document: MergeDoc; conflicts: FieldConflict[] }
  /** append-only: the master stays, the desk's different version is handed back, never merged */
  | { kind: 'immutable'; document: MergeDoc; rejected: MergeDoc };

type Context = { documentId: string; collection: string; metadata: ReadonlySet<string>; conflicts: FieldConflict[] };

export function mergeDocuments(base: MergeDoc | null | undefined, mine: MergeDoc, theirs: MergeDoc, policy: FieldPolicy): MergeResult {
  if (jsonEqual(mine, theirs)) return { kind: 'equal', document: theirs };
  const immutable = policy.immutable ?? APPEND_ONLY_COLLECTIONS.includes(policy.collection);
  if (immutable) return { kind: 'immutable', document: theirs, rejected: mine };

  const primaryKey = policy.primaryKey ?? 'id';
  const context: Context = {
    documentId: String(theirs[primaryKey] ?? mine[primaryKey] ?? ''),
    collection: policy.collection,
    metadata: new Set([...(policy.metadataFields ?? METADATA_FIELDS), ...IDENTITY_FIELDS, primaryKey]),
    conflicts: [],
  };
  const document = mergeObjects(base ?? {}, mine, theirs, '', context);
  deleteVersusEdit(base ?? {}, mine, theirs, document, context);
  return { kind: 'merged', document, conflicts: context.conflicts };
}

function mergeObjects(base: MergeDoc, mine: MergeDoc, theirs: MergeDoc, prefix: string, context: Context): MergeDoc {
  const merged: MergeDoc = {};
  const keys = new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)]);
  for (const key of keys) {
    const value = mergeField(base[key], mine[key], theirs[key], `${prefix}${key}`, context);
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

function mergeField(base: unknown, mine: unknown, theirs: unknown, path: string, context: Context): unknown {
  if (path === '_deleted') return mergeDeleted(base, mine, theirs);
  const mineChanged = !jsonEqual(base, mine);
  const theirsChanged = !jsonEqual(base, theirs);
  if (!mineChanged) return theirs;
  if (!theirsChanged || jsonEqual(mine, theirs)) return mine;
  // Both changed, differently.
  if (context.metadata.has(path)) return mine;
  if (isPlainObject(mine) && isPlainObject(theirs)) {
    return mergeObjects(isPlainObject(base) ? base : {}, mine, theirs, `${path}.`, context);
  }
  context.conflicts.push({ documentId: context.documentId, collection: context.collection, field: path, base, mine, theirs });
  return theirs;
}

/** A delete wins over "no change"; delete-versus-edit is decided by deleteVersusEdit. */
function mergeDeleted(base: unknown, mine: unknown, theirs: unknown): unknown {
  if (mine === true || theirs === true) return true;
  return theirs ?? mine ?? base;
}

/**
 * One side deleted the document while the other edited it: keep the document alive with the
 * edits and ask a person, so an edit is never buried under a tombstone.
 */
function deleteVersusEdit(base: MergeDoc, mine: MergeDoc, theirs: MergeDoc, merged: MergeDoc, context: Context): void {
  const wasDeleted = base._deleted === true;
  const mineDeletes = mine._deleted === true && !wasDeleted;
  const theirsDeletes = theirs._deleted === true && !wasDeleted;
  if (mineDeletes === theirsDeletes) return;
  const editor = mineDeletes ? theirs : mine;
  const edited = [...new Set([...Object.keys(base), ...Object.keys(editor)])].some(
    (key) => key !== '_deleted' && !context.metadata.has(key) && !jsonEqual(base[key], editor[key]),
  );
  if (!edited) return;
  merged._deleted = false;
  context.conflicts.push({
    documentId: context.documentId,
    collection: context.collection,
    field: '_deleted',
    base: base._deleted ?? false,
    mine: mine._deleted ?? false,
    theirs: theirs._deleted ?? false,
  });
}
