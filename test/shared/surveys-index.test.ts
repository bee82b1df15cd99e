import { describe, expect, it } from 'vitest';
import { MIN_REPORTABLE, satisfactionIndex } from '../../shared/surveys/satisfaction-index';

const answer = (score: number | null, extra: Record<string, string> = {}) => ({ score, answeredAt: '2026-03-10T09:00:00.000Z', ...extra });

describe('the satisfaction index', () => {
  it('gives the mean and the count of a group of five or more', () => {
    const rows = satisfactionIndex([100, 75, 50, 75, 100].map((s) => answer(s)), 'all');
    expect(rows).toEqual([{ key: '', count: 5, tooFew: false, index: 80 }]);
  });

  it('reports a group of fewer than five as too few, with no figure', () => {
    expect(MIN_REPORTABLE).toBe(5);
    const answers = [
      ...[100, 100, 100, 100, 0].map((s) => answer(s, { unitId: 'social' })),
      ...[0, 0, 0, 0].map((s) => answer(s, { unitId: 'health' })),
    ];
    expect(satisfactionIndex(answers, 'unit')).toEqual([
      { key: 'health', count: 4, tooFew: true, index: null },
      { key: 'social', count: 5, tooFew: false, index: 80 },
    ]);
  });

  it('groups by the Riyadh month and ignores answers without a score', () => {
    const answers = [
      answer(100, { answeredAt: '2026-03-31T21:30:00.000Z' }), // 1 April in Riyadh
      answer(50, { answeredAt: '2026-03-31T20:00:00.000Z' }),
      answer(null),
    ];
    expect(satisfactionIndex(answers, 'period').map((row) => [row.key, row.count])).toEqual([['2026-03', 1], ['2026-04', 1]]);
  });

  it('groups by service type, liaison officer and campaign', () => {
    const answers = Array.from({ length: 6 }, (_, i) => answer(i * 20, { serviceType: 'rent', officerId: 'off-1', campaignId: 'c1' }));
    expect(satisfactionIndex(answers, 'service')).toEqual([{ key: 'rent', count: 6, tooFew: false, index: 50 }]);
    expect(satisfactionIndex(answers, 'officer')[0]?.key).toBe('off-1');
    expect(satisfactionIndex(answers, 'campaign')[0]?.count).toBe(6);
  });
});
