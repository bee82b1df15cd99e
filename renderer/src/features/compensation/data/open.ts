/**
 * Opening a compensation case from a complaint or dispute (policy 3.4): the new case and the complaint's
 * link back are written together, the new case first; if the complaint's write fails the new case is
 * removed again, so nothing is left half-linked.
 */
import { appendAudit } from '@renderer/stores/audit-log';
import { serialized } from '@renderer/db/serial';
import { mayViewCase } from '@shared/cases/case-visibility';
import { openCompensation, type OpenInput } from '@shared/compensation/open-compensation';
import type { CaseDoc } from '@shared/db/schemas/case.schema';
import { err, ok, type Result } from '@shared/result';
import type { CompensationDeps } from './deps';
import type { CompensationFailure } from './compensation-write';
import { nextCompensationCaseNumber } from './numbers';

export function openFromCase(deps: CompensationDeps, originId: string, input: OpenInput): Promise<Result<CaseDoc, CompensationFailure>> {
  return serialized(`case:${originId}`, async () => {
    const stored = await deps.db.cases.findOne(originId).exec();
    const origin = stored?.toMutableJSON();
    if (!stored || !origin || !mayViewCase(origin, deps.actor)) return err({ code: 'compensation.not-found' as const });
    const now = deps.now();
    const made = openCompensation(origin, input, {
      id: crypto.randomUUID(), caseNumber: await nextCompensationCaseNumber(deps), now: now.toISOString(), actor: deps.actor, deskId: deps.desk.deskId,
    });
    if (!made.ok) return made;
    const inserted = await deps.db.cases.insert(made.value.compensation);
    try {
      await stored.incrementalModify((current) => ({ ...current, compensationCaseId: made.value.compensation.id, updatedAt: now.toISOString(), updatedBy: deps.actor.id, deskId: deps.desk.deskId }));
    } catch (error) {
      await inserted.remove();
      throw error;
    }
    const audit = (entityId: string, action: string) => appendAudit(deps.db, { actorId: deps.actor.id, action, entity: 'cases', entityId, fields: ['compensation'], deskId: deps.desk.deskId }, now);
    await audit(made.value.compensation.id, 'compensation.open');
    await audit(originId, 'compensation.link');
    return ok(made.value.compensation);
  });
}
