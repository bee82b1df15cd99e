import { READ_ALL, type PullNarrowing } from '@shared/accounts/pull-narrowing';
import type { PullResponse, PushRow } from '@shared/sync/protocol';
import type { Database, Queryable } from '../db/database';
import { pullNarrowed } from './narrowed-pull';
import { inPushGroup, type GroupRunner } from './push-groups';
import { lockCollection } from './push-statements';
import { sharesGroup, toSyncDocument, writeGroupIn, type PushOptions, type PushOutcome, type QueuedPush, type StoredRow } from './push-write';

export { toSyncDocument, type PushOptions, type PushOutcome } from './push-write';

/**
 * Pull and push over the `documents` table. One table for every collection rather than one per
 * collection: collections keep arriving with later issues and need no DDL here, one global
 * sequence orders all changes, and pull is one index range scan on (collection, seq) either way.
 *
 * Why pull by seq never skips a write: every push takes a per-collection advisory lock before it
 * draws sequence numbers and holds it until COMMIT, so within a collection the sequence order is
 * the commit order. A reader that sees seq n committed has every smaller seq of that collection.
 */

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

/**
 * A page of the whole collection as JSON text, each document exactly as pullDocuments gives it (its
 * stored data and _deleted), for a puller whose view keeps every document unchanged: PostgreSQL's
 * text goes out as it is. Parsing every row and encoding it again was most of a busy server's time
 * (bench sync, 200 desks: each desk pulls after its push, and JSON.stringify of the pages was 30 %).
 */
export async function pullDocumentTexts(db: Queryable, collection: string, afterSeq: number, limit: number): Promise<{ documents: string[]; checkpoint: { seq: number } }> {
  const rows = await db.query<{ doc: string; seq: string }>(
    `SELECT (data || jsonb_build_object('_deleted', deleted))::text AS doc, seq::text AS seq FROM documents
     WHERE collection = $1 AND seq > $2 ORDER BY documents.seq LIMIT $3`,
    [collection, afterSeq, limit],
  );
  const last = rows.at(-1);
  return { documents: rows.map((row) => row.doc), checkpoint: { seq: last ? Number(last.seq) : afterSeq } };
}

export async function lastSeqOf(db: Queryable, collection: string): Promise<number> {
  const rows = await db.query<{ seq: string | null }>('SELECT max(seq)::text AS seq FROM documents WHERE collection = $1', [collection]);
  return Number(rows[0]?.seq ?? 0);
}

/**
 * A push, written in its collection's next group commit (push-groups.ts): judged by RxDB's push semantics
 * as if it ran alone after the pushes queued before it (push-write.ts), in one transaction with them.
 * Rows must be validated before (the whole batch is refused on one bad row, so nothing is half-written).
 */
export async function pushDocuments(db: Database, rows: readonly PushRow[], options: PushOptions): Promise<PushOutcome> {
  return inPushGroup(groupRunner(db), options.collection, { rows, options });
}

const runners = new WeakMap<Database, GroupRunner<QueuedPush, PushOutcome>>();

function groupRunner(db: Database): GroupRunner<QueuedPush, PushOutcome> {
  let runner = runners.get(db);
  if (!runner) {
    runner = {
      joins: sharesGroup,
      rows: (push) => push.rows.length,
      run: (collection, take) => db.transaction(async (tx) => {
        await lockCollection(tx, collection);
        return writeGroupIn(tx, take());
      }),
    };
    runners.set(db, runner);
  }
  return runner;
}

/**
 * One push inside a transaction the caller holds, so a server-authored document is written together
 * with the caller's own rows (the public complaint page: the case, its check code and its attachment
 * commit together or not at all). It takes the collection's lock itself, in no group.
 */
export async function pushDocumentsIn(tx: Queryable, rows: readonly PushRow[], options: PushOptions): Promise<PushOutcome> {
  await lockCollection(tx, options.collection);
  const [outcome] = await writeGroupIn(tx, [{ rows, options }]);
  return outcome!;
}
