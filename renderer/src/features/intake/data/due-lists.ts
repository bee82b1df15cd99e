/**
 * The desk's due lists (policy 3.3f: overdue, and due within 3 working days, listed and
 * highlighted): read by the requests' stored clock key (clockDue, renderer/src/db/derived-fields.ts),
 * one index range per list, earliest due first, a page at a time with the whole list's count. No
 * other open request is read: at 100,000 requests, reading the ~3,000 open ones to keep the due
 * ones took half a second.
 */
import { watchHolidays } from '@renderer/db/catalog-admin';
import type { IsoDate } from '@shared/calendar/iso-date';
import type { HolidayRange } from '@shared/calendar/holidays';
import { CLOCK_DUE_FIELD } from '@shared/db/schemas/request.schema';
import { clockDueOf, dueListsHorizon, dueSoonRequests, overdueRequests, type QueueItem } from '@shared/intake/queues';
import { combineLatest, filter, startWith, switchMap, type Observable } from 'rxjs';
import type { IntakeDeps } from './deps';
import { LIST_PAGE, readOnEach, readPage } from './list-reads';
import { dueRow, watchToday, type DueRow } from './queries';

/** The first rows of each list, and how many each holds in all. */
export type DueLists = { overdue: DueRow[]; dueSoon: DueRow[]; overdueCount: number; dueSoonCount: number };

type Db = IntakeDeps['db'];
type Range = Partial<Record<'$gt' | '$gte' | '$lt' | '$lte', string>>;

/** The prepared storage query of one list: its clock keys' range, earliest due first. */
export function dueListQuery(db: Db, range: Range, limit?: number) {
  const selector = { [CLOCK_DUE_FIELD]: range } as never;
  const sort = [{ [CLOCK_DUE_FIELD]: 'asc' }, { id: 'asc' }] as never;
  return db.requests.find(limit === undefined ? { selector, sort } : { selector, sort, limit }).getPreparedQuery();
}

/** The two ranges of clock keys: before today (overdue), today up to the horizon (due soon). */
export function dueListRanges(today: IsoDate, holidays: readonly HolidayRange[]): { overdue: Range; dueSoon: Range } {
  // '' is below every date: the overdue range starts at the first key (no clock, no key at all).
  return { overdue: { $gt: '', $lt: today }, dueSoon: { $gte: today, $lte: dueListsHorizon(today, holidays) } };
}

/** Reads both lists' first `limit` rows and counts; each row classified once by the shared rules. */
export async function readDueLists(db: Db, today: IsoDate, holidays: readonly HolidayRange[], limit: number): Promise<DueLists> {
  const ranges = dueListRanges(today, holidays);
  const read = (range: Range) => readPage(db, dueListQuery(db, range, limit), dueListQuery(db, range));
  const [overdue, dueSoon] = await Promise.all([read(ranges.overdue), read(ranges.dueSoon)]);
  return {
    overdue: overdueRequests(overdue.docs, today).map((doc) => dueRow(doc, today, holidays)),
    dueSoon: dueSoonRequests(dueSoon.docs, today, holidays).map((doc) => dueRow(doc, today, holidays)),
    overdueCount: overdue.count,
    dueSoonCount: dueSoon.count,
  };
}

/** True when a change may move a request into, out of or within the lists (up to the horizon). */
function touchesLists(event: { operation: string; documentData?: unknown; previousDocumentData?: unknown }, horizon: IsoDate): boolean {
  const inLists = (doc: unknown) => {
    const key = doc ? clockDueOf(doc as QueueItem) : null;
    return key !== null && key <= horizon && !(doc as { _deleted?: boolean })._deleted;
  };
  if (event.operation !== 'INSERT' && event.previousDocumentData === undefined) return true;
  return inLists(event.documentData) || inLists(event.previousDocumentData);
}

/**
 * Live due lists: read again when the day or the holiday table changes, and when a write touches a
 * request that is or was on them (writes to other requests, e.g. a pull of closed ones, read nothing).
 */
export function watchDueLists(deps: Pick<IntakeDeps, 'db' | 'now'>, limit: number = LIST_PAGE): Observable<DueLists> {
  const { db } = deps;
  return combineLatest([watchHolidays(db), watchToday(deps)]).pipe(
    switchMap(([holidays, today]) => {
      const horizon = dueListsHorizon(today, holidays);
      const changes = db.requests.eventBulks$.pipe(filter((bulk) => bulk.events.some((event) => touchesLists(event, horizon))));
      return readOnEach(changes.pipe(startWith(null)), () => readDueLists(db, today, holidays, limit));
    }),
  );
}
