import { changesQuestionnaire } from '@shared/surveys/questionnaire-lock';
import type { PushRow, SyncDocument } from '@shared/sync/protocol';
import type { Queryable } from '../db/database';

export const SURVEYS_COLLECTION = 'surveys';

/**
 * The questionnaire versions a push would change (content or deletion) although answers to them are
 * stored, or arrive in the same push (shared/surveys/questionnaire-lock.ts): those rows conflict, and the
 * desk saves its edit as a new version. Asked inside the push's transaction, under the collection's
 * lock, so an answer committed by another desk in between cannot slip past. Costs a query only when a
 * push changes a stored questionnaire (rare: the builder's saves).
 */
export async function lockedQuestionnaires(tx: Queryable, rows: readonly PushRow[], stored: ReadonlyMap<string, SyncDocument>, primaryKey: string): Promise<Set<string>> {
  const changed = new Set<string>();
  for (const { newDocumentState: next } of rows) {
    const id = String(next[primaryKey]);
    if (changesQuestionnaire(stored.get(id), next)) changed.add(id);
  }
  if (changed.size === 0) return changed;
  const answeredHere = rows.map((row) => row.newDocumentState).filter((doc) => doc.kind === 'answer' && doc._deleted !== true).map((doc) => String(doc.questionnaireId));
  const answered = await tx.query<{ questionnaire_id: string }>(
    `SELECT DISTINCT data->>'questionnaireId' AS questionnaire_id FROM documents
     WHERE collection = $1 AND NOT deleted AND data->>'kind' = 'answer'
       AND data->>'questionnaireId' IN (SELECT jsonb_array_elements_text($2::jsonb))`,
    [SURVEYS_COLLECTION, JSON.stringify([...changed])],
  );
  const locked = new Set([...answeredHere, ...answered.map((row) => row.questionnaire_id)]);
  return new Set([...changed].filter((id) => locked.has(id)));
}
