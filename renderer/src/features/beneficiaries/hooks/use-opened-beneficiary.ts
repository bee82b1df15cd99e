import { catchError, from, map, of, startWith, switchMap } from 'rxjs';
import type { BeneficiaryDoc } from '@shared/db/schemas/beneficiary.schema';
import { errorKey } from '@shared/errors';
import { useObservable } from '@renderer/components/use-observable';
import { followBeneficiary, openBeneficiary, type SaveDeps } from '../data/save-beneficiary';

/** A failed opening carries the translation key of why (shared/errors.ts), never the exception's text. */
export type Opened = { status: 'loading' } | { status: 'ready'; doc: BeneficiaryDoc } | { status: 'missing' } | { status: 'failed'; error: string };

const LOADING: Opened = { status: 'loading' };

/**
 * Opens a file once per visit (openBeneficiary records the opening in the audit trail), then
 * follows it live: a merge or another desk's edit landing while the file is open shows at once.
 * An edit form built on it keeps what was typed: the form takes its starting values once
 * (use-beneficiary-form.ts) and only the file it was opened from changes underneath.
 * One subscription per file visit (deps carries a fresh clock function on every render), ended
 * when the screen goes.
 */
export function useOpenedBeneficiary(deps: SaveDeps, id: string): Opened {
  return useObservable(
    () =>
      from(openBeneficiary(deps, id)).pipe(
        switchMap((doc) => (doc ? followBeneficiary(deps.db, id).pipe(startWith(doc)) : of(null))),
        map((doc): Opened => (doc ? { status: 'ready', doc } : { status: 'missing' })),
        catchError((error: unknown) => of<Opened>({ status: 'failed', error: errorKey(error) })),
      ),
    [id],
    LOADING,
  );
}
