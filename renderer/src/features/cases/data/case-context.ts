/**
 * What the shared case rules need from the desk, read once per write: the holiday table, each kind's
 * clock (catalog 'case-clock'), the liaison matrix, the delegations and the domains' units, and which
 * staff accounts are active (a stale matrix cell never routes to a disabled account).
 */
import { readHolidays, watchHolidays } from '@renderer/db/catalog-admin';
import type { WaslDatabase } from '@renderer/db/database';
import { caseClocksFrom, delegationsFrom, domainUnitsFrom, liaisonMatrixFrom, type CaseClockTable } from '@shared/catalog/case-catalog';
import type { HolidayRange } from '@shared/calendar/holidays';
import { riyadhDateOf } from '@shared/calendar/iso-date';
import type { RoutingContext } from '@shared/cases/case-routing';
import type { CaseContext } from '@shared/cases/case-transition';
import { combineLatest, map, type Observable } from 'rxjs';

const CASE_KINDS_READ = ['case-clock', 'liaison-row', 'delegation', 'association-domain'];

async function catalogEntries(db: WaslDatabase) {
  return (await db.catalog.find({ selector: { kind: { $in: CASE_KINDS_READ } } }).exec()).map((doc) => doc.toMutableJSON());
}

export async function activeStaffIds(db: WaslDatabase): Promise<Set<string>> {
  return new Set((await db.staff.find().exec()).filter((doc) => doc.active).map((doc) => doc.id));
}

/** The context of a move (transition). */
export async function readCaseContext(db: WaslDatabase): Promise<CaseContext> {
  const [holidays, entries, active] = await Promise.all([readHolidays(db), catalogEntries(db), activeStaffIds(db)]);
  return { holidays, clocks: caseClocksFrom(entries), isActiveStaff: (id) => active.has(id) };
}

/** The context of routing a new case through the liaison matrix, on the Riyadh date of `now`. */
export async function readRoutingContext(db: WaslDatabase, now: Date): Promise<RoutingContext> {
  const [entries, active] = await Promise.all([catalogEntries(db), activeStaffIds(db)]);
  return {
    matrix: liaisonMatrixFrom(entries),
    delegations: delegationsFrom(entries),
    domainUnits: domainUnitsFrom(entries),
    today: riyadhDateOf(now.getTime()),
    isActiveStaff: (id) => active.has(id),
  };
}

/** The holiday table and the clocks, live: the queues re-judge when an admin edits either. */
export function watchClockContext(db: WaslDatabase): Observable<{ holidays: HolidayRange[]; clocks: CaseClockTable }> {
  const clocks = db.catalog.find({ selector: { kind: 'case-clock' } }).$.pipe(map((docs) => caseClocksFrom(docs.map((doc) => doc.toMutableJSON()))));
  return combineLatest([watchHolidays(db), clocks]).pipe(map(([holidays, table]) => ({ holidays, clocks: table })));
}
