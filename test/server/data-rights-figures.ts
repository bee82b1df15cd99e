/** The dashboard's figures for March 2026 (the month before the erasure test's erasure), from whole documents. */
import { DEFAULT_CASE_CLOCKS } from '@shared/catalog/case-catalog';
import { computeDashboard } from '@shared/dashboard/compute';
import { caseFactsOf, requestFactsOf, surveyFactsOf, visitFactsOf } from '@shared/dashboard/facts-from-docs';
import { NO_FILTERS } from '@shared/dashboard/figure-types';
import type { CaseDoc } from '@shared/db/schemas/case.schema';
import type { RequestDoc } from '@shared/db/schemas/request.schema';
import type { SurveyDoc } from '@shared/db/schemas/survey.schema';
import type { VisitDoc } from '@shared/db/schemas/visit.schema';
import { HOLIDAYS, POLICY } from '../shared/dashboard-fixtures';

export type FigureDocs = { requests: RequestDoc[]; cases: CaseDoc[]; surveys: SurveyDoc[]; visits: VisitDoc[] };

/** Documents in id order: a desk lists them by id, the server's pull by sequence; the figures name ids in input order. */
const byId = <T extends { id: string }>(docs: readonly T[]): T[] => [...docs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

export function marchFigures(docs: FigureDocs): unknown {
  const data = { requests: byId(docs.requests).map(requestFactsOf), cases: byId(docs.cases).map(caseFactsOf), surveys: surveyFactsOf(byId(docs.surveys)), visits: byId(docs.visits).map(visitFactsOf), policy: POLICY };
  const period = { from: '2026-03-01', to: '2026-03-31' };
  return computeDashboard(data, { period, today: '2026-05-15', filters: NO_FILTERS, trend: [{ label: '2026-03', period }], holidays: HOLIDAYS, clocks: DEFAULT_CASE_CLOCKS });
}
