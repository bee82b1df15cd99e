import { useEffect, useState } from 'react';
import type { BeneficiaryDoc } from '@shared/db/schemas/beneficiary.schema';
import { openBeneficiary, type SaveDeps } from '../data/save-beneficiary';

export type Opened = { status: 'loading' } | { status: 'ready'; doc: BeneficiaryDoc } | { status: 'missing' } | { status: 'failed'; message: string };

/** Opens a file once per visit; openBeneficiary records the opening in the audit trail. */
export function useOpenedBeneficiary(deps: SaveDeps, id: string): Opened {
  const [opened, setOpened] = useState<Opened>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    openBeneficiary(deps, id).then(
      (doc) => live && setOpened(doc ? { status: 'ready', doc } : { status: 'missing' }),
      (error: unknown) => live && setOpened({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
    // One opening per file visit: deps carries a fresh clock function on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);
  return opened;
}
