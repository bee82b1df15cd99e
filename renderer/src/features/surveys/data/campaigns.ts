/**
 * Campaigns on the desk (policy 3.8): creating one draws its sample from the registry this desk holds,
 * stratified by category and by the service received in the campaign's period, with a seed kept on the
 * campaign (the same seed over the same registry draws the same people). Everything is checked before the
 * first write; the campaign and its tasks are then written together in one bulk write.
 */
import { map, type Observable } from 'rxjs';
import type { SurveyDoc } from '@shared/db/schemas/survey.schema';
import { buildCampaign, type CampaignDraft, type CampaignErrors } from '@shared/surveys/campaign';
import { drawStratifiedSample, samplingFrame, seededRandom } from '@shared/surveys/sampling';
import { buildTasks } from '@shared/surveys/tasks';
import { ok, type Result } from '@shared/result';
import { appendAudit } from '@renderer/stores/audit-log';
import { newIdOf, newSeed, writeContext, type SurveysDeps } from './deps';

export function watchCampaigns(deps: Pick<SurveysDeps, 'db'>): Observable<SurveyDoc[]> {
  return deps.db.surveys
    .find({ selector: { kind: 'campaign' }, sort: [{ createdAt: 'desc' }] })
    .$.pipe(map((docs) => docs.map((d) => d.toMutableJSON())));
}

export function watchCampaign(deps: Pick<SurveysDeps, 'db'>, id: string): Observable<SurveyDoc | null> {
  return deps.db.surveys.findOne(id).$.pipe(map((d) => (d && d.kind === 'campaign' ? d.toMutableJSON() : null)));
}

async function drawFrame(deps: SurveysDeps, period: { from: string; to: string }) {
  const [beneficiaries, requests] = await Promise.all([
    deps.db.beneficiaries.find().exec(),
    deps.db.requests.find({ selector: { status: { $in: ['informed', 'closed'] } } }).exec(),
  ]);
  return samplingFrame(
    // A file merged into another is not a person to call: its survivor stands for it.
    beneficiaries.filter((b) => !b.mergedInto).map((b) => ({ id: b.id, categoryKey: b.categoryKey, consent: b.consent, ...(b.consentLog ? { consentLog: b.consentLog } : {}) })),
    requests.map((r) => ({ beneficiaryId: r.beneficiaryId, requestType: { id: r.requestType.id }, history: r.history })),
    period,
    deps.now().toISOString(),
  );
}

export type CreatedCampaign = { campaign: SurveyDoc; tasks: number };

/**
 * Creates the campaign and, for a sampled method (phone, field), one task per sampled person, spread in
 * turn over `workers` (the creator's own when none is chosen): each worker's list then holds only theirs.
 */
export async function createCampaign(deps: SurveysDeps, draft: CampaignDraft, workers: readonly string[]): Promise<Result<CreatedCampaign, CampaignErrors>> {
  const questionnaires = await deps.db.surveys.find({ selector: { kind: 'questionnaire' } }).exec();
  const seed = newSeed(deps);
  const built = buildCampaign(draft, questionnaires.map((q) => ({ id: q.id, questions: q.questions })), seed, writeContext(deps));
  if (!built.ok) return built;
  const campaign = built.value;
  const sampled = campaign.sampleSize && campaign.sampleSize > 0
    ? drawStratifiedSample(await drawFrame(deps, { from: draft.periodFrom, to: draft.periodTo }), campaign.sampleSize, seededRandom(seed))
    : [];
  const { id: _unused, ...ctx } = writeContext(deps);
  const tasks = buildTasks(campaign, sampled, workers, ctx, () => newIdOf(deps));
  const written = await deps.db.surveys.bulkInsert([campaign, ...tasks]);
  if (written.error.length > 0) throw new Error('survey.campaign.write-failed', { cause: written.error[0] });
  await appendAudit(deps.db, { actorId: deps.actor.id, action: 'survey.campaign.create', entity: 'surveys', entityId: campaign.id, deskId: deps.desk.deskId }, deps.now());
  return ok({ campaign, tasks: tasks.length });
}
