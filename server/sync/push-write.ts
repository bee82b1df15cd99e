import { filesNewlyAssigned, VISITS_COLLECTION } from '@shared/accounts/visit-sync-rules';
import { contentOf, isErasureOf, isImmutableDocument } from '@shared/sync/collection-policy';
import { jsonEqual } from '@shared/sync/deep-equal';
import { stripSyncMeta, type PushRow, type SyncDocument } from '@shared/sync/protocol';
import type { Queryable } from '../db/database';
import type { ErasureRecord } from '@shared/data-rights/erasure-record';
import { PERSON_COLLECTIONS, personOf } from '@shared/data-rights/anonymise-one';
import { deleteUnreferencedFiles, enforceErasures, erasureEntryIds, erasuresOf } from '../data-rights/erased-people';
import type { DuplicateRule, WrittenState } from './duplicates';
import { resequence, writeDocuments } from './push-statements';
import { lockedQuestionnaires, SURVEYS_COLLECTION } from './questionnaire-lock';

/**
 * The push itself, under its collection's lock (document-store.ts takes it): several queued pushes
 * of one collection at once (push-groups.ts), judged one after another as if each ran alone.
 */

const BENEFICIARIES_COLLECTION = 'beneficiaries';
const CATALOG_COLLECTION = 'catalog';
const CONFLICTS_COLLECTION = 'conflicts';

export type StoredRow = { id: string; data: Record<string, unknown>; deleted: boolean; seq: string };

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

/** One push of a group: its rows and options (a group shares collection, key, rules and channel). */
export type QueuedPush = { rows: readonly PushRow[]; options: PushOptions };

export function toSyncDocument(row: Pick<StoredRow, 'data' | 'deleted'>): SyncDocument {
  return { ...row.data, _deleted: row.deleted };
}

function sameState(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return (a._deleted === true) === (b._deleted === true) && jsonEqual(stripSyncMeta(a), stripSyncMeta(b));
}

function sameContent(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return (a._deleted === true) === (b._deleted === true) && jsonEqual(contentOf(a), contentOf(b));
}

/**
 * Whether two pushes may share a transaction: the same options but the re-send (judged per push), and
 * not surveys, whose questionnaire lock asks the database for answers (an answer an earlier push of
 * the group wrote would not be seen yet).
 */
export function sharesGroup(first: QueuedPush, next: QueuedPush): boolean {
  const [a, b] = [first.options, next.options];
  return a.collection !== SURVEYS_COLLECTION && a.collection === b.collection && a.primaryKey === b.primaryKey && a.duplicateRules === b.duplicateRules && a.channel === b.channel;
}

/**
 * Judges and writes the group's pushes, under the lock: one read of what they name, each push judged
 * in queue order against the stored documents as the pushes before it left them (so a second push of
 * a document sees the first's write, as if run after it), then one write of every document's last
 * state in that order (sequence order is the order they were judged in), each push's possible
 * duplicates as it would have recorded them alone, and one notify.
 */
