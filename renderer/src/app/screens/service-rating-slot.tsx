import { of } from 'rxjs';
import type { RequestDoc } from '@shared/db/schemas/request.schema';
import { mayViewCase } from '@shared/cases/case-visibility';
import { useObservable } from '@renderer/components/use-observable';
import { AfterServiceRating } from '@renderer/features/surveys/components/after-service-rating';
import type { SurveysDeps } from '@renderer/features/surveys/data';

/** A request is answered once the beneficiary was told the outcome (policy 3.3e), and stays so when closed. */
const ANSWERED_REQUEST: readonly string[] = ['informed', 'closed'];

/**
 * The short rating on an answered request (policy 3.8; composed here: features do not import each other).
 * What the index groups it by is fixed now: its type, its unit, and the officer who told the outcome.
 */
export function RequestRatingSlot({ deps, request }: { deps: SurveysDeps; request: RequestDoc }) {
  if (!ANSWERED_REQUEST.includes(request.status)) return null;
  const informedBy = [...request.history].reverse().find((entry) => entry.to === 'informed')?.by ?? '';
  return (
    <AfterServiceRating
      deps={deps}
      service={{ requestId: request.id, caseId: '', beneficiaryId: request.beneficiaryId, serviceType: request.requestType.id, unitId: request.unitId || request.requestType.unitId, officerId: informedBy }}
    />
  );
}

/** The short rating on a closed case the signed-in staff member may see (conflict of interest first). */
export function CaseRatingSlot({ deps, caseId }: { deps: SurveysDeps; caseId: string }) {
  const doc = useObservable(() => (caseId ? deps.db.cases.findOne(caseId).$ : of(null)), [deps.db, caseId], null);
  if (!doc || doc.status !== 'closed' || !mayViewCase(doc, deps.actor)) return null;
  return (
    <AfterServiceRating
      deps={deps}
      service={{ requestId: '', caseId: doc.id, beneficiaryId: doc.beneficiaryId, serviceType: doc.category || doc.kind, unitId: doc.unitId, officerId: doc.officerId }}
    />
  );
}
