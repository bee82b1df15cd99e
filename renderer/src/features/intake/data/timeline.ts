/**
 * A beneficiary's timeline: every step of every request (taken, each status change from its history)
 * and every logged contact, merged newest first. Built from the documents themselves, so a request or
 * contact synced from another desk appears in its place.
 */
import type { InteractionDoc } from '@shared/db/schemas/interaction.schema';
import type { RequestDoc } from '@shared/db/schemas/request.schema';
import type { HistoryEntry } from '@shared/intake/request-status';
import { combineLatest, map, switchMap, type Observable } from 'rxjs';
import { watchEach } from '@renderer/db/watch-each';
import type { IntakeDeps } from './deps';
import { watchFileIds } from './file-ids';

type RequestRef = { requestId: string; requestNumber: string; requestTypeNameAr: string; requestTypeNameEn: string };

export type TimelineItem =
  | ({ kind: 'request-created'; at: string; by: string } & RequestRef)
  | ({ kind: 'request-status'; at: string; by: string; entry: HistoryEntry } & RequestRef)
  | { kind: 'interaction'; at: string; by: string; interaction: InteractionDoc };

function requestItems(request: RequestDoc): TimelineItem[] {
  const ref: RequestRef = {
    requestId: request.id,
    requestNumber: request.requestNumber,
    requestTypeNameAr: request.requestType.nameAr,
    requestTypeNameEn: request.requestType.nameEn,
  };
  return [
    { kind: 'request-created', at: request.createdAt, by: request.createdBy, ...ref },
    ...request.history.map((entry): TimelineItem => ({ kind: 'request-status', at: entry.at, by: entry.by, entry, ...ref })),
  ];
}

// Within one instant, the order the steps were made in: creation, then status changes, then the
// contact logged with them (an 'informed' step writes the request before its notice).
const RANK: Record<TimelineItem['kind'], number> = { 'request-created': 0, 'request-status': 1, interaction: 2 };

/** Merges requests and contacts, newest first (instants compared as times, not as text). */
export function mergeTimeline(requests: readonly RequestDoc[], interactions: readonly InteractionDoc[]): TimelineItem[] {
  const items: TimelineItem[] = [
    ...requests.flatMap(requestItems),
    ...interactions.map((interaction): TimelineItem => ({ kind: 'interaction', at: interaction.at, by: interaction.staffId, interaction })),
  ];
  return items
    .map((item, index) => ({ item, index, ms: Date.parse(item.at) }))
    .sort((a, b) => b.ms - a.ms || RANK[b.item.kind] - RANK[a.item.kind] || b.index - a.index)
    .map(({ item }) => item);
}

/** The file's timeline, with the requests and contacts of the files merged into it. */
export function watchTimeline(deps: Pick<IntakeDeps, 'db'>, beneficiaryId: string): Observable<TimelineItem[]> {
  return watchFileIds(deps, beneficiaryId).pipe(
    switchMap((ids) => {
      // One exact range per file id (watchEach says why not $in).
      const requests = watchEach(ids, (id) => deps.db.requests.find({ selector: { beneficiaryId: id } }).$.pipe(map((docs) => docs.map((doc) => doc.toMutableJSON()))));
      const interactions = watchEach(ids, (id) => deps.db.interactions.find({ selector: { beneficiaryId: id }, sort: [{ at: 'desc' }] }).$.pipe(map((docs) => docs.map((doc) => doc.toMutableJSON()))));
      return combineLatest([requests, interactions]);
    }),
    map(([r, i]) => mergeTimeline(r, i)),
  );
}
