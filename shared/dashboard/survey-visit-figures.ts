/**
 * Satisfaction (policy 3.8a), supervisory visits (3.8c) and the policy signatures (Article 4) on the
 * dashboard. The surveys and visits collections give their documents as these facts (the app maps
 * them), so the figures stay pure and testable on plain data.
 */
import { ASSOCIATION_POLICY_KEY, policySignOff, type PolicyAck, type PolicyVersion, type SignOffStaff } from '../policy';
import { MIN_REPORTABLE } from '../surveys/satisfaction-index';
import { dateOfDay, dayNumber, riyadhDay } from './day-index';
import { averageOf, countRows, figure, push, type DashboardFilters, type Figure, type FigureRow, type Period } from './figure-types';
import type { Span } from './request-figures';

/** One answered questionnaire: its overall score on 0–100 (the index is their mean; shared/surveys fixes it when answered). */
export type SurveyAnswerFacts = { id: string; at: string; score: number; unitId: string };

/**
 * A supervisory visit: its type (the rows' group: visits belong to no unit), planned for a day, completed
 * or cancelled at an instant (or not yet), with its corrective actions (opened, done).
 */
export type VisitFacts = {
  id: string;
  visitType: string;
  plannedDate: string;
  doneAt: string | null;
  cancelledAt: string | null;
  actions: readonly { openedAt: string; closedAt: string | null }[];
};

/** What the policy sign-off reads (shared/policy: who signed which version, as of a moment). */
export type PolicyFacts = { staff: readonly SignOffStaff[]; versions: readonly PolicyVersion[]; acks: readonly PolicyAck[] };

/** A labelled month of the trend (label e.g. '2026-02' or 'H1447-09'). */
export type TrendMonth = { label: string; period: Period };

/**
 * The satisfaction index per month of the trend, with how many answers each stands on; a month of fewer
 * than 5 answers shows its count but no index (shared/surveys: "too few to report").
 */
export function satisfactionFigure(answers: readonly SurveyAnswerFacts[], months: readonly TrendMonth[], filters: DashboardFilters): Figure {
  const spans = months.map((month) => ({ label: month.label, from: dayNumber(month.period.from), to: dayNumber(month.period.to), ids: [] as string[], scores: [] as number[] }));
  for (const answer of answers) {
    if (filters.unitId !== '' && answer.unitId !== filters.unitId) continue;
    const day = riyadhDay(answer.at);
    const span = spans.find((candidate) => day >= candidate.from && day <= candidate.to);
    if (!span) continue;
    span.ids.push(answer.id);
    span.scores.push(answer.score);
  }
  const rows: FigureRow[] = spans.map((span) => ({ group: span.label, value: span.ids.length < MIN_REPORTABLE ? null : averageOf(span.scores), count: span.ids.length, ids: span.ids }));
  return figure('satisfaction.index', rows);
}

/**
 * Visits planned in the period (less those cancelled by the judging day) and how many of them were done
 * by then, by visit type; corrective actions open on the judging day. The unit filter does not apply.
 */
export function visitFigures(visits: readonly VisitFacts[], span: Span): Figure[] {
  const planned = new Map<string, string[]>();
  const done = new Map<string, number>();
  const openActions = new Map<string, string[]>();
  for (const visit of visits) {
    const day = dayNumber(visit.plannedDate);
    const cancelled = visit.cancelledAt !== null && riyadhDay(visit.cancelledAt) <= span.asOf;
    if (day >= span.from && day <= span.to && !cancelled) {
      push(planned, visit.visitType, visit.id);
      if (visit.doneAt !== null && riyadhDay(visit.doneAt) <= span.asOf) done.set(visit.visitType, (done.get(visit.visitType) ?? 0) + 1);
    }
    for (const action of visit.actions) {
      if (riyadhDay(action.openedAt) <= span.asOf && (action.closedAt === null || riyadhDay(action.closedAt) > span.asOf)) push(openActions, visit.visitType, visit.id);
    }
  }
  // value = done, count = extra = planned: the chart sets done beside planned.
  const doneRows = [...planned].sort(([a], [b]) => a.localeCompare(b)).map(([unit, ids]) => ({ group: unit, value: done.get(unit) ?? 0, count: ids.length, ids, extra: ids.length }));
  return [figure('visits.done', doneRows), figure('visits.open-actions', countRows(openActions))];
}

/**
 * Active staff who have and have not signed the association's policy as it stood at the end of the
 * judging day (Article 4: read, understand and sign it); no rows before any version is published.
 */
export function policyFigure({ staff, versions, acks }: PolicyFacts, asOf: number): Figure {
  // The last instant of the Riyadh day: 20:59:59.999 UTC.
  const until = `${dateOfDay(asOf)}T20:59:59.999Z`;
  const policy = policySignOff(staff, versions, acks, until).find((signOff) => signOff.documentKey === ASSOCIATION_POLICY_KEY);
  if (!policy) return figure('policy.signed', []);
  const groups = new Map<string, string[]>([['signed', policy.signed.map((entry) => entry.staffId)], ['not-signed', policy.unsigned.map((entry) => entry.staffId)]]);
  return figure('policy.signed', countRows(groups));
}
