import type { WaslDatabase } from '@renderer/db/database';
import { map, of, switchMap, type Observable } from 'rxjs';

/** Where a merged file went: the survivor's id and file number; null while the file is open. */
export interface MergeTarget {
  id: string;
  fileNumber: string;
}

export function watchMergeTarget(db: WaslDatabase, id: string): Observable<MergeTarget | null> {
  return db.beneficiaries.findOne(id).$.pipe(
    switchMap((doc) => {
      const target = doc?.mergedInto;
      if (!target) return of(null);
      // The survivor may arrive later than the mark (sync order): its number fills in then.
      return db.beneficiaries.findOne(target).$.pipe(map((survivor) => ({ id: target, fileNumber: survivor?.fileNumber ?? '' })));
    }),
  );
}
