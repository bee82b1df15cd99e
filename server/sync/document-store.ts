import { READ_ALL, type PullNarrowing } from '@shared/accounts/pull-narrowing';
import { filesNewlyAssigned, VISITS_COLLECTION } from '@shared/accounts/visit-sync-rules';
import { decidePush } from '@shared/sync/push-decision';
import { stripSyncMeta, type PullResponse, type PushRow, type SyncDocument } from '@shared/sync/protocol';
import type { Database, Queryable } from '../db/database';
import type { ErasureRecord } from '@shared/data-rights/erasure-record';
import { PERSON_COLLECTIONS, personOf } from '@shared/data-rights/anonymise-one';
import { deleteUnreferencedFiles, enforceErasures, erasureEntryIds, erasuresOf } from '../data-rights/erased-people';
import { duplicateInserts, type DuplicateRule } from './duplicates';
import { pullNarrowed } from './narrowed-pull';
import { inPushTurn } from './push-turns';
import { lockedQuestionnaires, SURVEYS_COLLECTION } from './questionnaire-lock';

/**
 * Pull and push over the `documents` table. One table for every collection rather than one per
 * collection: collections keep arriving with later issues and need no DDL here, one global
 * sequence orders all changes, and pull is one index range scan on (collection, seq) either way.
 *
 * Why pull by seq never skips a write: every push takes a per-collection advisory lock before it
 * draws sequence numbers and holds it until COMMIT, so within a collection the sequence order is
 * the commit order. A reader that sees seq n committed has every smaller seq of that collection.
 */

// First key of the two-key advisory lock space: "documents of a collection" (second key: hashtext(collection)).
const DOCUMENTS_LOCK_SPACE = 742;
const BENEFICIARIES_COLLECTION = 'beneficiaries';
const CATALOG_COLLECTION = 'catalog';
const CONFLICTS_COLLECTION = 'conflicts';

/** The lock a push of `collection` holds while it reads and writes (sequence order is commit order). */
export async function lockCollection(tx: Queryable, collection: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [DOCUMENTS_LOCK_SPACE, collection]);
}

type StoredRow = { id: string; data: Record<string, unknown>; deleted: boolean; seq: string };

export function toSyncDocument(row: Pick<StoredRow, 'data' | 'deleted'>): SyncDocument {
  return { ...row.data, _deleted: row.deleted };
}

/**
 * @param narrowing what of the collection the puller may see at most (shared/accounts/pull-narrowing.ts):
 *   the rest is not read at all (narrowed-pull.ts); the caller still filters what is read.
 */
export async function pullDocuments(db: Queryable, collection: string, afterSeq: number, limit: number, narrowing: PullNarrowing = READ_ALL): Promise<PullResponse> {
  if (narrowing.kind !== 'all') return pullNarrowed(db, collection, afterSeq, limit, narrowing);
  const rows = await db.query<StoredRow>(
    // ORDER BY documents.seq, not `seq`: a bare name means the output column first, here the
    // text alias, and text order ('10' < '9') skipped documents once seqs grew a digit.
    `SELECT id, data, deleted, seq::text AS seq FROM documents
     WHERE collection = $1 AND seq > $2 ORDER BY documents.seq LIMIT $3`,
    [collection, afterSeq, limit],
  );
  const last = rows.at(-1);
  return { documents: rows.map(toSyncDocument), checkpoint: { seq: last ? Number(last.seq) : afterSeq } };
}

export async function lastSeqOf(db: Queryable, collection: string): Promise<number> {
  const rows = await db.query<{ seq: string | null }>('SELECT max(seq)::text AS seq FROM documents WHERE collection = $1', [collection]);
  return Number(rows[0]?.seq ?? 0);
}

export type PushOptions = {
  collection: string;
  primaryKey: string;
  duplicateRules: readonly DuplicateRule[];
  /** NOTIFY channel that tells every server process of the collection's new writes */
  channel: string;
  /**
   * A desk re-sending after a restore (server/sync/generation.ts): the last sequence it pulled from the
   * old history, and the last the restored backup holds. Absent for every ordinary push.
   */
  resend?: { knownThrough: number; restoredSeq: number };
};

export type PushOutcome = { conflicts: SyncDocument[]; written: number; lastSeq: number | null };

/**
 * RxDB's push semantics in one transaction (shared/sync/push-decision.ts decides each row against
 * the stored states read under the collection's lock; questionnaire-lock.ts says which are answered).
 * Rows must be validated before (the whole batch is refused on one bad row, so nothing is half-written).
 */
export async function pushDocuments(db: Database, rows: readonly PushRow[], options: PushOptions): Promise<PushOutcome> {
  return inPushTurn(options.collection, (onLocked) => db.transaction((tx) => pushDocumentsIn(tx, rows, options, onLocked)));
}

