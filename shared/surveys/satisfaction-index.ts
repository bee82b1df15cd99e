/**
 * The satisfaction index (policy 3.8): the mean answer score (0–100) per group, with the number of answers
 * behind it. A group of fewer than MIN_REPORTABLE answers is reported as "too few to report" with no
 * figure, so no one's answer can be picked out of a small group (the dashboard reads the same rows).
 */
import { riyadhDateOf } from '../calendar/iso-date';

export const MIN_REPORTABLE = 5;

/** period: the Riyadh month the answer was taken (YYYY-MM); all: one row for everything. */
export const INDEX_GROUPS = ['all', 'period', 'service', 'unit', 'officer', 'campaign'] as const;
export type IndexGroupBy = (typeof INDEX_GROUPS)[number];

/** The fields of an answer the index reads. */
export type IndexAnswer = {
  score?: number | null;
  answeredAt?: string;
  serviceType?: string;
  unitId?: string;
  officerId?: string;
  campaignId?: string;
};

export type IndexRow =
  | { key: string; count: number; tooFew: false; index: number }
  | { key: string; count: number; tooFew: true; index: null };

function keyOf(answer: IndexAnswer, groupBy: IndexGroupBy): string {
  switch (groupBy) {
    case 'all': return '';
    case 'period': {
      const ms = Date.parse(answer.answeredAt ?? '');
      return Number.isNaN(ms) ? '' : riyadhDateOf(ms).slice(0, 7);
    }
    case 'service': return answer.serviceType ?? '';
    case 'unit': return answer.unitId ?? '';
    case 'officer': return answer.officerId ?? '';
    case 'campaign': return answer.campaignId ?? '';
  }
}

/** Rows sorted by key; answers without a score (no rating question) do not count. */
export function satisfactionIndex(answers: readonly IndexAnswer[], groupBy: IndexGroupBy): IndexRow[] {
  const groups = new Map<string, number[]>();
  for (const answer of answers) {
    if (typeof answer.score !== 'number') continue;
    const key = keyOf(answer, groupBy);
    groups.set(key, [...(groups.get(key) ?? []), answer.score]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, scores]): IndexRow => {
      if (scores.length < MIN_REPORTABLE) return { key, count: scores.length, tooFew: true, index: null };
      const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
      return { key, count: scores.length, tooFew: false, index: Math.round(mean * 10) / 10 };
    });
}
