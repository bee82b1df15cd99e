/**
 * Management's follow-up (policy 3.8e–f), live: the shared figures per officer (shared/cases/case-figures.ts:
 * open, overdue, average first response and resolution in working days, pauses left out; '' is the
 * follow-up unit's unassigned queue) and what came through the public link and is not yet acknowledged.
 * Figures only: charts and exports are the dashboard's. Cases about the viewer are left out like everywhere else.
 */
import { caseClock, casesToEscalate } from '@shared/cases/case-clock';
import { officerFigures, unacknowledgedWebCases, type OfficerFigures } from '@shared/cases/case-figures';
import { visibleCases } from '@shared/cases/case-visibility';
import { combineLatest, map, type Observable } from 'rxjs';
import { watchClockContext } from './case-context';
import type { CasesDeps } from './deps';
import { watchToday, type CaseRow } from './queries';

export type { OfficerFigures } from '@shared/cases/case-figures';
/** `toEscalate`: overdue and not yet before management (policy 3.8e: management follows what runs late). */
export type FollowUp = { officers: OfficerFigures[]; webUnacknowledged: CaseRow[]; toEscalate: CaseRow[] };

export function watchFollowUp(deps: Pick<CasesDeps, 'db' | 'actor' | 'now'>): Observable<FollowUp> {
  const all = deps.db.cases.find({ selector: { kind: { $nin: ['compensation', 'data-request'] } } }).$.pipe(map((docs) => visibleCases(docs.map((doc) => doc.toMutableJSON()), deps.actor)));
  return combineLatest([all, watchClockContext(deps.db), watchToday(deps)]).pipe(
    map(([docs, { holidays, clocks }, today]) => ({
      officers: officerFigures(docs, today, holidays, clocks),
      webUnacknowledged: unacknowledgedWebCases(docs).map((doc) => ({ doc, clock: caseClock(doc, today, holidays, clocks) })),
      toEscalate: casesToEscalate(docs, today, holidays, clocks).map((doc) => ({ doc, clock: caseClock(doc, today, holidays, clocks) })),
    })),
  );
}
