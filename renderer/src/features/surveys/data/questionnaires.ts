/**
 * Questionnaires on the desk: the builder's list (newest version of each) and its save. Whether the version
 * is locked is read from the answers this desk holds at the moment of saving (policy 3.8: a version with
 * answers never changes; the edit becomes version n+1).
 */
import { map, type Observable } from 'rxjs';
import type { SurveyDoc } from '@shared/db/schemas/survey.schema';
import { isLocked, latestVersions, saveQuestionnaire, type QuestionnaireDraft, type QuestionnaireErrors, type SavedQuestionnaire } from '@shared/surveys/questionnaire';
import { err, type Result } from '@shared/result';
import { appendAudit } from '@renderer/stores/audit-log';
import { writeContext, type SurveysDeps } from './deps';

export function watchQuestionnaires(deps: Pick<SurveysDeps, 'db'>): Observable<SurveyDoc[]> {
  return deps.db.surveys.find({ selector: { kind: 'questionnaire' } }).$.pipe(map((docs) => docs.map((d) => d.toMutableJSON())));
}

/** The newest version of each questionnaire. */
export function watchLatestQuestionnaires(deps: Pick<SurveysDeps, 'db'>): Observable<SurveyDoc[]> {
  return watchQuestionnaires(deps).pipe(map(latestVersions));
}

export async function answerCount(deps: Pick<SurveysDeps, 'db'>, questionnaireId: string): Promise<number> {
  return deps.db.surveys.count({ selector: { questionnaireId, kind: 'answer' } }).exec();
}

/** Saves the builder's draft: in place, or as a new version when the edited one has answers. Nothing is written on a refusal. */
export async function saveQuestionnaireDraft(deps: SurveysDeps, currentId: string | null, draft: QuestionnaireDraft): Promise<Result<SavedQuestionnaire, QuestionnaireErrors>> {
  const current = currentId ? ((await deps.db.surveys.findOne(currentId).exec())?.toMutableJSON() ?? null) : null;
  if (currentId && !current) return err({ questions: 'survey.questionnaire.no-questions' });
  const answers = current ? await deps.db.surveys.find({ selector: { questionnaireId: current.id, kind: 'answer' }, limit: 1 }).exec() : [];
  const locked = current !== null && isLocked(current.id, answers.map((a) => a.toJSON()));
  const saved = saveQuestionnaire(current, draft, locked, writeContext(deps));
  if (!saved.ok) return saved;
  await deps.db.surveys.upsert(saved.value.doc);
  await appendAudit(deps.db, { actorId: deps.actor.id, action: saved.value.newVersion ? 'survey.questionnaire.version' : 'survey.questionnaire.save', entity: 'surveys', entityId: saved.value.doc.id, deskId: deps.desk.deskId }, deps.now());
  return saved;
}
