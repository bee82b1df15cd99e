/**
 * The surveys' desk writes on a real RxDB database (encrypted storage, as on a desk): the builder's save
 * reads the lock from stored answers, a campaign draws its sample from the registry with its seed, a phone
 * worker's answer comes with its logged contact, a refused answer writes nothing, and the short rating is
 * asked once per request.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { firstValueFrom } from 'rxjs';
import { saveQuestionnaireDraft } from '../../renderer/src/features/surveys/data/questionnaires';
import { createCampaign } from '../../renderer/src/features/surveys/data/campaigns';
import { recordTaskAnswer, recordTaskUnreachable, watchTasks } from '../../renderer/src/features/surveys/data/tasks';
import { recordServiceRating, watchRatingPrompt } from '../../renderer/src/features/surveys/data/after-service';
import { watchResults } from '../../renderer/src/features/surveys/data/results';
import type { SurveysDeps } from '../../renderer/src/features/surveys/data/deps';
import type { Question } from '../../shared/db/schemas/survey.schema';
import { beneficiaryDoc, openIntakeDesk, type IntakeDesk } from './intake-fixtures';

const desks: IntakeDesk[] = [];
afterEach(async () => {
  await Promise.all(desks.splice(0).map((d) => d.close()));
});

const MANAGER = { id: 'staff-manager', roles: ['manager' as const] };
const PHONE = { id: 'staff-phone', roles: ['liaison-officer' as const] };
const PHONE_2 = { id: 'staff-phone-2', roles: ['liaison-officer' as const] };
const q = (id: string, type: Question['type'], required = true): Question => ({ id, type, text: { ar: `سؤال ${id}`, en: '' }, required, options: [], showIf: null });
const DRAFT = { title: { ar: 'رضا المستفيدين', en: 'Satisfaction' }, questions: [q('q1', 'rating'), q('q2', 'yes-no', false)] };

async function open(): Promise<{ desk: IntakeDesk; deps: (actor?: SurveysDeps['actor']) => SurveysDeps }> {
  const desk = await openIntakeDesk();
  desks.push(desk);
  for (let i = 0; i < 5; i += 1) await desk.db.beneficiaries.insert(beneficiaryDoc({ id: `b-${i}`, categoryKey: i < 3 ? 'widows' : 'orphans' }));
  return { desk, deps: (actor = MANAGER) => ({ db: desk.db, actor, desk: { deskId: 'desk-1' }, now: () => desk.clock.at, newSeed: () => 42 }) };
}

describe('surveys on the desk', () => {
  it('a phone campaign samples the registry; answers and attempts give the rate; editing after answers makes version 2', async () => {
    const { desk, deps } = await open();
    const saved = await saveQuestionnaireDraft(deps(), null, DRAFT);
    if (!saved.ok) throw new Error('save');
    const qid = saved.value.doc.id;
    const period = { periodFrom: '2026-02-01', periodTo: '2026-02-28' };
    const made = await createCampaign(deps(), { name: 'فبراير', purpose: 'periodic', method: 'phone', questionnaireId: qid, ...period, sampleSize: 4 }, [PHONE.id]);
    if (!made.ok) throw new Error('campaign');
    expect(made.value.tasks).toBe(4);
    const tasks = await desk.db.surveys.find({ selector: { kind: 'task', campaignId: made.value.campaign.id } }).exec();
    expect(tasks.map((t) => t.assignedTo)).toEqual(Array(4).fill(PHONE.id));

    // Refused (rating missing): no answer, no contact, the task untouched.
    const refused = await recordTaskAnswer(deps(PHONE), tasks[0]!.id, { q2: 'yes' }, 'اتصال');
    expect(refused).toEqual({ ok: false, error: { code: 'survey.answer.invalid', fields: { q1: 'survey.answer.required' } } });
    expect(await desk.db.interactions.find().exec()).toHaveLength(0);
    expect(await desk.db.surveys.find({ selector: { kind: 'answer' } }).exec()).toHaveLength(0);

    expect((await recordTaskAnswer(deps(PHONE), tasks[0]!.id, { q1: 5, q2: 'yes' }, 'اتصال')).ok).toBe(true);
    expect((await recordTaskUnreachable(deps(PHONE), tasks[1]!.id, 'اتصال')).ok).toBe(true);
    expect(await desk.db.interactions.find({ selector: { recordKind: 'survey-task' } }).exec()).toHaveLength(2);
    const results = await firstValueFrom(watchResults(deps(), made.value.campaign.id, 'all'));
    expect(results.rate).toMatchObject({ sampled: 4, answered: 1, unreachable: 1, pending: 2, rate: 25 });
    expect(results.rows).toEqual([{ key: '', count: 1, tooFew: true, index: null }]);

    const edited = await saveQuestionnaireDraft(deps(), qid, { ...DRAFT, title: { ar: 'رضا المستفيدين ٢', en: '' } });
    expect(edited.ok && [edited.value.newVersion, edited.value.doc.seriesVersion, edited.value.doc.seriesId]).toEqual([true, 2, qid]);
    expect((await desk.db.surveys.findOne(qid).exec())?.title?.ar).toBe('رضا المستفيدين');
  });

  it('a campaign spread over two phone workers: each worker\'s list holds only theirs, management sees all', async () => {
    const { deps } = await open();
    const saved = await saveQuestionnaireDraft(deps(), null, DRAFT);
    if (!saved.ok) throw new Error('save');
    const made = await createCampaign(deps(), { name: 'مارس', purpose: 'periodic', method: 'phone', questionnaireId: saved.value.doc.id, periodFrom: '2026-02-01', periodTo: '2026-02-28', sampleSize: 5 }, [PHONE.id, PHONE_2.id]);
    if (!made.ok) throw new Error('campaign');
    const listOf = async (actor: SurveysDeps['actor']) => (await firstValueFrom(watchTasks(deps(actor), made.value.campaign.id))).map((row) => row.task);
    const [first, second, all] = [await listOf(PHONE), await listOf(PHONE_2), await listOf(MANAGER)];
    expect([first.length, second.length, all.length]).toEqual([3, 2, 5]);
    expect(first.every((t) => t.assignedTo === PHONE.id) && second.every((t) => t.assignedTo === PHONE_2.id)).toBe(true);
    expect(new Set([...first, ...second].map((t) => t.beneficiaryId)).size).toBe(5);
    // A worker cannot record on another's task from their list: it is not there to open.
    expect(first.some((t) => second.some((o) => o.id === t.id))).toBe(false);
  });

  it('the short rating after a service is asked once per request, linked to it', async () => {
    const { desk, deps } = await open();
    const saved = await saveQuestionnaireDraft(deps(), null, { ...DRAFT, questions: [q('q1', 'rating')] });
    if (!saved.ok) throw new Error('save');
    expect(await firstValueFrom(watchRatingPrompt(deps(), { requestId: 'req-1', caseId: '' }))).toBeNull();
    const made = await createCampaign(deps(), { name: 'بعد الخدمة', purpose: 'after-service', method: 'desk', questionnaireId: saved.value.doc.id, periodFrom: '2026-03-01', periodTo: '2026-12-31', sampleSize: 0 }, []);
    if (!made.ok) throw new Error('campaign');
    const prompt = await firstValueFrom(watchRatingPrompt(deps(), { requestId: 'req-1', caseId: '' }));
    if (!prompt) throw new Error('prompt');
    expect(prompt.answered).toBe(false);
    const service = { requestId: 'req-1', caseId: '', beneficiaryId: desk.beneficiary.id, serviceType: 'food-basket', unitId: 'social', officerId: 'staff-liaison' };
    const rated = await recordServiceRating(deps(PHONE), prompt, service, 'phone', { q1: 4 });
    expect(rated.ok && rated.value).toMatchObject({ requestId: 'req-1', serviceType: 'food-basket', officerId: 'staff-liaison', method: 'phone', score: 75 });
    expect(await recordServiceRating(deps(PHONE), prompt, service, 'desk', { q1: 2 })).toEqual({ ok: false, error: { code: 'survey.answer.already-rated' } });
    expect((await firstValueFrom(watchRatingPrompt(deps(), { requestId: 'req-1', caseId: '' })))?.answered).toBe(true);
  });
});
