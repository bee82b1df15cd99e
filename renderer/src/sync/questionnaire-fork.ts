/**
 * A desk's edit of a questionnaire version that has answers on another desk reaches the server after
 * them: the server keeps the version as answered (shared/surveys/questionnaire-lock.ts) and the conflict
 * handler hands the edit here, where it becomes the series' next version, as the builder would have made
 * it had this desk held the answers. Idempotent: the handler may run again for the same edit.
 */
import type { SurveyDoc } from '@shared/db/schemas/survey.schema';
import { editAsNewVersion } from '@shared/surveys/questionnaire-lock';
import type { WaslDatabase } from '../db/database';

export async function saveEditAsNewVersion(db: WaslDatabase, edit: Record<string, unknown>): Promise<void> {
  const doc = edit as SurveyDoc;
  const seriesId = doc.seriesId ?? doc.id;
  const series = await db.surveys.find({ selector: { kind: 'questionnaire', seriesId } }).exec();
  const next = editAsNewVersion(doc, series.filter((v) => v.id !== doc.id).map((v) => v.seriesVersion ?? 1));
  if (await db.surveys.findOne(next.id).exec()) return;
  await db.surveys.insert(next).catch(async (error: unknown) => {
    // Another tab of this desk saved it in between.
    if (!(await db.surveys.findOne(next.id).exec())) throw error;
  });
}
