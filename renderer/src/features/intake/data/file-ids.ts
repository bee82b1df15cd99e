import { distinctUntilChanged, map, type Observable } from 'rxjs';
import type { IntakeDeps } from './deps';

/**
 * A file's id with the ids of the files merged into it: a file registered twice keeps its own
 * requests and contacts (they are never rewritten), so the survivor's lists gather them by these.
 */
export function watchFileIds(deps: Pick<IntakeDeps, 'db'>, beneficiaryId: string): Observable<string[]> {
  return deps.db.beneficiaries.findOne(beneficiaryId).$.pipe(
    map((doc) => [beneficiaryId, ...(doc?.mergedFrom ?? [])]),
    distinctUntilChanged((a, b) => a.join('|') === b.join('|')),
  );
}
