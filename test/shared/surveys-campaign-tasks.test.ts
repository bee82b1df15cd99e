import { describe, expect, it } from 'vitest';
import { buildCampaign, type CampaignDraft } from '../../shared/surveys/campaign';
import { attemptInteraction, buildTasks, recordAttempt, responseRate, spreadAmong } from '../../shared/surveys/tasks';
import { createCollectionRegistry } from '../../server/sync/collection-registry';
import { COLLECTIONS } from '../../shared/db/collections';
import { CTX } from './surveys-fixtures';

const registry = createCollectionRegistry(COLLECTIONS);
const draft: CampaignDraft = { name: ' رضا الربع الأول ', purpose: 'periodic', method: 'phone', questionnaireId: 'qn-1', periodFrom: '2026-01-01', periodTo: '2026-03-31', sampleSize: 10 };

describe('campaigns', () => {
  it('names its questionnaire version, period and method', () => {
    const built = buildCampaign(draft, [{ id: 'qn-1', questions: [1, 2, 3, 4] }], 42, { ...CTX, id: 'camp-1' });
    if (!built.ok) throw new Error('campaign');
    expect(built.value).toMatchObject({ kind: 'campaign', name: 'رضا الربع الأول', questionnaireId: 'qn-1', method: 'phone', periodFrom: '2026-01-01', sampleSeed: 42 });
    expect(registry.get('surveys')?.validate(built.value)).toBeNull();
  });

  it('the short rating after a service has at most three questions', () => {
    const long = buildCampaign({ ...draft, purpose: 'after-service', method: 'desk' }, [{ id: 'qn-1', questions: [1, 2, 3, 4] }], 1, CTX);
    expect(long.ok ? null : long.error).toEqual({ questionnaireId: 'survey.campaign.too-long-for-short-rating' });
    expect(buildCampaign({ ...draft, purpose: 'after-service', method: 'desk' }, [{ id: 'qn-1', questions: [1] }], 1, CTX).ok).toBe(true);
  });

  it('refuses a bad campaign field by field', () => {
    const bad = buildCampaign({ ...draft, name: '', purpose: 'field', questionnaireId: 'gone', periodFrom: '2026-04-01', sampleSize: -1 }, [{ id: 'qn-1', questions: [1, 2, 3, 4] }], 1, CTX);
    expect(bad.ok ? null : bad.error).toEqual({
      name: 'survey.campaign.name-required', questionnaireId: 'survey.campaign.questionnaire-required', method: 'survey.campaign.method-mismatch',
      periodTo: 'survey.campaign.period-order', sampleSize: 'survey.campaign.sample-size',
    });
  });
});

describe('tasks and the response rate', () => {
  const built = buildCampaign(draft, [{ id: 'qn-1', questions: [1, 2, 3, 4] }], 42, { ...CTX, id: 'camp-1' });
  if (!built.ok) throw new Error('campaign');
  let n = 0;
  const tasks = buildTasks(built.value, ['b1', 'b2', 'b3', 'b4'].map((id) => ({ beneficiaryId: id, category: 'c', service: '', stratum: 'c|' })), ['phone-1'], CTX, () => `t-${++n}`);

  it('each sampled person is a pending, schema-valid task', () => {
    expect(tasks.map((t) => [t.id, t.outcome, t.beneficiaryId, t.campaignId])).toEqual([
      ['t-1', 'pending', 'b1', 'camp-1'], ['t-2', 'pending', 'b2', 'camp-1'], ['t-3', 'pending', 'b3', 'camp-1'], ['t-4', 'pending', 'b4', 'camp-1'],
    ]);
    for (const t of tasks) expect(registry.get('surveys')?.validate(t)).toBeNull();
  });

  it('tasks are shared in turn among several workers, a share of every stratum each; none named: the creator', () => {
    const sample = ['w|a', 'w|a', 'w|b', 'o|a', 'o|a', 'o|b', 'o|b'].map((stratum, i) => ({ beneficiaryId: `b${i}`, category: '', service: '', stratum }));
    const spread = buildTasks(built.value, sample, ['p1', 'p2', 'p3', 'p2'], CTX, () => `s-${++n}`);
    expect(spread.map((t) => t.assignedTo)).toEqual(['p1', 'p2', 'p3', 'p1', 'p2', 'p3', 'p1']);
    const counts = ['p1', 'p2', 'p3'].map((p) => spread.filter((t) => t.assignedTo === p).length);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    expect(new Set(spread.filter((t) => t.assignedTo === 'p1').map((t) => t.stratum?.[0]))).toEqual(new Set(['w', 'o']));
    expect(spreadAmong(3, [], 'creator')).toEqual(['creator', 'creator', 'creator']);
    expect(spreadAmong(2, ['', 'p9'], 'creator')).toEqual(['p9', 'p9']);
  });

  it('attempts are logged; the rate is answered over sampled', () => {
    const first = recordAttempt(tasks[0]!, { reached: false, interactionId: 'i1' }, CTX);
    if (!first.ok) throw new Error('attempt');
    const second = recordAttempt(first.value, { reached: true, answerId: 'a1', interactionId: 'i2' }, CTX);
    if (!second.ok) throw new Error('attempt');
    expect(second.value.attempts?.map((a) => a.reached)).toEqual([false, true]);
    expect(recordAttempt(second.value, { reached: false, interactionId: 'i3' }, CTX)).toEqual({ ok: false, error: 'survey.task.closed' });
    const unreachable = recordAttempt(tasks[1]!, { reached: false, interactionId: 'i4' }, CTX);
    if (!unreachable.ok) throw new Error('attempt');
    expect(responseRate([second.value, unreachable.value, tasks[2]!, tasks[3]!])).toEqual({
      sampled: 4, answered: 1, unreachable: 1, refused: 0, pending: 2, attempts: 3, rate: 25,
    });
    expect(responseRate([]).rate).toBeNull();
  });

  it('an attempt is a schema-valid outbound contact in the log, tied to its task', () => {
    const entry = attemptInteraction(tasks[0]!, 'phone', 'استبيان', { ...CTX, id: 'i1' });
    expect(entry).toMatchObject({ channel: 'phone', subChannel: 'voice-call', recordKind: 'survey-task', recordId: 't-1', beneficiaryId: 'b1' });
    expect(registry.get('interactions')?.validate(entry)).toBeNull();
  });
});
