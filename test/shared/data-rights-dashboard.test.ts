import { describe, expect, it } from 'vitest';
import { DEFAULT_CASE_CLOCKS } from '@shared/catalog/case-catalog';
import { planErasure, type PersonRecords } from '@shared/data-rights/anonymise';
import { computeDashboard, type DashboardData } from '@shared/dashboard/compute';
import { caseFactsOf, requestFactsOf, surveyFactsOf, visitFactsOf } from '@shared/dashboard/facts-from-docs';
import { CASE_DIMENSIONS, NO_FILTERS } from '@shared/dashboard/figure-types';
import { HOLIDAYS, POLICY } from './dashboard-fixtures';
import { CASE_DOCS, P, REQUEST_DOCS, SURVEY_DOCS, VISIT_DOCS, recordsOf } from './data-rights-fixtures';

type Docs = Pick<PersonRecords, 'requests' | 'cases' | 'surveys' | 'visits'>;

/** The desk's documents → the dashboard's facts, by the same mapping the dashboard screen uses. */
const dataOf = (docs: Docs): DashboardData => ({
  requests: docs.requests.map(requestFactsOf), cases: docs.cases.map(caseFactsOf), surveys: surveyFactsOf(docs.surveys), visits: docs.visits.map(visitFactsOf), policy: POLICY,
});

/** Every document of the desk, P's replaced by the erasure's writes. */
function afterErasure(): Docs {
  const plan = planErasure(recordsOf(P), { at: '2026-05-01T09:00:00Z', by: 'admin-1', deskId: 'RYD1' });
  const byId = new Map(plan.changed.map((entry) => [entry.doc.id, entry.doc]));
  const swap = <T extends { id: string }>(docs: T[]): T[] => docs.map((doc) => (byId.get(doc.id) as T | undefined) ?? doc);
  return { requests: swap(REQUEST_DOCS), cases: swap(CASE_DOCS), surveys: swap(SURVEY_DOCS), visits: swap(VISIT_DOCS) };
}

const MONTHS = [
  { from: '2026-02-01', to: '2026-02-28' },
  { from: '2026-03-01', to: '2026-03-31' },
  { from: '2026-04-01', to: '2026-04-30' },
];
const TREND = MONTHS.map((period) => ({ label: period.from.slice(0, 7), period }));

describe('an erasure keeps every dashboard figure of past periods (PDPL Art. 18 as anonymisation)', () => {
  const before = dataOf({ requests: REQUEST_DOCS, cases: CASE_DOCS, surveys: SURVEY_DOCS, visits: VISIT_DOCS });
  const after = dataOf(afterErasure());

  it('the erased person really had documents behind the figures (the proof is not empty)', () => {
    const mine = recordsOf(P);
    expect([mine.requests.length, mine.cases.length, mine.surveys.length, mine.visits.length]).toEqual([2, 2, 2, 1]);
    const erased = Object.values(afterErasure()).flat().filter((doc: { beneficiaryId: string }) => doc.beneficiaryId === P);
    expect(erased).toHaveLength(7);
    expect(JSON.stringify(erased)).not.toContain('سارة');
  });

  it('every figure, for every month, filter and case grouping, is identical before and after', () => {
    const filters = [
      ...CASE_DIMENSIONS.map((caseDimension) => ({ ...NO_FILTERS, caseDimension })),
      { ...NO_FILTERS, unitId: 'social' }, { ...NO_FILTERS, category: 'information' }, { ...NO_FILTERS, channel: 'email' },
    ];
    for (const period of MONTHS) {
      for (const filter of filters) {
        const query = { period, today: '2026-05-15', filters: filter, trend: TREND, holidays: HOLIDAYS, clocks: DEFAULT_CASE_CLOCKS };
        const figures = computeDashboard(before, query);
        expect(figures.figures.length).toBeGreaterThan(0);
        expect(computeDashboard(after, query), `${period.from} ${JSON.stringify(filter)}`).toEqual(figures);
      }
    }
  });
});
