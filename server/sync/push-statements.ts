import { stripSyncMeta, type SyncDocument } from '@shared/sync/protocol';
import type { Queryable } from '../db/database';
import { duplicateInserts, type WrittenState } from './duplicates';
import type { PushOptions } from './push-write';

/** The statements a push runs under its collection's lock (push-write.ts judges what they write). */

// First key of the two-key advisory lock space: "documents of a collection" (second key: hashtext(collection)).
const DOCUMENTS_LOCK_SPACE = 742;

export async function lockCollection(tx: Queryable, collection: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [DOCUMENTS_LOCK_SPACE, collection]);
}

/**
 * Gives stored documents a new sequence number, unchanged, so they reach again every desk pulling
 * past its checkpoint: a field worker's desk then receives the file its newly planned visit goes to
 * (policy 3.8c), which reached the server before the plan, below that desk's checkpoint. A desk that
 * holds the file already gets the same state again: RxDB writes nothing for a pulled state equal to
 * its own (no edit, no revision), and a desk with an unpushed edit still pushes it against that same
 * assumed master state (no conflict). The document's lock is taken like a push's, so the new number
 * keeps the commit order; lock order is always visits then beneficiaries (no push takes the reverse).
 */
export async function resequence(tx: Queryable, collection: string, ids: readonly string[], channel: string): Promise<void> {
  if (ids.length === 0) return;
  await lockCollection(tx, collection);
  const rows = await tx.query<{ seq: string }>(
    `UPDATE documents SET seq = nextval('document_seq')
     WHERE collection = $1 AND NOT deleted AND id IN (SELECT jsonb_array_elements_text($2::jsonb))
     RETURNING seq::text AS seq`,
    [collection, JSON.stringify(ids)],
  );
  if (rows.length === 0) return;
  const seq = Math.max(...rows.map((row) => Number(row.seq)));
  await tx.query('SELECT pg_notify($1, $2)', [channel, JSON.stringify({ collection, seq })]);
}

/**
 * Writes the documents (each one's last state, in order), records the possible duplicates of every
 * state the pushes wrote and tells the server processes, in one statement: the push holds its
 * collection's lock for every round trip, and under load each one waits for a CPU. The notification
 * is delivered at COMMIT to every listening server process (change-feed.ts); tiny on purpose: NOTIFY
 * payloads are limited to 8000 bytes, so listeners fetch the documents themselves.
 */
export async function writeDocuments(tx: Queryable, docs: readonly SyncDocument[], states: readonly WrittenState[], options: PushOptions): Promise<number | null> {
  if (docs.length === 0) return null;
  const { collection, primaryKey } = options;
  const payload = docs.map((doc) => ({ id: String(doc[primaryKey]), data: stripSyncMeta(doc), deleted: doc._deleted }));
  const params: unknown[] = [collection, JSON.stringify(payload), options.channel];
  const param = (value: unknown) => `$${params.push(value)}`;
  const duplicates = duplicateInserts(collection, states, primaryKey, options.duplicateRules, param);
  const rows = await tx.query<{ seq: string }>(
    `WITH written AS (
       INSERT INTO documents (collection, id, seq, data, deleted, updated_at)
       SELECT $1, w.value ->> 'id', nextval('document_seq'), w.value -> 'data', (w.value ->> 'deleted')::boolean, now()
       FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS w(value, ord)
       ORDER BY w.ord
       ON CONFLICT (collection, id) DO UPDATE
         SET seq = EXCLUDED.seq, data = EXCLUDED.data, deleted = EXCLUDED.deleted, updated_at = EXCLUDED.updated_at
       RETURNING seq
     )${duplicates.map((sql, i) => `, duplicates_${i} AS (${sql})`).join('')}
     SELECT max(seq)::text AS seq, pg_notify($3, json_build_object('collection', $1::text, 'seq', max(seq))::text) AS notified FROM written`,
    params,
  );
  return Number(rows[0]!.seq);
}
