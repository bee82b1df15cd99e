/**
 * Live views of requests for the UI: one request and a beneficiary's requests (the queues are in
 * queue-lists.ts, the due lists in due-lists.ts), and what the lists share: each row's highlight
 * from the shared rules (shared/intake/queues.ts) with the desk's holiday table, and "today", the
 * Riyadh date, re-read every minute so a list open across midnight moves on by itself.
 */
import { watchEach } from '@renderer/db/watch-each';
import { riyadhDateOf, type IsoDate } from '@shared/calendar/iso-date';
import { remainingWorkingDays } from '@shared/calendar/working-days';
import type { HolidayRange } from '@shared/calendar/holidays';
import type { RequestDoc } from '@shared/db/schemas/request.schema';
import { clockRuns, dueState, type DueState } from '@shared/intake/queues';
import { distinctUntilChanged, map, switchMap, timer, type Observable } from 'rxjs';
import type { IntakeDeps } from './deps';
import { watchFileIds } from './file-ids';

/** A request with its highlight state and the working days left (null when no clock runs). */
export type DueRow = { request: RequestDoc; dueState: DueState; remainingWorkingDays: number | null };

export const TODAY_REFRESH_MS = 60_000;

const plain = (docs: { toMutableJSON(): RequestDoc }[]): RequestDoc[] => docs.map((doc) => doc.toMutableJSON());

/** Today's Riyadh date, emitted now and again whenever it changes. */
export function watchToday(deps: Pick<IntakeDeps, 'now'>): Observable<IsoDate> {
  return timer(0, TODAY_REFRESH_MS).pipe(map(() => riyadhDateOf(deps.now().getTime())), distinctUntilChanged());
}

export function dueRow(request: RequestDoc, today: IsoDate, holidays: readonly HolidayRange[]): DueRow {
  return {
    request,
    dueState: dueState(request, today, holidays),
    remainingWorkingDays: clockRuns(request) ? remainingWorkingDays(today, request.dueDate, holidays) : null,
  };
}

/** One request, or null when it does not exist (yet). */
export function watchRequest(deps: Pick<IntakeDeps, 'db'>, id: string): Observable<RequestDoc | null> {
  return deps.db.requests.findOne(id).$.pipe(map((doc) => (doc ? doc.toMutableJSON() : null)));
}

/** A beneficiary's requests (with those of files merged into theirs), newest first. */
export function watchRequestsOfBeneficiary(deps: Pick<IntakeDeps, 'db'>, beneficiaryId: string): Observable<RequestDoc[]> {
  return watchFileIds(deps, beneficiaryId).pipe(
    switchMap((ids) => watchEach(ids, (id) => deps.db.requests.find({ selector: { beneficiaryId: id }, sort: [{ createdAt: 'desc' }] }).$.pipe(map(plain)))),
    map((docs) => docs.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))),
  );
}
