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

/** The states a rule compares: not deleted, a non-empty text value, not an erased file's placeholder. */
function candidatesOf(states: readonly WrittenState[], primaryKey: string, rule: DuplicateRule): { id: string; value: string; state: WrittenState }[] {
  // The field goes into the SQL text (not a parameter) so the expression index applies.
  if (!FIELD_NAME.test(rule.field)) throw new Error(`Bad duplicate rule field '${rule.field}'`);
  return states.flatMap((state) => {
    const { doc } = state;
    const value = doc[rule.field];
    // Every erased file carries the same placeholder national ID (PDPL Art. 18): no one's duplicate.
    const erased = rule.field === 'nationalId' && value === ERASED_NATIONAL_ID;
    return doc._deleted || erased || typeof value !== 'string' || value.trim() === '' ? [] : [{ id: String(doc[primaryKey]), value, state }];
  });
}

/** A state a push of a group wrote (push-write.ts), with the push's place in the group (0, 1, ...). */
export type WrittenState = { doc: SyncDocument; member: number };

/**
 * The duplicate lookups of a group of pushes as parts of the one statement that writes its documents
 * (push-write.ts): the push holds its collection's lock for a round trip per statement, and under
 * load each round trip waits for a CPU (bench sync, 50 desks). That statement sees the documents as
 * they were before the group, so each push's pairs are found as if it ran alone after the ones before
 * it: a stored document counts only until a push of the group (that one or an earlier one) wrote it,
 * and a state the group wrote counts from its push until the next push that rewrote it. For one push
 * that is: stored documents it does not write, and its own documents among themselves, the same pairs
 * as recordPossibleDuplicates run after the write. `param` adds a value to the statement's parameters
 * and names it ($n).
 */
export function duplicateInserts(collection: string, states: readonly WrittenState[], primaryKey: string, rules: readonly DuplicateRule[], param: (value: unknown) => string): string[] {
  const idOf = (state: WrittenState) => String(state.doc[primaryKey]);
  // The push of the group that next rewrites each state's document (beyond the last push: never).
  const until = new Map<WrittenState, number>();
  const nextWrite = new Map<string, number>();
  for (const state of [...states].reverse()) {
    until.set(state, nextWrite.get(idOf(state)) ?? 2 ** 31 - 1);
    nextWrite.set(idOf(state), state.member);
  }
  let written: { ids: string; firsts: string } | undefined;
  return rules.filter((rule) => rule.collection === collection).flatMap((rule) => {
    const candidates = candidatesOf(states, primaryKey, rule);
    if (candidates.length === 0) return [];
    // Only parameters the statement uses: PostgreSQL cannot type one it never sees.
    written ??= { ids: param([...nextWrite.keys()]), firsts: param([...nextWrite.values()]) };
    const [ids, values, members, untils] = [param(candidates.map((c) => c.id)), param(candidates.map((c) => c.value)),
      param(candidates.map((c) => c.state.member)), param(candidates.map((c) => until.get(c.state)!))];
    // The group's own states are joined on equal values (a hash join): a lookup per state was quadratic,
    // 0.5 s for 1,000 rows. Stored documents: one index lookup per state (OFFSET 0: see recordPossibleDuplicates).
    return [`INSERT INTO possible_duplicates (collection, field, document_id, other_id)
       SELECT DISTINCT ${param(collection)}::text, ${param(rule.field)}::text, LEAST(p.a, p.b), GREATEST(p.a, p.b) FROM (
         SELECT w.id AS a, s.id AS b
         FROM unnest(${ids}::text[], ${values}::text[], ${members}::int[]) AS w(id, value, member)
         CROSS JOIN LATERAL (
           SELECT d.id FROM documents d
           WHERE d.collection = ${param(collection)}::text AND (d.data ->> '${rule.field}') = w.value AND NOT d.deleted AND d.id <> w.id
           OFFSET 0
         ) s
         WHERE NOT EXISTS (SELECT 1 FROM unnest(${written.ids}::text[], ${written.firsts}::int[]) AS x(id, first) WHERE x.id = s.id AND x.first <= w.member)
         UNION ALL
         SELECT w.id, o.id
         FROM unnest(${ids}::text[], ${values}::text[], ${members}::int[]) AS w(id, value, member)
         JOIN unnest(${ids}::text[], ${values}::text[], ${members}::int[], ${untils}::int[]) AS o(id, value, member, until)
           ON o.value = w.value AND o.id <> w.id AND o.member <= w.member AND w.member < o.until
       ) p
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
    const candidates = candidatesOf(docs.map((doc) => ({ doc, member: 0 })), primaryKey, rule);
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
