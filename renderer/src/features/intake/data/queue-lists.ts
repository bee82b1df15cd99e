/**
 * The reception's to-refer list (signed requests waiting for referral, policy 3.3d) and a unit's
 * queue (referred and under study), a page at a time with the whole list's count, earliest due
 * first, each row highlighted (policy 3.3f). Each status is read on its own (never a `$in`, which
 * reads the range between the statuses), sorted by the stored clock key in the storage, so only a
 * page's documents are decrypted and shown: at 100,000 requests both lists were read whole (520 and
 * 250 rows, 235 ms; 121 ms now for the first 50 of each).
 */
import { watchHolidays } from '@renderer/db/catalog-admin';
import { CLOCK_DUE_FIELD, type RequestDoc } from '@shared/db/schemas/request.schema';
import { toReferQueue, unitQueue } from '@shared/intake/queues';
import type { RequestStatus } from '@shared/intake/request-status';
import { combineLatest, filter, map, startWith, type Observable } from 'rxjs';
import type { IntakeDeps } from './deps';
import { LIST_PAGE, readOnEach, readPage } from './list-reads';
import { dueRow, watchToday, type DueRow } from './queries';

/** The first rows of a queue, and how many it holds in all. */
export type QueueList = { rows: DueRow[]; count: number };

type Db = IntakeDeps['db'];
type Scope = { statuses: readonly RequestStatus[]; unitId?: string };

/** One status's requests (of a unit), those with a clock key in `clock` when given, earliest due first. */
function statusQuery(db: Db, status: RequestStatus, unitId: string | undefined, clock?: Record<string, string> | string, limit?: number) {
  const scope = unitId === undefined ? { status } : { unitId, status };
  const selector = (clock === undefined ? scope : { ...scope, [CLOCK_DUE_FIELD]: clock }) as never;
  const sort = [{ [CLOCK_DUE_FIELD]: 'asc' }, { id: 'asc' }] as never;
  return db.requests.find(limit === undefined ? { selector } : { selector, sort, limit }).getPreparedQuery();
}

/**
 * One status's first `limit` in the shared rule's order, and its whole count. A request without a
 * due date (none past completion should lack one) has the clock key '', below every date, where
 * the rule lists it last: it is read only when the dated ones do not fill the page.
 */
async function readStatus(db: Db, status: RequestStatus, unitId: string | undefined, limit: number): Promise<{ docs: RequestDoc[]; count: number }> {
  const dated = await readPage(db, statusQuery(db, status, unitId, { $gt: '' }, limit), statusQuery(db, status, unitId));
  if (dated.docs.length >= limit || dated.docs.length >= dated.count) return dated;
  const undated = await readPage(db, statusQuery(db, status, unitId, '', limit - dated.docs.length), statusQuery(db, status, unitId, ''));
  return { docs: [...dated.docs, ...undated.docs], count: dated.count };
}

/** Each status's first `limit` (so their union holds the queue's first `limit`) and the counts summed. */
async function readQueue(db: Db, scope: Scope, limit: number): Promise<{ docs: RequestDoc[]; count: number }> {
  const pages = await Promise.all(scope.statuses.map((status) => readStatus(db, status, scope.unitId, limit)));
  return { docs: pages.flatMap((page) => page.docs), count: pages.reduce((sum, page) => sum + page.count, 0) };
}

function inScope(doc: unknown, scope: Scope): boolean {
  const request = doc as (Partial<RequestDoc> & { _deleted?: boolean }) | undefined;
  if (!request || request._deleted === true || !scope.statuses.includes(request.status as RequestStatus)) return false;
  return scope.unitId === undefined || request.unitId === scope.unitId;
}

/** True when a change may move a request into, out of or within the queue. */
function touchesQueue(event: { operation: string; documentData?: unknown; previousDocumentData?: unknown }, scope: Scope): boolean {
  if (event.operation !== 'INSERT' && event.previousDocumentData === undefined) return true;
  return inScope(event.documentData, scope) || inScope(event.previousDocumentData, scope);
}

function watchQueue(deps: Pick<IntakeDeps, 'db' | 'now'>, scope: Scope, order: (docs: RequestDoc[]) => RequestDoc[], limit: number): Observable<QueueList> {
  const { db } = deps;
  const changes = db.requests.eventBulks$.pipe(filter((bulk) => bulk.events.some((event) => touchesQueue(event, scope))));
  const pages = readOnEach(changes.pipe(startWith(null)), () => readQueue(db, scope, limit));
  return combineLatest([pages, watchHolidays(db), watchToday(deps)]).pipe(
    map(([page, holidays, today]) => ({ rows: order(page.docs).slice(0, limit).map((doc) => dueRow(doc, today, holidays)), count: page.count })),
  );
}

/** The reception's to-refer list: signed requests waiting for referral, earliest due first. */
export function watchToRefer(deps: Pick<IntakeDeps, 'db' | 'now'>, limit: number = LIST_PAGE): Observable<QueueList> {
  return watchQueue(deps, { statuses: ['signed'] }, toReferQueue, limit);
}

/** A unit's queue (referred and under study), earliest due first. */
export function watchUnitQueue(deps: Pick<IntakeDeps, 'db' | 'now'>, unitId: string, limit: number = LIST_PAGE): Observable<QueueList> {
  return watchQueue(deps, { statuses: ['referred', 'under-study'], unitId }, (docs) => unitQueue(docs, unitId), limit);
}
