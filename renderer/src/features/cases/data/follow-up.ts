/**
 * Management's follow-up (policy 3.8e–f): per officer, their open and overdue cases and their average
 * first response and resolution in working days (pauses for the complainant left out); and what came
 * through the public link and is not yet acknowledged. Figures only: charts and exports are the
 * dashboard's. Cases about the viewer are left out like everywhere else.
 */
import type { HolidayRange } from '@shared/calendar/holidays';
import type { IsoDate } from '@shared/calendar/iso-date';
import type { CaseClockTable } from '@shared/catalog/case-catalog';
import { caseClock, dateOfInstant, elapsedWorkingDays, unacknowledgedCases } from '@shared/cases/case-clock';
import { visibleCases } from '@shared/cases/case-visibility';
import type { CaseDoc } from '@shared/db/schemas/case.schema';
import { combineLatest, map, type Observable } from 'rxjs';
import { watchClockContext } from './case-context';
import type { CasesDeps } from './deps';
import { watchToday, type CaseRow } from './queries';

export type OfficerFigures = {
  officerId: string;
  open: number;
  overdue: number;
  /** average working days from receipt to acknowledgement; null when none yet */
  firstResponseDays: number | null;
  /** average working days from receipt to resolution, pauses excluded; null when none yet */
  resolutionDays: number | null;
};

export type FollowUp = { officers: OfficerFigures[]; webUnacknowledged: CaseRow[] };

const average = (values: number[]): number | null => (values.length === 0 ? null : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10);

/** The figures of every officer holding or having held a case, by officer id. */
export function officerFigures(docs: readonly CaseDoc[], today: IsoDate, holidays: readonly HolidayRange[], clocks: CaseClockTable): OfficerFigures[] {
  const byOfficer = new Map<string, CaseDoc[]>();
  for (const doc of docs) if (doc.officerId !== '') byOfficer.set(doc.officerId, [...(byOfficer.get(doc.officerId) ?? []), doc]);
  return [...byOfficer.entries()]
    .map(([officerId, cases]) => ({
      officerId,
      open: cases.filter((doc) => doc.status !== 'closed').length,
      overdue: cases.filter((doc) => caseClock(doc, today, holidays, clocks).state === 'overdue').length,
      firstResponseDays: average(cases.flatMap((doc) => (doc.acknowledgedAt ? [elapsedWorkingDays(doc.startedAt, [], dateOfInstant(doc.acknowledgedAt), holidays)] : []))),
      resolutionDays: average(cases.flatMap((doc) => (doc.resolution ? [elapsedWorkingDays(doc.startedAt, doc.pauses, dateOfInstant(doc.resolution.resolvedAt), holidays)] : []))),
    }))
    .sort((a, b) => b.overdue - a.overdue || b.open - a.open || a.officerId.localeCompare(b.officerId));
}

export function watchFollowUp(deps: Pick<CasesDeps, 'db' | 'actor' | 'now'>): Observable<FollowUp> {
  const all = deps.db.cases.find().$.pipe(map((docs) => visibleCases(docs.map((doc) => doc.toMutableJSON()), deps.actor)));
  return combineLatest([all, watchClockContext(deps.db), watchToday(deps)]).pipe(
    map(([docs, { holidays, clocks }, today]) => ({
      officers: officerFigures(docs, today, holidays, clocks),
      webUnacknowledged: unacknowledgedCases(docs.filter((doc) => doc.source === 'web'), today).map(({ doc }) => ({ doc, clock: caseClock(doc, today, holidays, clocks) })),
    })),
  );
}
