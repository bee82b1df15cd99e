import { useEffect, useState } from 'react';
import type { Subscription } from 'rxjs';
import type { BeneficiaryDoc } from '@shared/db/schemas/beneficiary.schema';
import { followBeneficiary, openBeneficiary, type SaveDeps } from '../data/save-beneficiary';

export type Opened = { status: 'loading' } | { status: 'ready'; doc: BeneficiaryDoc } | { status: 'missing' } | { status: 'failed'; message: string };

/**
 * Opens a file once per visit (openBeneficiary records the opening in the audit trail), then
 * follows it live: a merge or another desk's edit landing while the file is open shows at once.
 * An edit form built on it keeps what was typed: the form takes its starting values once
 * (use-beneficiary-form.ts) and only the file it was opened from changes underneath.
 */
export function useOpenedBeneficiary(deps: SaveDeps, id: string): Opened {
  const [opened, setOpened] = useState<Opened>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    let following: Subscription | null = null;
    const failed = (error: unknown) => live && setOpened({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
    openBeneficiary(deps, id).then((doc) => {
      if (!live) return;
      if (!doc) {
        setOpened({ status: 'missing' });
        return;
      }
      setOpened({ status: 'ready', doc });
      following = followBeneficiary(deps.db, id).subscribe({
        next: (next) => live && setOpened(next ? { status: 'ready', doc: next } : { status: 'missing' }),
        error: failed,
      });
    }, failed);
    return () => {
      live = false;
      following?.unsubscribe();
    };
    // One opening per file visit: deps carries a fresh clock function on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);
  return opened;
}