/**
 * pushDocuments inside a transaction the caller holds, so a server-authored document is written
 * together with the caller's own rows (the public complaint page: the case, its check code and its
 * attachment commit together or not at all).
 */
export async function pushDocumentsIn(tx: Queryable, rows: readonly PushRow[], options: PushOptions, onLocked?: () => void): Promise<PushOutcome> {
  const { collection, primaryKey } = options;
  await lockCollection(tx, collection);
  onLocked?.();
  const { stored, erasures } = await readLocked(tx, rows, options);
  const before = new Map<string, SyncDocument>(stored.map((row) => [row.id, toSyncDocument(row)]));
  // A questionnaire version with answers keeps its questions: an edit of it is refused as a conflict.
  const locked = collection === SURVEYS_COLLECTION ? await lockedQuestionnaires(tx, rows, before, primaryKey) : new Set<string>();
  const { writes, conflicts } = decidePush({ collection, primaryKey, rows, stored: before, locked, restoredUntouched: restoredSet(stored, options.resend) });

  // An erased person's documents are stored anonymised whoever pushed them (PDPL Art. 18: the erasure wins).
  const enforced = await enforceErasures(tx, collection, [...writes.values()], erasures);
  const lastSeq = await writeDocuments(tx, enforced.docs, options);
  await deleteUnreferencedFiles(tx, enforced.files);
  if (collection === VISITS_COLLECTION) {
    await resequence(tx, BENEFICIARIES_COLLECTION, filesNewlyAssigned(before, enforced.docs), options.channel);
  }
  return { conflicts: [...conflicts.values()], written: writes.size, lastSeq };
}

/**
 * Under the lock, in one statement: the stored documents the push names (locked for update) and the
 * erasure records of the people its rows are about (PDPL Art. 18), read after the lock so an erasure
 * committed before it is seen. Conflict records name their person through another document: their
 * erasures are looked up by enforceErasures itself (undefined here).
 */
async function readLocked(tx: Queryable, rows: readonly PushRow[], options: PushOptions): Promise<{ stored: StoredRow[]; erasures?: Map<string, ErasureRecord> }> {
  const { collection, primaryKey } = options;
  const ids = [...new Set(rows.map((row) => String(row.newDocumentState[primaryKey])))];
  const lookup = PERSON_COLLECTIONS.includes(collection) && collection !== CONFLICTS_COLLECTION;
  const people = lookup ? rows.flatMap((row) => personOf(collection, row.newDocumentState) ?? []) : [];
  const read = await tx.query<StoredRow & { erasure: boolean }>(
    `WITH stored AS (
       SELECT id, data, deleted, seq FROM documents
       WHERE collection = $1 AND id IN (SELECT jsonb_array_elements_text($2::jsonb)) FOR UPDATE
     )
     SELECT false AS erasure, id, data, deleted, seq::text AS seq FROM stored
     UNION ALL
     SELECT true, id, data, deleted, seq::text FROM documents
     WHERE collection = $3 AND NOT deleted AND id IN (SELECT jsonb_array_elements_text($4::jsonb))`,
    [collection, JSON.stringify(ids), CATALOG_COLLECTION, erasureEntryIds(people)],
  );
  const stored = read.filter((row) => !row.erasure);
  return { stored, erasures: lookup ? erasuresOf(read.filter((row) => row.erasure)) : undefined };
}

/** The documents of this push that came out of the backup untouched, when the desk knew everything the backup holds. */
function restoredSet(stored: readonly StoredRow[], resend: PushOptions['resend']): Set<string> {
  if (!resend || resend.restoredSeq <= 0 || resend.knownThrough < resend.restoredSeq) return new Set();
  return new Set(stored.filter((row) => Number(row.seq) <= resend.restoredSeq).map((row) => row.id));
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
async function resequence(tx: Queryable, collection: string, ids: readonly string[], channel: string): Promise<void> {
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
 * Writes the documents, records their possible duplicates and tells the server processes, in one
 * statement: the push holds its collection's lock for every round trip, and under load each one waits
 * for a CPU. The notification is delivered at COMMIT to every listening server process
 * (change-feed.ts); tiny on purpose: NOTIFY payloads are limited to 8000 bytes, so listeners fetch
 * the documents themselves.
 */
async function writeDocuments(tx: Queryable, docs: SyncDocument[], options: PushOptions): Promise<number | null> {
  if (docs.length === 0) return null;
  const { collection, primaryKey } = options;
  const payload = docs.map((doc) => ({ id: String(doc[primaryKey]), data: stripSyncMeta(doc), deleted: doc._deleted }));
  const params: unknown[] = [collection, JSON.stringify(payload), options.channel];
  const param = (value: unknown) => `$${params.push(value)}`;
  const duplicates = duplicateInserts(collection, docs, primaryKey, options.duplicateRules, param);
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
