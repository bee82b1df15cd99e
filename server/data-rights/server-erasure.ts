/**
 * An erasure applied by the server itself (PDPL Art. 18), driven by its record (catalog kind 'erasure'):
 * when the record is pushed (the erasing desk's push, or any desk's re-send after a restore), at every
 * start and whenever the database turns out restored (a new generation: a backup from before the erasure
 * holds the person again). In ONE transaction, so nothing is ever half-erased: a run cut short leaves the
 * state before it, and the next start or the next push of the record runs it again; a run over an
 * erased person changes nothing (idempotent).
 *
 * What the server holds about a beneficiary, table by table (the migrations):
 * - documents: the person's documents in every collection, anonymised here by the same rules as on the
 *   desks (shared/data-rights); audit entries and signed declarations are kept whole (kept-records.ts).
 * - files: the scans and photos the person's documents named (and the record lists), deleted unless a
 *   kept record or another document still refers to them.
 * - web_case_codes: the check code of a case the person filed on the public page: deleted, so the case
 *   can no longer be looked up by it (the hash is not personal, but it opens the person's case).
 * - outbox / outbox_events: the person's notices; the provider's error texts may quote the address: cleared.
 * - possible_duplicates, audit_chain_findings, web_case_numbers, server_generation: ids, counters and
 *   hashes only. accounts, desks, sessions, server_audit: staff and desks, never beneficiaries.
 */
import { anonymiseOne } from '@shared/data-rights/anonymise-one';
import { erasureFromCatalog, type ErasureRecord } from '@shared/data-rights/erasure-record';
import { contentOf } from '@shared/sync/collection-policy';
import { jsonEqual } from '@shared/sync/deep-equal';
import type { PushRow, SyncDocument } from '@shared/sync/protocol';
import type { Database, Queryable } from '../db/database';
import { lockCollection, pushDocumentsIn } from '../sync/document-store';
import type { DuplicateRule } from '../sync/duplicates';
import { allErasures, deleteUnreferencedFiles, erasuresFor } from './erased-people';

/** Visits before beneficiaries: a visits write locks beneficiaries after it (document-store.ts resequence). */
const ERASURE_ORDER = ['visits', 'beneficiaries', 'requests', 'interactions', 'declarations', 'cases', 'surveys', 'conflicts'] as const;
const ERASURE_LOCK_SPACE = 743;
export const SERVER_ERASER_DESK = 'server';

export type ServerErasureOptions = {
  duplicateRules: readonly DuplicateRule[];
  channel: string;
  now?: () => Date;
  /** called after each collection is written (tests stop an erasure there) */
  afterCollection?: (collection: string) => void | Promise<void>;
};

export type ServerErasureOutcome = { written: number; filesDeleted: string[]; codesDeleted: number };

type Row = { collection: string; id: string; data: Record<string, unknown>; deleted: boolean };

/** Every document about the person, tombstones included (a tombstone keeps its last content). */
async function gatherServerPerson(q: Queryable, beneficiaryId: string): Promise<Row[]> {
  const owned = await q.query<Row>(
    `SELECT collection, id, data, deleted FROM documents WHERE collection = 'beneficiaries' AND id = $1
     UNION ALL
     SELECT collection, id, data, deleted FROM documents WHERE (data ->> 'beneficiaryId') = $1 AND collection <> 'catalog'`,
    [beneficiaryId],
  );
  const ids = owned.map((row) => row.id);
  const conflicts = await q.query<Row>(
    `SELECT collection, id, data, deleted FROM documents WHERE collection = 'conflicts' AND (data ->> 'documentId') IN (SELECT jsonb_array_elements_text($1::jsonb))`,
    [JSON.stringify(ids)],
  );
  return [...owned, ...conflicts];
}


export async function applyServerErasure(db: Database, record: ErasureRecord, options: ServerErasureOptions): Promise<ServerErasureOutcome> {
  const at = (options.now ?? (() => new Date()))().toISOString();
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [ERASURE_LOCK_SPACE, record.beneficiaryId]);
    // Every collection's lock before reading: a push being written about the person (it read the
    // erasure records before this one committed) is either read here or, after, sees the record.
    for (const collection of ERASURE_ORDER) await lockCollection(tx, collection);
    const rows = await gatherServerPerson(tx, record.beneficiaryId);
    const files = new Set(record.files ?? []);
    let written = 0;
    for (const collection of ERASURE_ORDER) {
      const pushRows: PushRow[] = [];
      for (const row of rows.filter((item) => item.collection === collection)) {
        const result = anonymiseOne(collection, row.data);
        if (!result) continue;
        for (const hash of result.files) files.add(hash);
        if (jsonEqual(contentOf(result.doc), contentOf(row.data))) continue;
        const doc = { ...result.doc, updatedAt: at, updatedBy: record.by, deskId: SERVER_ERASER_DESK };
        pushRows.push({ assumedMasterState: { ...row.data, _deleted: row.deleted } as SyncDocument, newDocumentState: { ...doc, _deleted: row.deleted } as SyncDocument });
      }
      if (pushRows.length === 0) continue;
      const outcome = await pushDocumentsIn(tx, pushRows, { collection, primaryKey: 'id', duplicateRules: options.duplicateRules, channel: options.channel });
      // The rows were read under this transaction's locks: a conflict here is a bug, and rolls all of it back.
      if (outcome.conflicts.length > 0) throw new Error(`erasure of ${collection} met a conflict`);
      written += outcome.written;
      await options.afterCollection?.(collection);
    }
    const filesDeleted = await deleteUnreferencedFiles(tx, [...files]);
    const byCollection = (name: string) => JSON.stringify(rows.filter((row) => row.collection === name).map((row) => row.id));
    const codes = await tx.query('DELETE FROM web_case_codes WHERE case_id IN (SELECT jsonb_array_elements_text($1::jsonb)) RETURNING case_id', [byCollection('cases')]);
    await tx.query(`UPDATE outbox SET last_error = '' WHERE last_error <> '' AND notice_id IN (SELECT jsonb_array_elements_text($1::jsonb))`, [byCollection('interactions')]);
    await tx.query(`UPDATE outbox_events SET reason = '' WHERE reason <> '' AND notice_id IN (SELECT jsonb_array_elements_text($1::jsonb))`, [byCollection('interactions')]);
    return { written, filesDeleted, codesDeleted: codes.length };
  });
}

/** Every erasure record the server holds, applied again (at start, after a restore); returns the documents written. */
export async function reapplyServerErasures(db: Database, options: ServerErasureOptions): Promise<number> {
  let written = 0;
  for (const record of await allErasures(db)) written += (await applyServerErasure(db, record, options)).written;
  return written;
}

/** The erasure records of a catalog push, as the server now holds them (a refused or deleted entry is none), applied. */
export async function applyPushedErasures(db: Database, rows: readonly PushRow[], options: ServerErasureOptions): Promise<void> {
  const pushed = rows.flatMap((row) => {
    const record = row.newDocumentState._deleted ? null : erasureFromCatalog(row.newDocumentState as never);
    return record ? [record.beneficiaryId] : [];
  });
  for (const record of (await erasuresFor(db, pushed)).values()) await applyServerErasure(db, record, options);
}
