import type { PossibleDuplicate, SyncDocument } from '@shared/sync/protocol';
import { ERASED_NATIONAL_ID } from '@shared/data-rights/erased-values';
import { HUMAN_NUMBER_FIELDS } from '@shared/numbers/human-number';
import type { Queryable } from '../db/database';

/**
 * Possible duplicates across desks: two desks offline may register the same person. The server
 * accepts both (no edit is refused or lost) and records the pair for review. A rule names a
 * collection and a field whose equal, non-empty value means "probably the same person"; the
 * server sees plaintext (encryption is desk-local), so it can compare.
 * Each rule needs a matching expression index (migration 0003 has beneficiaries.nationalId).
 */
export type DuplicateRule = { collection: string; field: string };

/** Equal human numbers within a collection (migration 0005 has their indexes): flagged, never renumbered. */
export const HUMAN_NUMBER_RULES: readonly DuplicateRule[] = Object.entries(HUMAN_NUMBER_FIELDS).map(([collection, field]) => ({ collection, field }));

export const DUPLICATE_RULES: readonly DuplicateRule[] = [{ collection: 'beneficiaries', field: 'nationalId' }, ...HUMAN_NUMBER_RULES];

/** 'person': the same person registered twice (GET /duplicates); 'number': the same printed number twice (GET /numbers/duplicates). */
export type DuplicateKind = 'person' | 'number';

const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/** The documents a rule compares: not deleted, a non-empty text value, not an erased file's placeholder. */
function candidatesOf(docs: readonly SyncDocument[], primaryKey: string, rule: DuplicateRule): { id: string; value: string }[] {
  // The field goes into the SQL text (not a parameter) so the expression index applies.
  if (!FIELD_NAME.test(rule.field)) throw new Error(`Bad duplicate rule field '${rule.field}'`);
  return docs.flatMap((doc) => {
    const value = doc[rule.field];
    // Every erased file carries the same placeholder national ID (PDPL Art. 18): no one's duplicate.
    const erased = rule.field === 'nationalId' && value === ERASED_NATIONAL_ID;
    return doc._deleted || erased || typeof value !== 'string' || value.trim() === '' ? [] : [{ id: String(doc[primaryKey]), value }];
  });
}

/**
 * The duplicate lookups of a push as parts of the one statement that writes its documents
 * (document-store.ts): the push holds its collection's lock for a round trip per statement, and under
 * load each round trip waits for a CPU (bench sync, 50 desks). That statement sees the documents as
 * they were before it, so a stored document this push rewrites is left out of the lookup and the
 * batch's documents are compared among themselves instead: the same pairs as recordPossibleDuplicates
 * run after the write. `param` adds a value to the statement's parameters and names it ($n).
 */
export function duplicateInserts(collection: string, docs: readonly SyncDocument[], primaryKey: string, rules: readonly DuplicateRule[], param: (value: unknown) => string): string[] {
  let written: string | undefined;
  return rules.filter((rule) => rule.collection === collection).flatMap((rule) => {
    const candidates = candidatesOf(docs, primaryKey, rule);
    if (candidates.length === 0) return [];
    // Only a parameter the statement uses: PostgreSQL cannot type one it never sees.
    written ??= param(docs.map((doc) => String(doc[primaryKey])));
    const [ids, values] = [param(candidates.map((c) => c.id)), param(candidates.map((c) => c.value))];
    return [`INSERT INTO possible_duplicates (collection, field, document_id, other_id)
       SELECT DISTINCT ${param(collection)}::text, ${param(rule.field)}::text, LEAST(w.id, d.id), GREATEST(w.id, d.id)
       FROM unnest(${ids}::text[], ${values}::text[]) AS w(id, value)
       CROSS JOIN LATERAL (
         SELECT s.id FROM (
           SELECT d.id FROM documents d
           WHERE d.collection = ${param(collection)}::text AND (d.data ->> '${rule.field}') = w.value AND NOT d.deleted AND d.id <> w.id
           OFFSET 0
         ) s WHERE s.id <> ALL(${written}::text[])
         UNION ALL
         SELECT o.id FROM unnest(${ids}::text[], ${values}::text[]) AS o(id, value) WHERE o.value = w.value AND o.id <> w.id
       ) d
       ON CONFLICT DO NOTHING`];
  });
}

export async function recordPossibleDuplicates(
  tx: Queryable,
  collection: string,
  docs: readonly SyncDocument[],
  primaryKey: string,
  rules: readonly DuplicateRule[],
): Promise<void> {
  for (const rule of rules) {
    if (rule.collection !== collection) continue;
    const candidates = candidatesOf(docs, primaryKey, rule);
    if (candidates.length === 0) continue;
    // One statement per rule, not one per document: the push runs this while it holds its
    // collection's lock, so a round trip per document queued every other desk's push behind it
    // (bench sync, 50 desks pushing 10 files a second each). unnest() of arrays gives the planner
    // the true row count, and OFFSET 0 keeps the lookup a per-value index scan: joined freely,
    // it chose a sequential scan of every document (the partial index's estimate is coarse).
    await tx.query(
      `INSERT INTO possible_duplicates (collection, field, document_id, other_id)
       SELECT DISTINCT $1, $2, LEAST(w.id, d.id), GREATEST(w.id, d.id)
       FROM unnest($3::text[], $4::text[]) AS w(id, value)
       CROSS JOIN LATERAL (
         SELECT d.id FROM documents d
         WHERE d.collection = $1 AND (d.data ->> '${rule.field}') = w.value AND NOT d.deleted AND d.id <> w.id
         OFFSET 0
       ) d
       ON CONFLICT DO NOTHING`,
      [collection, rule.field, candidates.map((c) => c.id), candidates.map((c) => c.value)],
    );
  }
}

type DuplicateRow = { id: string; collection: string; field: string; document_id: string; other_id: string; created_at: Date };

export async function listPossibleDuplicates(db: Queryable, limit = 500, kind: DuplicateKind = 'person'): Promise<PossibleDuplicate[]> {
  const numberKeys = JSON.stringify(HUMAN_NUMBER_RULES.map((rule) => `${rule.collection}.${rule.field}`));
  const rows = await db.query<DuplicateRow>(
    // A pair is settled once either file was merged (a desk's merge screen marks the merged file
    // with mergedInto): the merged file is no longer a candidate, so the pair leaves the list.
    // Primary-key lookups only, one pair of rows per listed pair.
    `SELECT p.id::text AS id, p.collection, p.field, p.document_id, p.other_id, p.created_at FROM possible_duplicates p
     WHERE (p.collection || '.' || p.field IN (SELECT jsonb_array_elements_text($2::jsonb))) = $3
       AND NOT EXISTS (
         SELECT 1 FROM documents d
         WHERE d.collection = p.collection AND d.id IN (p.document_id, p.other_id) AND coalesce(d.data ->> 'mergedInto', '') <> ''
       )
     ORDER BY p.id LIMIT $1`,
    [limit, numberKeys, kind === 'number'],
  );
  return rows.map((row) => ({
    id: Number(row.id),
    collection: row.collection,
    field: row.field,
    documentIds: [row.document_id, row.other_id],
    createdAt: new Date(row.created_at).toISOString(),
  }));
}
