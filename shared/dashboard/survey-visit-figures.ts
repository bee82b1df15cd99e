/**
 * Satisfaction (policy 3.8a), supervisory visits (3.8c) and the policy signatures (Article 4) on the
 * dashboard. The surveys and visits collections give their documents as these facts (the app maps
 * them), so the figures stay pure and testable on plain data.
 */
import { dayNumber, riyadhDay } from './day-index';
import { averageOf, countRows, figure, push, type DashboardFilters, type Figure, type FigureRow, type Period } from './figure-types';
import type { Span } from './request-figures';

/** One answered questionnaire: its overall score on 0–100 (the index is their mean). */
export type SurveyAnswerFacts = { id: string; at: string; score: number; unitId: string; channel: string };

/** A supervisory visit: planned for a day, done at an instant (or not yet), with its corrective actions. */
export type VisitFacts = { id: string; unitId: string; plannedDate: string; doneAt: string | null; actions: readonly { openedAt: string; closedAt: string | null }[] };

/** Staff and who signed the current version of the policy (from shared/policy: the sign-off's pure function). */
export type PolicyFacts = { staff: readonly { id: string; active: boolean }[]; signedIds: ReadonlySet<string> };

/** A labelled month of the trend (label e.g. '2026-02' or 'H1447-09'). */
export type TrendMonth = { label: string; period: Period };

/** The satisfaction index per month of the trend, with how many answers each stands on. */
export function satisfactionFigure(answers: readonly SurveyAnswerFacts[], months: readonly TrendMonth[], filters: DashboardFilters): Figure {
  const spans = months.map((month) => ({ label: month.label, from: dayNumber(month.period.from), to: dayNumber(month.period.to), ids: [] as string[], scores: [] as number[] }));
  for (const answer of answers) {
    if (filters.unitId !== '' && answer.unitId !== filters.unitId) continue;
    if (filters.channel !== '' && answer.channel !== filters.channel) continue;
    const day = riyadhDay(answer.at);
    const span = spans.find((candidate) => day >= candidate.from && day <= candidate.to);
    if (!span) continue;
    span.ids.push(answer.id);
    span.scores.push(answer.score);
  }
  const rows: FigureRow[] = spans.map((span) => ({ group: span.label, value: averageOf(span.scores), count: span.ids.length, ids: span.ids }));
  return figure('satisfaction.index', rows);
}

/** Visits planned in the period and how many of them were done by the judging day; corrective actions open then. */
export function visitFigures(visits: readonly VisitFacts[], span: Span, filters: DashboardFilters): Figure[] {
  const planned = new Map<string, string[]>();
  const done = new Map<string, number>();
  const openActions = new Map<string, string[]>();
  for (const visit of visits) {
    if (filters.unitId !== '' && visit.unitId !== filters.unitId) continue;
    const day = dayNumber(visit.plannedDate);
    if (day >= span.from && day <= span.to) {
      push(planned, visit.unitId, visit.id);
      if (visit.doneAt !== null && riyadhDay(visit.doneAt) <= span.asOf) done.set(visit.unitId, (done.get(visit.unitId) ?? 0) + 1);
    }
    for (const action of visit.actions) {
      if (riyadhDay(action.openedAt) <= span.asOf && (action.closedAt === null || riyadhDay(action.closedAt) > span.asOf)) push(openActions, visit.unitId, visit.id);
    }
  }
  // value = done, count = extra = planned: the chart sets done beside planned.
  const doneRows = [...planned].sort(([a], [b]) => a.localeCompare(b)).map(([unit, ids]) => ({ group: unit, value: done.get(unit) ?? 0, count: ids.length, ids, extra: ids.length }));
  return [figure('visits.done', doneRows), figure('visits.open-actions', countRows(openActions))];
}

/** Active staff who have and have not signed the current policy version (Article 4: read, understand and sign it). */
export function policyFigure({ staff, signedIds }: PolicyFacts): Figure {
  const groups = new Map<string, string[]>([['signed', []], ['not-signed', []]]);
  for (const member of staff) if (member.active) push(groups, signedIds.has(member.id) ? 'signed' : 'not-signed', member.id);
  return figure('policy.signed', countRows(groups));
}
