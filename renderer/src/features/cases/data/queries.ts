/**
 * Live views of cases for the screens. Every list passes through the conflict-of-interest and
 * sensitivity rule first (shared/cases/case-visibility.ts): a case about the signed-in staff member is
 * in none of them, whoever else this desk holds it for. Due states come from the shared clock (paused
 * while waiting for the complainant) with the desk's holiday table and each kind's clock; "today" is the
 * Riyadh date, re-read every minute.
 */
import { riyadhDateOf, type IsoDate } from '@shared/calendar/iso-date';
import { caseClock, dueSoonCases, overdueCases, unacknowledgedCases, type CaseClockView } from '@shared/cases/case-clock';
import { OPEN_CASE_STATUSES } from '@shared/cases/case-status';
import { visibleCases } from '@shared/cases/case-visibility';
import type { CaseDoc } from '@shared/db/schemas/case.schema';
import type { MangoQuerySelector } from 'rxdb';
import { combineLatest, distinctUntilChanged, map, timer, type Observable } from 'rxjs';
import { watchEach } from '@renderer/db/watch-each';
import { watchClockContext } from './case-context';
import type { CasesDeps } from './deps';

export const TODAY_REFRESH_MS = 60_000;

/** A case with its clock as seen today. */
export type CaseRow = { doc: CaseDoc; clock: CaseClockView };

export type CaseQueues = {
  mine: CaseRow[];
  myUnit: CaseRow[];
  dueSoon: CaseRow[];
  overdue: CaseRow[];
  waiting: CaseRow[];
  /** Open and held by no officer: gaps in the liaison matrix and cases not yet routed (policy 3.5a). */
  unassigned: CaseRow[];
  webUnacknowledged: CaseRow[];
};

type Viewer = Pick<CasesDeps, 'db' | 'actor' | 'now'>;

export function watchToday(deps: Pick<CasesDeps, 'now'>): Observable<IsoDate> {
  return timer(0, TODAY_REFRESH_MS).pipe(map(() => riyadhDateOf(deps.now().getTime())), distinctUntilChanged());
}

/** Cases matching `selector` that the actor may see (a compensation case has its own screens: policy 3.4). */
function watchVisible(deps: Viewer, selector: MangoQuerySelector<CaseDoc>): Observable<CaseDoc[]> {
  return deps.db.cases.find({ selector: { ...selector, kind: { $nin: ['compensation', 'data-request'] } } }).$.pipe(map((docs) => visibleCases(docs.map((doc) => doc.toMutableJSON()), deps.actor)));
}

/** One case, or null when it does not exist or is not the actor's to see. */
export function watchCase(deps: Viewer, id: string): Observable<CaseDoc | null> {
  return watchVisible(deps, { id }).pipe(map((docs) => docs[0] ?? null));
}

/** Open cases with their clocks: every queue of the cases desk. */
export function watchCaseQueues(deps: Viewer): Observable<CaseQueues> {
  // One exact range per open status: a $in spans 'closed' (watchEach says why).
  const open = watchEach(OPEN_CASE_STATUSES, (status) => watchVisible(deps, { status }));
  return combineLatest([open, watchClockContext(deps.db), watchToday(deps)]).pipe(
    map(([docs, { holidays, clocks }, today]) => {
      const row = (doc: CaseDoc): CaseRow => ({ doc, clock: caseClock(doc, today, holidays, clocks) });
      const rows = docs.map(row);
      const byDue = (a: CaseRow, b: CaseRow) => (a.clock.dueDate ?? '9999').localeCompare(b.clock.dueDate ?? '9999') || a.doc.caseNumber.localeCompare(b.doc.caseNumber);
      return {
        mine: rows.filter((r) => r.doc.officerId === deps.actor.id).sort(byDue),
        myUnit: rows.filter((r) => r.doc.unitId !== '' && deps.actor.unitIds.includes(r.doc.unitId)).sort(byDue),
        dueSoon: dueSoonCases(docs, today, holidays, clocks).map(row),
        overdue: overdueCases(docs, today, holidays, clocks).map(row),
        waiting: rows.filter((r) => r.clock.state === 'paused'),
        unassigned: rows.filter((r) => r.doc.officerId === '').sort((a, b) => a.doc.startedAt.localeCompare(b.doc.startedAt)),
        webUnacknowledged: unacknowledgedCases(docs.filter((doc) => doc.source === 'web'), today).map(({ doc }) => row(doc)),
      };
    }),
  );
}

/** A beneficiary's cases the actor may see, newest first. */
export function watchCasesOfBeneficiary(deps: Viewer, beneficiaryId: string): Observable<CaseDoc[]> {
  return watchVisible(deps, { beneficiaryId }).pipe(map((docs) => [...docs].sort((a, b) => b.createdAt.localeCompare(a.createdAt))));
}

/** The case a linked case was opened from, and the cases opened from it (appeals, disputes). */
export function watchLinkedCases(deps: Viewer, doc: CaseDoc): Observable<CaseDoc[]> {
  const ids = doc.appealOf ? [doc.appealOf] : [];
  return combineLatest([watchVisible(deps, { appealOf: doc.id }), watchVisible(deps, { id: { $in: ids } })]).pipe(map(([children, parents]) => [...parents, ...children]));
}

/** One case with its clock as seen today, or null when missing or not the actor's to see. */
export function watchCaseRow(deps: Viewer, id: string): Observable<CaseRow | null> {
  return combineLatest([watchCase(deps, id), watchClockContext(deps.db), watchToday(deps)]).pipe(
    map(([doc, { holidays, clocks }, today]) => (doc ? { doc, clock: caseClock(doc, today, holidays, clocks) } : null)),
  );
}
