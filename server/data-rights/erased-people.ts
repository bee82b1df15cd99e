/**
 * The erasure wins on the server (PDPL Art. 18): every document written about a person whose erasure
 * record (catalog kind 'erasure', shared/data-rights/erasure-record.ts) the server holds is stored
 * anonymised, whoever pushed it: a desk's edit made offline before it heard of the erasure, a conflict
 * record quoting the old values, a desk's re-send after a restore. The files such a write no longer names
 * are deleted when nothing else refers to them.
 */
import { anonymiseOne, PERSON_COLLECTIONS, personOf } from '@shared/data-rights/anonymise-one';
import { ERASURE_KIND, erasureEntryId, erasureFromCatalog, type ErasureRecord } from '@shared/data-rights/erasure-record';
import type { SyncDocument } from '@shared/sync/protocol';
import type { Queryable } from '../db/database';

const CATALOG = 'catalog';

/** The erasure records held for these people (a deleted or malformed entry is none). */
export async function erasuresFor(q: Queryable, beneficiaryIds: readonly string[]): Promise<Map<string, ErasureRecord>> {
  if (beneficiaryIds.length === 0) return new Map();
  const rows = await q.query<{ data: Record<string, unknown> }>(
    `SELECT data FROM documents WHERE collection = $1 AND NOT deleted AND id IN (SELECT jsonb_array_elements_text($2::jsonb))`,
    [CATALOG, erasureEntryIds(beneficiaryIds)],
  );
  return erasuresOf(rows);
}

/** The catalog ids of these people's erasure records, as the JSON array erasuresFor's lookup takes. */
export function erasureEntryIds(beneficiaryIds: readonly string[]): string {
  return JSON.stringify([...new Set(beneficiaryIds)].map(erasureEntryId));
}

/** The erasure records among catalog documents read (a malformed entry is none). */
export function erasuresOf(rows: readonly { data: Record<string, unknown> }[]): Map<string, ErasureRecord> {
  const found = new Map<string, ErasureRecord>();
  for (const row of rows) {
    const record = row.data.kind === ERASURE_KIND ? erasureFromCatalog({ kind: ERASURE_KIND, data: row.data.data as Record<string, unknown> }) : null;
    if (record) found.set(record.beneficiaryId, record);
  }
  return found;
}

/** Every erasure record the server holds. */
export async function allErasures(q: Queryable): Promise<ErasureRecord[]> {
  const rows = await q.query<{ data: Record<string, unknown> }>(
    `SELECT data FROM documents WHERE collection = $1 AND NOT deleted AND data ->> 'kind' = $2 ORDER BY id`, [CATALOG, ERASURE_KIND],
  );
  return rows.flatMap((row) => {
    const record = erasureFromCatalog({ kind: ERASURE_KIND, data: row.data.data as Record<string, unknown> });
    return record ? [record] : [];
  });
}

/** Who each conflict record is about (index for index): the person its document belongs to. */
async function conflictOwners(q: Queryable, docs: readonly SyncDocument[]): Promise<(string | null)[]> {
  const wanted = docs.map((doc) => ({ collection: String(doc.collectionName ?? ''), documentId: String(doc.documentId ?? '') }));
  const lookups = wanted.filter((item) => item.collection !== 'beneficiaries');
  const rows = lookups.length === 0 ? [] : await q.query<{ collection: string; id: string; person: string | null }>(
    `SELECT collection, id, data ->> 'beneficiaryId' AS person FROM documents
     WHERE (collection, id) IN (SELECT w ->> 'collection', w ->> 'documentId' FROM jsonb_array_elements($1::jsonb) AS w)`,
    [JSON.stringify(lookups)],
  );
  const personOfDoc = new Map(rows.map((row) => [`${row.collection}\n${row.id}`, row.person]));
  return wanted.map((item) => (item.collection === 'beneficiaries' ? item.documentId : personOfDoc.get(`${item.collection}\n${item.documentId}`) ?? null));
}

export type Enforced = { docs: SyncDocument[]; files: string[] };

/** The documents as they may be stored: an erased person's anonymised (tombstones too), with the files they stop naming. */
/**
 * @param known the erasure records of every person these documents name, when the caller read them already
 *   (a push reads them with its stored documents: one round trip fewer under its lock); not for conflicts,
 *   whose people are looked up through the documents they quote.
 */
export async function enforceErasures(q: Queryable, collection: string, docs: readonly SyncDocument[], known?: ReadonlyMap<string, ErasureRecord>): Promise<Enforced> {
  if (!PERSON_COLLECTIONS.includes(collection) || docs.length === 0) return { docs: [...docs], files: [] };
  // Index for index, not by id: one call may judge several states of one document (asStored), each of its own person.
  const owners = collection === 'conflicts' ? await conflictOwners(q, docs) : docs.map((doc) => personOf(collection, doc));
  const named = owners.filter((id): id is string => typeof id === 'string' && id !== '');
  const erased = known && collection !== 'conflicts' ? known : await erasuresFor(q, named);
  if (erased.size === 0) return { docs: [...docs], files: [] };
  const files = new Set<string>();
  const out = docs.map((doc, index) => {
    const owner = owners[index];
    if (!owner || !erased.has(owner)) return doc;
    const { _deleted: deleted, ...data } = doc;
    const result = anonymiseOne(collection, data);
    if (!result) return doc;
    for (const hash of result.files) files.add(hash);
    return { ...result.doc, _deleted: deleted } as SyncDocument;
  });
  return { docs: out, files: [...files] };
}

/**
 * Deletes the stored files among `hashes` that no document refers to any more (a kept record's scan, or a
 * file another person's document shares, stays). Only files still stored are looked for: a finished
 * erasure re-applied at start costs one lookup, not a scan.
 */
export async function deleteUnreferencedFiles(q: Queryable, hashes: readonly string[]): Promise<string[]> {
  if (hashes.length === 0) return [];
  const stored = await q.query<{ sha256: string }>('SELECT sha256 FROM files WHERE sha256 IN (SELECT jsonb_array_elements_text($1::jsonb))', [JSON.stringify([...new Set(hashes)])]);
  if (stored.length === 0) return [];
  const rows = await q.query<{ sha256: string }>(
    `DELETE FROM files WHERE sha256 IN (SELECT jsonb_array_elements_text($1::jsonb))
       AND NOT EXISTS (SELECT 1 FROM documents d WHERE strpos(d.data::text, files.sha256) > 0
                       AND NOT (d.collection = 'catalog' AND (d.data ->> 'kind') = $2))
     RETURNING sha256`,
    // the erasure records name the files they delete: no reference
    [JSON.stringify(stored.map((row) => row.sha256)), ERASURE_KIND],
  );
  return rows.map((row) => row.sha256).sort();
}

/**
 * States as the server would store them (nulls kept): a push about an erased person is judged on these, so
 * the erasure's own writes (which clear the reasons in a history) are not refused as a rewritten history.
 * Several lists at once (a push's stored, new and assumed states): one lookup of the erasure records for all.
 */
export async function asStoredLists(q: Queryable, collection: string, lists: readonly (readonly (SyncDocument | null)[])[]): Promise<(SyncDocument | null)[][]> {
  const present = lists.flat().filter((doc): doc is SyncDocument => doc !== null);
  const enforced = (await enforceErasures(q, collection, present)).docs;
  let next = 0;
  return lists.map((docs) => docs.map((doc) => (doc === null ? null : (enforced[next++] as SyncDocument))));
}
