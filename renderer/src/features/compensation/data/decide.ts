/**
 * A committee member approves or objects to the minute from their own account (policy 3.4a), naming the
 * hash of the version they read: if the minute changed since, the decision is refused as stale.
 */
import { decideMinute, type DecisionInput } from '@shared/compensation/minute-approval';
import type { CompensationDeps } from './deps';
import { updateCompensation } from './compensation-write';

export function decideOnMinute(deps: CompensationDeps, caseId: string, input: DecisionInput) {
  return updateCompensation(deps, caseId, `compensation.${input.decision}`, (doc, part, now) =>
    decideMinute(part, input, { concernsStaffIds: doc.concernsStaffIds }, deps.actor, now));
}
