import { ACKNOWLEDGE_ACTION, POLICY_ENTITY } from '@shared/policy/acknowledgement';
import type { PullNarrowing } from '@shared/accounts/pull-narrowing';
import { VISITS_COLLECTION } from '@shared/accounts/visit-sync-rules';
import type { PullResponse } from '@shared/sync/protocol';
import type { Queryable } from '../db/database';

/**
 * A pull that reads only what the role may see (shared/accounts/pull-narrowing.ts), through the
 * indexes of migration 0011: a field worker whose view is 1 % of the files reads that 1 %, not the
 * whole collection filtered afterwards. The sync policy's filter still judges every document read.
 *
 * The checkpoint: a full page ends at its last document, as an unnarrowed one. A short page means
 * nothing this actor may see lies beyond it up to the end of the collection, so it ends there, at
 * the collection's last sequence, read in the same statement (one snapshot): the desk does not walk
 * through the rest again. That last sequence is safe to jump to for the reason pullDocuments is:
 * within a collection the sequence order is the commit order (document-store.ts, the advisory lock),
 * so no write below it can still commit.
 */

type Row = { id: string | null; data: Record<string, unknown> | null; deleted: boolean | null; seq: string | null };

// The policy acknowledgements, matched as written in the partial index of migration 0011 (a partial
// index serves a query only when its predicate is seen literally, not through parameters).
const ACK_MATCH = `data->>'action' = ${literal(ACKNOWLEDGE_ACTION)} AND data->>'entity' = ${literal(POLICY_ENTITY)}`;

function literal(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/**
 * The files a field worker's open visits go to, as visit-sync-rules.ts assignedPair says (not deleted,
 * neither cancelled nor completed, a file named), read in the pull's own snapshot: a visit planned
 * after it resequences its file past the checkpoint this pull returns (document-store.ts resequence).
 */
const visitFiles = (fieldWorker: string) => `SELECT v.data->>'beneficiaryId' FROM documents v
  WHERE v.collection = ${literal(VISITS_COLLECTION)} AND v.data->>'fieldWorkerId' = ${fieldWorker} AND NOT v.deleted
    AND coalesce(v.data->>'status', '') NOT IN ('cancelled', 'completed') AND coalesce(v.data->>'beneficiaryId', '') <> ''`;

/**
 * One ordered, limited branch per way in, each an index range scan; a document is read by the first
 * branch that matches it (the ways in of one narrowing exclude each other: files for beneficiaries, acks for audit).
 * @returns the SQL and its parameters from $4 on
 */
function branches(narrowing: Extract<PullNarrowing, { kind: 'desk' }>): { sql: string[]; params: string[] } {
  const cols = 'id, data, deleted, seq';
  const base = 'collection = $1 AND seq > $2';
  const sql: string[] = [];
  const params: string[] = [];
  let notDesk = 'true';
  if (narrowing.deskId !== null) {
    params.push(narrowing.deskId);
    sql.push(`SELECT ${cols} FROM documents WHERE ${base} AND data->>'deskId' = $4 ORDER BY seq LIMIT $3`);
    notDesk = `(data->>'deskId' IS DISTINCT FROM $4)`;
  }
  if (narrowing.visitsOf !== null) {
    params.push(narrowing.visitsOf);
    sql.push(`SELECT ${cols} FROM documents WHERE ${base} AND ${notDesk} AND id IN (${visitFiles(`$${params.length + 3}`)}) ORDER BY seq LIMIT $3`);
  }
  if (narrowing.acks) sql.push(`SELECT ${cols} FROM documents WHERE ${base} AND ${notDesk} AND ${ACK_MATCH} ORDER BY seq LIMIT $3`);
  return { sql, params };
}

export async function pullNarrowed(db: Queryable, collection: string, afterSeq: number, limit: number, narrowing: PullNarrowing): Promise<PullResponse> {
  const top = `SELECT NULL::text AS id, NULL::jsonb AS data, NULL::boolean AS deleted, max(seq)::text AS seq FROM documents WHERE collection = $1`;
  if (narrowing.kind === 'none') {
    const [row] = await db.query<Row>(top, [collection]);
    return { documents: [], checkpoint: { seq: Math.max(afterSeq, Number(row?.seq ?? 0)) } };
  }
  if (narrowing.kind !== 'desk') throw new Error('pullNarrowed reads a narrowed view only');
  const { sql, params } = branches(narrowing);
  if (sql.length === 0) return pullNarrowed(db, collection, afterSeq, limit, { kind: 'none' });
  const union = sql.map((branch) => `(${branch})`).join(' UNION ALL ');
  const rows = await db.query<Row>(
    `WITH page AS (SELECT * FROM (${union}) AS b ORDER BY seq LIMIT $3)
     SELECT id, data, deleted, seq::text AS seq FROM page
     UNION ALL ${top}`,
    [collection, afterSeq, limit, ...params],
  );
  const docs = rows.filter((row) => row.id !== null).sort((a, b) => Number(a.seq) - Number(b.seq));
  const end = Number(rows.find((row) => row.id === null)?.seq ?? 0);
  const last = docs.at(-1);
  const checkpoint = docs.length === limit && last ? Number(last.seq) : Math.max(afterSeq, end);
  return { documents: docs.map((row) => ({ ...row.data, _deleted: row.deleted === true })), checkpoint: { seq: checkpoint } };
}

/**
 * How many documents of this narrowing lie after a checkpoint (the first sync's "n of total"): the
 * same branches as the pull, counted. The policy's filter may still cut a few (cases, visits by their
 * own rules), so it is an upper bound, but of the actor's view, not of the whole collection.
 */
export async function countNarrowed(db: Queryable, collection: string, afterSeq: number, narrowing: PullNarrowing): Promise<number> {
  if (narrowing.kind === 'none') return 0;
  if (narrowing.kind !== 'desk') throw new Error('countNarrowed counts a narrowed view only');
  const { sql, params } = branches(narrowing);
  if (sql.length === 0) return 0;
  const union = sql.map((branch) => `(${branch})`).join(' UNION ALL ');
  // $3 is the branches' limit: no limit here beyond the largest count a collection can hold.
  const rows = await db.query<{ n: string }>(`SELECT count(*)::text AS n FROM (${union}) AS b`, [collection, afterSeq, 2_147_483_647, ...params]);
  return Number(rows[0]?.n ?? 0);
}
