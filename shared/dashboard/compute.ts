/**
 * Every dashboard figure over what the desk holds, for a period and filters (policy 3.8e–f). Pure: the
 * caller passes the documents, the holiday table, the case clocks and today; a Web Worker runs it so
 * 100,000 requests never freeze the screen.
 */
import type { HolidayRange } from '../calendar/holidays';
import type { IsoDate } from '../calendar/iso-date';
import type { CaseClockTable } from '../catalog/case-catalog';
import { caseFigures, type CaseFacts } from './case-figures';
import { createDayIndex, dayNumber, riyadhDay } from './day-index';
import type { DashboardFilters, Figure, Period } from './figure-types';
import { asOfDay } from './period';
import { requestFigures, type RequestFacts } from './request-figures';
import { policyFigure, satisfactionFigure, visitFigures, type PolicyFacts, type SurveyAnswerFacts, type TrendMonth, type VisitFacts } from './survey-visit-figures';

export type DashboardData = {
  requests: readonly RequestFacts[];
  cases: readonly CaseFacts[];
  surveys: readonly SurveyAnswerFacts[];
  visits: readonly VisitFacts[];
  /** null until the policy sign-off is on this desk: the figure is left out. */
  policy: PolicyFacts | null;
};

export type DashboardQuery = {
  period: Period;
  today: IsoDate;
  filters: DashboardFilters;
  /** The satisfaction trend's months, oldest first (the period's month last). */
  trend: readonly TrendMonth[];
  holidays: readonly HolidayRange[];
  clocks: CaseClockTable;
};

export type Dashboard = { period: Period; asOf: IsoDate; figures: Figure[] };

/** The earliest day any clock of these cases starts on (the working-day index must reach back to it). */
function earliestCaseDay(cases: readonly CaseFacts[], fallback: number): number {
  let first = fallback;
  for (const doc of cases) first = Math.min(first, riyadhDay(doc.startedAt));
  return first;
}

export function computeDashboard(data: DashboardData, query: DashboardQuery): Dashboard {
  const asOf = asOfDay(query.period, query.today);
  const span = { from: dayNumber(query.period.from), to: dayNumber(query.period.to), asOf: dayNumber(asOf) };
  const days = createDayIndex(query.holidays, earliestCaseDay(data.cases, span.from) - 1, Math.max(span.to, span.asOf) + 1);
  const figures = [
    ...requestFigures(data.requests, span, query.filters),
    ...caseFigures(data.cases, span, query.filters, query.clocks, days),
    satisfactionFigure(data.surveys, query.trend, query.filters),
    ...visitFigures(data.visits, span),
    ...(data.policy ? [policyFigure(data.policy, span.asOf)] : []),
  ];
  return { period: query.period, asOf, figures };
}
