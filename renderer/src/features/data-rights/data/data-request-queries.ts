/**
 * Live views of data requests (cases of kind 'data-request'), through the cases' visibility rule, each
 * with its clock: the due date and the CALENDAR days left (PDPL implementing regulation: 30 days, one
 * extension), counted from today in Riyadh. Reads only the data-request cases and their files.
 */
import { combineLatest, distinctUntilChanged, map, of, switchMap, timer, type Observable } from 'rxjs';
import { mayViewCase } from '@shared/cases/case-visibility';
import { riyadhDateOf, type IsoDate } from '@shared/calendar/iso-date';
import { daysLeft, dueDateOf } from '@shared/data-requests/data-request';
import type { CaseDoc } from '@shared/db/schemas/case.schema';
import { ERASURE_KIND, erasureEntryId, erasureFromCatalog, type ErasureRecord } from '@shared/data-rights/erasure-record';
import type { WaslDatabase } from '@renderer/db/database';
import type { DataRequestsDeps } from './deps';

export type DataRequestClock = { dueDate: IsoDate; daysLeft: number; overdue: boolean; open: boolean };
export type DataRequestRow = { doc: CaseDoc; clock: DataRequestClock; fileName: string; fileNumber: string };

type Viewer = Pick<DataRequestsDeps, 'db' | 'actorId' | 'roles' | 'now'>;

/** The clock on `today`: an answered or refused request is no longer running, so never overdue. */
export function clockOf(doc: CaseDoc, today: IsoDate): DataRequestClock | null {
  const part = doc.dataRequest;
  if (!part) return null;
  const open = part.status === 'received' || part.status === 'identity-verified';
  const left = daysLeft(part, today);
  return { dueDate: dueDateOf(part), daysLeft: left, overdue: open && left < 0, open };
}

const todayOf = (deps: Pick<Viewer, 'now'>): IsoDate => riyadhDateOf(deps.now().getTime());
/** Today in Riyadh, again each minute: an open screen's days left change at midnight there. */
const watchTodayOf = (deps: Pick<Viewer, 'now'>): Observable<IsoDate> => timer(0, 60_000).pipe(map(() => todayOf(deps)), distinctUntilChanged());

function visible(deps: Viewer, docs: { toMutableJSON(): CaseDoc }[]): CaseDoc[] {
  return docs.map((doc) => doc.toMutableJSON()).filter((doc) => doc.dataRequest && mayViewCase(doc, { id: deps.actorId, roles: deps.roles }));
}

/** Every data request the viewer may see: open ones first, by due date; then the closed, newest first. */
export function watchDataRequests(deps: Viewer): Observable<DataRequestRow[]> {
  return deps.db.cases.find({ selector: { kind: 'data-request' }, sort: [{ caseNumber: 'desc' }] }).$.pipe(
    map((docs) => visible(deps, docs)),
    switchMap((docs) => {
      const ids = [...new Set(docs.map((doc) => doc.beneficiaryId).filter(Boolean))];
      const files = ids.length === 0 ? of(new Map<string, { fullName: string; fileNumber: string }>()) : deps.db.beneficiaries.findByIds(ids).$;
      return combineLatest([of(docs), files, watchTodayOf(deps)]);
    }),
    map(([docs, files, today]) => {
      const rows = docs.flatMap((doc) => {
        const clock = clockOf(doc, today);
        const file = files.get(doc.beneficiaryId);
        return clock ? [{ doc, clock, fileName: file?.fullName ?? '', fileNumber: file?.fileNumber ?? '' }] : [];
      });
      const rank = (row: DataRequestRow) => (row.clock.open ? 0 : 1);
      return rows.sort((a, b) => rank(a) - rank(b) || (a.clock.open ? a.clock.daysLeft - b.clock.daysLeft : 0));
    }),
  );
}

/** The file's data requests the viewer may see, newest first (on the person's file). */
export function watchFileDataRequests(deps: Viewer, beneficiaryId: string): Observable<CaseDoc[]> {
  return deps.db.cases.find({ selector: { beneficiaryId, kind: 'data-request' } }).$.pipe(map((docs) => visible(deps, docs).sort((a, b) => b.caseNumber.localeCompare(a.caseNumber))));
}

export function watchDataRequest(deps: Viewer, id: string): Observable<DataRequestRow | null> {
  return deps.db.cases.findOne(id).$.pipe(
    switchMap((stored) => {
      const doc = stored ? visible(deps, [stored])[0] : undefined;
      if (!doc) return of(null);
      return combineLatest([deps.db.beneficiaries.findOne(doc.beneficiaryId).$, watchTodayOf(deps)]).pipe(
        map(([file, today]) => {
          const clock = clockOf(doc, today);
          return clock ? { doc, clock, fileName: file?.fullName ?? '', fileNumber: file?.fileNumber ?? '' } : null;
        }),
      );
    }),
  );
}

/** The erasure record of a file (what was kept and why), or null while the file is not erased. */
export function watchErasureRecord(db: WaslDatabase, beneficiaryId: string): Observable<ErasureRecord | null> {
  return db.catalog.findOne(erasureEntryId(beneficiaryId)).$.pipe(map((doc) => (doc && doc.kind === ERASURE_KIND ? erasureFromCatalog(doc.toMutableJSON()) : null)));
}
