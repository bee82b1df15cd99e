/**
 * The conflict handler every replicated collection gets (ARCHITECTURE.md, "Sync"). RxDB calls
 * resolve() when the server refuses a push because the document changed there meanwhile: the
 * desk's write (`newDocumentState`), the server's (`realMasterState`) and what the desk last saw
 * of the server (`assumedMasterState`) go through the three-way merge. Fields changed on one side
 * merge; a field changed on both sides keeps the server's value in the document and becomes a
 * conflict record holding the desk's value, so nothing is dropped.
 */
import type { RxConflictHandler } from 'rxdb/plugins/core';
import { isImmutableDocument } from '@shared/sync/collection-policy';
import { jsonEqual } from '@shared/sync/deep-equal';
import { mergeDocuments, type FieldConflict } from '@shared/sync/three-way-merge';
import { changesQuestionnaire } from '@shared/surveys/questionnaire-lock';

type Doc = Record<string, unknown>;

export type ConflictHooks = {
  /**
   * stores the field conflicts (conflict-records.ts); must be idempotent: RxDB may ask again.
   * `theirsDeskId` is the desk that last wrote the server's version, so the record says whose
   * value each side is on every desk it syncs to.
   */
  record(conflicts: FieldConflict[], theirsDeskId: string): Promise<void>;
  /** an append-only document came back different: impossible by design, so a bug to report */
  immutableViolation(collection: string, documentId: string): void;
  /**
   * this desk's edit of a questionnaire version the server keeps (answered elsewhere: policy 3.8), to be
   * saved as the series' next version; must be idempotent (questionnaire-fork.ts).
   */
  questionnaireEdit?(edit: Doc): Promise<void>;
};

/** RxDB's bookkeeping is not part of the document's content. */
function content(doc: Doc): Doc {
  const { _meta: _m, _rev: _r, _attachments: _a, ...rest } = doc;
  return rest;
}

export function createConflictHandler(collection: string, hooks: ConflictHooks): RxConflictHandler<Doc> {
  return {
    isEqual: (a, b) => jsonEqual(content(a), content(b)),
    async resolve(input) {
      const theirs = content(input.realMasterState);
      const mine = content(input.newDocumentState);
      const base = input.assumedMasterState ? content(input.assumedMasterState) : null;
      if (jsonEqual(mine, theirs)) return input.realMasterState;
      if (isImmutableDocument(collection, theirs)) {
        // Audit entries and interactions get fresh uuids and are never edited, so the server
        // can never hold a different version of one. If it does, the server's stays (it is what
        // every other desk has) and the fault is reported, not merged.
        hooks.immutableViolation(collection, String(theirs.id ?? ''));
        return input.realMasterState;
      }
      // An edit of a questionnaire version refused by the server (answers to it are stored there) is not
      // merged into it: the version stays as answered, and the edit becomes the next version.
      if (collection === 'surveys' && changesQuestionnaire(theirs, mine) && (base === null || changesQuestionnaire(base, mine))) {
        if (mine._deleted !== true) await hooks.questionnaireEdit?.(mine);
        return input.realMasterState;
      }
      const result = mergeDocuments(base, mine, theirs, { collection });
      if (result.kind === 'immutable') {
        hooks.immutableViolation(collection, String(theirs.id ?? ''));
        return input.realMasterState;
      }
      // The conflicts collection itself: a second resolution of the same conflict on another
      // desk keeps the first (the server's); it never raises a conflict about a conflict.
      if (result.kind === 'merged' && result.conflicts.length > 0 && collection !== 'conflicts') {
        await hooks.record(result.conflicts, typeof theirs.deskId === 'string' ? theirs.deskId : '');
      }
      return result.document as typeof input.realMasterState;
    },
  };
}
