/**
 * Management's follow-up (policy 3.8e–f): per officer, the open cases, the overdue ones, and the average
 * first response and resolution in working days (pauses waiting for the complainant not counted). Pure,
 * over the case documents the caller holds; charts and exports belong to the dashboard.
 */
import type { HolidayRange } from '../calendar/holidays';
import type { IsoDate } from '../calendar/iso-date';
import type { CaseClockTable } from '../catalog/case-catalog';
import type { CaseDoc } from '../db/schemas/case.schema';
import { caseClock, dateOfInstant, elapsedWorkingDays } from './case-clock';

type FigureFields = Pick<CaseDoc, 'kind' | 'status' | 'officerId' | 'startedAt' | 'pauses' | 'escalated' | 'acknowledgedAt' | 'acknowledgeDueDate' | 'resolution' | 'source'>;

export type OfficerFigures = {
  officerId: string;
  open: number;
  overdue: number;
  /** working days from receipt to acknowledgement, averaged over the acknowledged cases; null when none */
  averageFirstResponseDays: number | null;
  /** working days from receipt to resolution (pauses left out), averaged over the resolved cases; null when none */
  averageResolutionDays: number | null;
};

const average = (values: number[]): number | null =>
  values.length === 0 ? null : Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 10) / 10;

/** One row per officer holding at least one case ('' = the follow-up unit's unassigned queue), by officer id. */
export function officerFigures(cases: readonly FigureFields[], today: IsoDate, holidays: readonly HolidayRange[], clocks: CaseClockTable): OfficerFigures[] {
  const byOfficer = new Map<string, FigureFields[]>();
  for (const doc of cases) byOfficer.set(doc.officerId, [...(byOfficer.get(doc.officerId) ?? []), doc]);
  return [...byOfficer].sort(([a], [b]) => a.localeCompare(b)).map(([officerId, docs]) => {
    const open = docs.filter((doc) => doc.status !== 'closed');
    const firstResponses = docs.flatMap((doc) => (doc.acknowledgedAt ? [elapsedWorkingDays(doc.startedAt, [], dateOfInstant(doc.acknowledgedAt), holidays)] : []));
    const resolutions = docs.flatMap((doc) => (doc.resolution ? [elapsedWorkingDays(doc.startedAt, doc.pauses, dateOfInstant(doc.resolution.resolvedAt), holidays)] : []));
    return {
      officerId,
      open: open.length,
      overdue: open.filter((doc) => caseClock(doc, today, holidays, clocks).state === 'overdue').length,
      averageFirstResponseDays: average(firstResponses),
      averageResolutionDays: average(resolutions),
    };
  });
}

/** What arrived through the public link (policy 3.5a) and nobody has acknowledged yet, oldest first. */
export function unacknowledgedWebCases<T extends FigureFields>(cases: readonly T[]): T[] {
  return cases.filter((doc) => doc.source === 'web' && doc.acknowledgedAt === null && doc.status !== 'closed')
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt));
}