export async function writeGroupIn(tx: Queryable, pushes: readonly QueuedPush[]): Promise<PushOutcome[]> {
  const options = pushes[0]!.options;
  const { collection, primaryKey } = options;
  const { stored, erasures } = await readLocked(tx, pushes.flatMap((push) => push.rows), options);
  const master = new Map<string, SyncDocument>(stored.map((row) => [row.id, toSyncDocument(row)]));
  const states: WrittenState[] = [];
  const latest = new Map<string, SyncDocument>();
  const files: string[] = [];
  const assigned: string[] = [];
  const judged: Omit<PushOutcome, 'lastSeq'>[] = [];
  for (const [member, push] of pushes.entries()) {
    const before = new Map<string, SyncDocument>();
    for (const row of push.rows) {
      const id = String(row.newDocumentState[primaryKey]);
      const current = master.get(id);
      if (current) before.set(id, current);
    }
    // Written earlier in the group, a document is no longer as the restored backup left it.
    const restoredUntouched = restoredSet(stored.filter((row) => !latest.has(row.id)), push.options.resend);
    // A questionnaire version with answers keeps its questions: an edit of it is refused as a conflict.
    const locked = collection === SURVEYS_COLLECTION ? await lockedQuestionnaires(tx, push.rows, before, primaryKey) : new Set<string>();
    const { writes, conflicts } = judge(push.rows, { collection, primaryKey, master, restoredUntouched, locked });
    // An erased person's documents are stored anonymised whoever pushed them (PDPL Art. 18: the erasure wins).
    const enforced = await enforceErasures(tx, collection, [...writes.values()], erasures);
    for (const doc of enforced.docs) {
      const id = String(doc[primaryKey]);
      master.set(id, doc);
      // Moved to the end: its sequence comes after everything judged before its last write.
      latest.delete(id);
      latest.set(id, doc);
      states.push({ doc, member });
    }
    files.push(...enforced.files);
    if (collection === VISITS_COLLECTION) assigned.push(...filesNewlyAssigned(before, enforced.docs));
    judged.push({ conflicts: [...conflicts.values()], written: writes.size });
  }
  const lastSeq = await writeDocuments(tx, [...latest.values()], states, options);
  await deleteUnreferencedFiles(tx, files);
  if (collection === VISITS_COLLECTION) await resequence(tx, BENEFICIARIES_COLLECTION, [...new Set(assigned)], options.channel);
  return judged.map((outcome) => ({ ...outcome, lastSeq }));
}

type Judging = { collection: string; primaryKey: string; master: Map<string, SyncDocument>; restoredUntouched: Set<string>; locked: ReadonlySet<string> };

/**
 * RxDB's push semantics for one push: a row is written when there is no stored document or the stored
 * one equals the row's assumedMasterState; it is skipped silently when the stored one already equals
 * newDocumentState (a replayed push); otherwise it conflicts and the stored master state is returned.
 * Append-only documents never change once stored (collection-policy.ts), nor does a questionnaire
 * version once answered (questionnaire-lock.ts). `master` follows the writes.
 */
function judge(rows: readonly PushRow[], { collection, primaryKey, master, restoredUntouched, locked }: Judging) {
  const writes = new Map<string, SyncDocument>();
  const conflicts = new Map<string, SyncDocument>();
  for (const row of rows) {
    const next = row.newDocumentState;
    const id = String(next[primaryKey]);
    const current = master.get(id);
    if (current) {
      if (sameState(current, next)) continue;
      // Bookkeeping never makes a conflict (collection-policy.ts METADATA_FIELDS): the same content stored
      // already is a replay, e.g. an erasure's anonymised document after the server made the same one.
      if (sameContent(current, next)) continue;
      if (locked.has(id)) {
        conflicts.set(id, current);
        continue;
      }
      const assumed = row.assumedMasterState;
      const immutable = isImmutableDocument(collection, stripSyncMeta(current)) && !isErasureOf(collection, stripSyncMeta(current), stripSyncMeta(next));
      // The desk pulled everything the backup holds, so its copy of a document the restore put back
      // (and nobody wrote since) is that state or a later one the restore lost: it goes back in.
      const resent = !assumed && restoredUntouched.has(id);
      if (!resent && (immutable || !assumed || !sameState(current, assumed))) {
        conflicts.set(id, current);
        continue;
      }
    }
    const written: SyncDocument = { ...stripSyncMeta(next), _deleted: next._deleted === true };
    master.set(id, written);
    restoredUntouched.delete(id);
    writes.set(id, written);
    conflicts.delete(id);
  }
  return { writes, conflicts };
}

/**
 * Under the lock, in one statement: the stored documents the pushes name (locked for update) and the
 * erasure records of the people their rows are about (PDPL Art. 18), read after the lock so an erasure
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
