/**
 * The moves a screen offers: the machine's next statuses from here, less those the actor may not take.
 * The shared transition is asked with an empty move: a refusal for who they are (role, not the case's
 * officer, conflict of interest) hides the move; a refusal for a missing fact (a reason, the resolution)
 * does not, since the form supplies it. So the screen never offers what the machine would refuse anyway.
 */
import { DEFAULT_CASE_CLOCKS } from '@shared/catalog/case-catalog';
import { nextCaseStatuses, type CaseStatus } from '@shared/cases/case-status';
import { transition, type CaseErrorCode } from '@shared/cases/case-transition';
import type { CaseDoc } from '@shared/db/schemas/case.schema';
import type { CasesDeps } from './deps';

const WHO_REFUSALS: readonly CaseErrorCode[] = ['case.role', 'case.not-officer', 'case.conflict-of-interest', 'case.not-allowed', 'case.actor-required'];

export function offeredMoves(doc: CaseDoc, actor: CasesDeps['actor'], now: Date): CaseStatus[] {
  const at = now.toISOString();
  return nextCaseStatuses(doc.status).filter((to) => {
    const tried = transition(doc, { to }, { id: actor.id, roles: actor.roles }, at, { holidays: [], clocks: DEFAULT_CASE_CLOCKS });
    return tried.ok || !WHO_REFUSALS.includes(tried.error.code);
  });
}
