/**
 * Sample tasks (policy 3.8): each sampled person is a task to reach by the campaign's method. Every attempt
 * is also logged in the communication log (an interaction tied to the task), so the response rate rests on
 * recorded contacts: answered / sampled, with the unreachable and pending shown beside it.
 */
import type { InteractionDoc } from '../db/schemas/interaction.schema';
import { SURVEY_LIMITS, type SurveyDoc, type SurveyMethod, type TaskOutcome } from '../db/schemas/survey.schema';
import { err, ok, type Result } from '../result';
import type { WriteContext } from './answer-record';
import type { SampledUnit } from './sampling';

/** The interactions' `recordKind` for a survey attempt (recordId: the task). */
export const SURVEY_TASK_RECORD = 'survey-task';

/** Where an attempt is logged, by method (catalog channel / sub-channel keys, policy 3.1). */
export const ATTEMPT_CHANNEL: Readonly<Record<SurveyMethod, { channel: string; subChannel: string }>> = {
  phone: { channel: 'phone', subChannel: 'voice-call' },
  desk: { channel: 'in-person', subChannel: 'interview' },
  field: { channel: 'in-person', subChannel: 'interview' },
  interview: { channel: 'in-person', subChannel: 'interview' },
};

/**
 * Who works each sampled person: the chosen workers in turn (round-robin over the sample's order, which
 * runs stratum by stratum, so every worker gets a share of every stratum and the counts differ by at
 * most one). The same worker named twice counts once; none named falls back to `fallback` (the creator).
 */
export function spreadAmong(count: number, workers: readonly string[], fallback: string): string[] {
  const distinct = [...new Set(workers.filter((id) => id !== ''))];
  const pool = distinct.length > 0 ? distinct : [fallback];
  return Array.from({ length: count }, (_, i) => pool[i % pool.length] ?? fallback);
}

/** One task per sampled person, spread over `workers` (spreadAmong: in turn, the creator when none). */
export function buildTasks(campaign: SurveyDoc, sample: readonly SampledUnit[], workers: readonly string[], ctx: Omit<WriteContext, 'id'>, newId: () => string): SurveyDoc[] {
  const assignees = spreadAmong(sample.length, workers, ctx.staffId);
  return sample.map((unit, i) => ({
    id: newId(), kind: 'task', campaignId: campaign.id, questionnaireId: campaign.questionnaireId, beneficiaryId: unit.beneficiaryId,
    createdAt: ctx.now, createdBy: ctx.staffId, updatedAt: ctx.now, updatedBy: ctx.staffId, deskId: ctx.deskId,
    stratum: unit.stratum.slice(0, 90), assignedTo: assignees[i] ?? ctx.staffId, outcome: 'pending', attempts: [], answerId: '',
  }));
}

export type AttemptError = 'survey.task.closed' | 'survey.task.too-many-attempts';

/**
 * One attempt on a task: `answerId` when the person answered (the task is done), else unreachable
 * (`refused` when they declined). A finished task takes no more attempts.
 */
export function recordAttempt(
  task: SurveyDoc,
  attempt: { reached: boolean; refused?: boolean; answerId?: string; interactionId: string },
  ctx: Omit<WriteContext, 'id'>,
): Result<SurveyDoc, AttemptError> {
  if (task.outcome === 'answered' || task.outcome === 'refused') return err('survey.task.closed');
  const attempts = task.attempts ?? [];
  if (attempts.length >= SURVEY_LIMITS.attempts) return err('survey.task.too-many-attempts');
  const outcome: TaskOutcome = attempt.answerId ? 'answered' : attempt.refused ? 'refused' : 'unreachable';
  return ok({
    ...task,
    attempts: [...attempts, { at: ctx.now, by: ctx.staffId, reached: attempt.reached || outcome === 'answered', interactionId: attempt.interactionId }],
    outcome,
    answerId: attempt.answerId ?? '',
    updatedAt: ctx.now, updatedBy: ctx.staffId, deskId: ctx.deskId,
  });
}

/** The communication-log entry of an attempt (subject in the desk's language is the caller's: passed in). */
export function attemptInteraction(task: SurveyDoc, method: SurveyMethod, subject: string, ctx: WriteContext): InteractionDoc {
  const { channel, subChannel } = ATTEMPT_CHANNEL[method];
  return {
    id: ctx.id, kind: 'contact', beneficiaryId: task.beneficiaryId, requestId: '', channel, subChannel, direction: 'outbound',
    subject, summary: '', staffId: ctx.staffId, at: ctx.now, recordKind: SURVEY_TASK_RECORD, recordId: task.id,
    updatedAt: ctx.now, updatedBy: ctx.staffId, deskId: ctx.deskId,
  };
}

export type ResponseRate = { sampled: number; answered: number; unreachable: number; refused: number; pending: number; attempts: number; rate: number | null };

/** Answered / sampled, as a percentage with one decimal (null with no sample). */
export function responseRate(tasks: readonly SurveyDoc[]): ResponseRate {
  const count = (outcome: TaskOutcome) => tasks.filter((t) => t.outcome === outcome).length;
  const answered = count('answered');
  return {
    sampled: tasks.length, answered, unreachable: count('unreachable'), refused: count('refused'), pending: count('pending'),
    attempts: tasks.reduce((sum, t) => sum + (t.attempts?.length ?? 0), 0),
    rate: tasks.length === 0 ? null : Math.round((answered / tasks.length) * 1000) / 10,
  };
}
