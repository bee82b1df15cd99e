/**
 * RxDB's push semantics, decided row by row against the server's stored states (the server's
 * document store reads them under the collection's lock and writes what this decides): a row is
 * written when nothing is stored or the stored state equals the row's assumedMasterState; it is
 * skipped when the stored state already equals the new one (a replayed push); otherwise it
 * conflicts and the stored state goes back to the desk. Append-only documents never change once
 * stored (collection-policy.ts), nor does a questionnaire version once answered.
 */
import { contentOf, isErasureOf, isImmutableDocument } from './collection-policy';
import { jsonEqual } from './deep-equal';
import { stripSyncMeta, type PushRow, type SyncDocument } from './protocol';

export type PushDecisionInput = {
  collection: string;
  primaryKey: string;
  rows: readonly PushRow[];
  /** the stored state of each document the rows name */
  stored: ReadonlyMap<string, SyncDocument>;
  /** questionnaire versions with answers: an edit of one is refused as a conflict */
  locked: ReadonlySet<string>;
  /** documents a restore put back and nobody wrote since, when the desk knew everything the backup holds */
  restoredUntouched: ReadonlySet<string>;
};

/** The documents to write and the stored states to send back as conflicts, by id. */
export type PushDecision = { writes: Map<string, SyncDocument>; conflicts: Map<string, SyncDocument> };

function sameState(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return (a._deleted === true) === (b._deleted === true) && jsonEqual(stripSyncMeta(a), stripSyncMeta(b));
}

function sameContent(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return (a._deleted === true) === (b._deleted === true) && jsonEqual(contentOf(a), contentOf(b));
}

/** Rows of one push in order: a later row about the same document is decided against the earlier one's write. */
export function decidePush(input: PushDecisionInput): PushDecision {
  const { collection, primaryKey } = input;
  const master = new Map(input.stored);
  const restoredUntouched = new Set(input.restoredUntouched);
  const writes = new Map<string, SyncDocument>();
  const conflicts = new Map<string, SyncDocument>();
  for (const row of input.rows) {
    const next = row.newDocumentState;
    const id = String(next[primaryKey]);
    const current = master.get(id);
    if (current) {
      if (sameState(current, next)) continue;
      // Bookkeeping never makes a conflict (collection-policy.ts METADATA_FIELDS): the same content stored
      // already is a replay, e.g. an erasure's anonymised document after the server made the same one.
      if (sameContent(current, next)) continue;
      if (input.locked.has(id)) {
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
