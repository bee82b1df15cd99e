/**
 * A questionnaire version with answers anywhere stays as its answers answered it (policy 3.8: a period's
 * results stay comparable). A desk locks only by the answers it holds, so an edit made offline may still
 * change a version another desk has answers for. The server therefore refuses, as a conflict, any push
 * that changes a version's content while answers to it are stored (server/sync/questionnaire-lock.ts);
 * the desk's conflict handler keeps the server's version and saves its edit as version n+1 instead.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { jsonEqual } from '../sync/deep-equal';
import type { SurveyDoc } from '../db/schemas/survey.schema';

type Doc = Record<string, unknown>;

/** What the answers of a version answered: it may not change once there are any. */
const LOCKED_CONTENT = ['kind', 'title', 'questions', 'seriesId', 'seriesVersion'] as const;

/** Whether `next` (a push or a desk's edit) changes the content of the stored questionnaire version, or deletes it. */
export function changesQuestionnaire(stored: Doc | null | undefined, next: Doc): boolean {
  if (!stored || stored.kind !== 'questionnaire' || stored._deleted === true) return false;
  if (next._deleted === true) return true;
  return LOCKED_CONTENT.some((field) => !jsonEqual(stored[field], next[field]));
}

/** The same edit refused again (the handler retried) gets the same id, so one new version is saved. */
function forkId(edit: SurveyDoc): string {
  const text = ['questionnaire-fork', edit.id, edit.updatedAt, JSON.stringify(edit.title ?? null), JSON.stringify(edit.questions ?? null)].join('\u0000');
  const hex = bytesToHex(sha256(utf8ToBytes(text)));
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The desk's refused edit of a locked version, as the next version of its series (after every version
 * this desk holds), written by whoever made the edit, when they made it.
 */
export function editAsNewVersion(edit: SurveyDoc, seriesVersions: readonly number[]): SurveyDoc {
  const id = forkId(edit);
  const { _deleted: _d, ...content } = edit as SurveyDoc & { _deleted?: boolean };
  return {
    ...content,
    id, questionnaireId: id, seriesId: edit.seriesId ?? edit.id,
    seriesVersion: Math.max(edit.seriesVersion ?? 1, ...seriesVersions) + 1,
    createdAt: edit.updatedAt, createdBy: edit.updatedBy,
  };
}
