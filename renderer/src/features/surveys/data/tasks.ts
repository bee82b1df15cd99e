/**
 * A phone or field worker's tasks (policy 3.8): each sampled person with what is needed to reach them,
 * and the two ways an attempt ends — answers recorded, or not reached. Every attempt is logged in the
 * communication log (interactions) so the response rate rests on recorded contacts. The answer and the
 * attempt are checked in full before anything is written.
 */
import { combineLatest, map, of, switchMap, type Observable } from 'rxjs';
import type { SurveyDoc } from '@shared/db/schemas/survey.schema';
import { recordAnswer, type RecordAnswerError } from '@shared/surveys/answer-record';
import type { AnswerValues } from '@shared/surveys/answer-values';
import { attemptInteraction, recordAttempt, type AttemptError } from '@shared/surveys/tasks';
import { err, ok, type Result } from '@shared/result';
import { isSurveyOverseer } from '@shared/accounts/survey-sync-rules';
import { writeContext, type SurveysDeps } from './deps';

export type TaskRow = { task: SurveyDoc; name: string; fileNumber: string; mobile: string };

/** The campaign's tasks: all of them for management, else those assigned to the signed-in worker. */
export function watchTasks(deps: Pick<SurveysDeps, 'db' | 'actor'>, campaignId: string): Observable<TaskRow[]> {
  const mine = isSurveyOverseer(deps.actor.roles) ? {} : { assignedTo: deps.actor.id };
  return deps.db.surveys.find({ selector: { campaignId, kind: 'task', ...mine } }).$.pipe(
    switchMap((docs) => {
      const tasks = docs.map((d) => d.toMutableJSON());
      if (tasks.length === 0) return of([]);
      return combineLatest([of(tasks), deps.db.beneficiaries.findByIds(tasks.map((t) => t.beneficiaryId)).$]);
    }),
    map((pair) => {
      if (pair.length === 0) return [];
      const [tasks, files] = pair;
      return tasks.map((task) => {
        const file = files.get(task.beneficiaryId);
        return { task, name: file?.fullName ?? '', fileNumber: file?.fileNumber ?? '', mobile: file?.mobiles[0] ?? '' };
      });
    }),
  );
}

export type TaskActionError = { code: 'survey.task.not-found' } | { code: AttemptError } | RecordAnswerError;

async function loadTask(deps: SurveysDeps, taskId: string) {
  const task = (await deps.db.surveys.findOne(taskId).exec())?.toMutableJSON() ?? null;
  if (!task || task.kind !== 'task') return null;
  const campaign = (await deps.db.surveys.findOne(task.campaignId).exec())?.toMutableJSON() ?? null;
  const questionnaire = (await deps.db.surveys.findOne(task.questionnaireId).exec())?.toMutableJSON() ?? null;
  return campaign && questionnaire ? { task, campaign, questionnaire } : null;
}

/** The person answered: the answer, its logged contact and the task's new state, written only once all three are valid. */
export async function recordTaskAnswer(deps: SurveysDeps, taskId: string, values: AnswerValues, subject: string): Promise<Result<SurveyDoc, TaskActionError>> {
  const loaded = await loadTask(deps, taskId);
  if (!loaded) return err({ code: 'survey.task.not-found' });
  const { task, campaign, questionnaire } = loaded;
  const method = campaign.method ?? 'phone';
  const answer = recordAnswer(questionnaire, { method, values, campaignId: campaign.id, taskId: task.id, beneficiaryId: task.beneficiaryId }, writeContext(deps));
  if (!answer.ok) return answer;
  const contact = attemptInteraction(task, method, subject, writeContext(deps));
  const next = recordAttempt(task, { reached: true, answerId: answer.value.id, interactionId: contact.id }, writeContext(deps));
  if (!next.ok) return err({ code: next.error });
  await deps.db.surveys.insert(answer.value);
  await deps.db.interactions.insert(contact);
  await deps.db.surveys.upsert(next.value);
  return ok(answer.value);
}

/** Not reached (or declined): the attempt is logged and the task shows it; the worker may try again later. */
export async function recordTaskUnreachable(deps: SurveysDeps, taskId: string, subject: string, refused = false): Promise<Result<SurveyDoc, TaskActionError>> {
  const loaded = await loadTask(deps, taskId);
  if (!loaded) return err({ code: 'survey.task.not-found' });
  const contact = attemptInteraction(loaded.task, loaded.campaign.method ?? 'phone', subject, writeContext(deps));
  const next = recordAttempt(loaded.task, { reached: refused, refused, interactionId: contact.id }, writeContext(deps));
  if (!next.ok) return err({ code: next.error });
  await deps.db.interactions.insert(contact);
  await deps.db.surveys.upsert(next.value);
  return ok(next.value);
}
