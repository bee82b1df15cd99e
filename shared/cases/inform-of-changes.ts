/**
 * Policy 3.7(c): "update any information that has changed, through the association's approved means".
 * When a request type's requirements change or a notice about it is published, the beneficiaries whose
 * requests of that type are still in progress are listed for the liaison officer to inform on their
 * agreed channel (each contact is then logged as an interaction). Pure, over the request documents held.
 */
import type { RequestStatus } from '../intake/request-status';

type RequestLike = {
  id: string;
  beneficiaryId: string;
  status: RequestStatus;
  decision: string | null;
  requestType: { id: string; version: number };
};

export type InformTarget = { beneficiaryId: string; requestIds: string[] };

/**
 * In progress: anything not yet over. A closed or withdrawn request is over; an informed one is over
 * too unless it went back for more information (its beneficiary is still gathering documents).
 */
export function isInProgress(request: Pick<RequestLike, 'status' | 'decision'>): boolean {
  if (request.status === 'closed' || request.status === 'withdrawn') return false;
  return request.status !== 'informed' || request.decision === 'more-info-needed';
}

/**
 * The beneficiaries to inform of a change to these request types, one row each with their requests
 * concerned, in the order first met. `beforeVersion`: only requests taken under an older version than
 * this (a new version's own requests were taken under the new requirements); `alreadyInformed`: those
 * already contacted about this change are left out.
 */
export function beneficiariesToInform(
  requests: readonly RequestLike[],
  change: { requestTypeIds: readonly string[]; beforeVersion?: number },
  alreadyInformed: ReadonlySet<string> = new Set(),
): InformTarget[] {
  const byBeneficiary = new Map<string, string[]>();
  for (const request of requests) {
    if (!change.requestTypeIds.includes(request.requestType.id) || !isInProgress(request)) continue;
    if (change.beforeVersion !== undefined && request.requestType.version >= change.beforeVersion) continue;
    if (alreadyInformed.has(request.beneficiaryId)) continue;
    const ids = byBeneficiary.get(request.beneficiaryId) ?? [];
    ids.push(request.id);
    byBeneficiary.set(request.beneficiaryId, ids);
  }
  return [...byBeneficiary].map(([beneficiaryId, requestIds]) => ({ beneficiaryId, requestIds }));
}
