import { of } from 'rxjs';
import type { BeneficiaryDoc } from '@shared/db/schemas/beneficiary.schema';
import type { WaslDatabase } from '@renderer/db/database';
import { useObservable } from '@renderer/components/use-observable';

/** The beneficiary a request belongs to, kept current (null while loading, unknown, or no id yet). */
export function useBeneficiary(db: WaslDatabase, id: string | undefined): BeneficiaryDoc | null {
  const doc = useObservable(() => (id ? db.beneficiaries.findOne(id).$ : of(null)), [db, id], null);
  return doc ? doc.toMutableJSON() : null;
}
