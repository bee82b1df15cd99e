/**
 * Read and write one compensation case. Writes of one case run one at a time (`case:<id>`, the key the
 * cases feature uses too), every write is audited, and only the `compensation` part and the case status
 * it drives change: a member's decision touches only their own key of the decisions map, so two desks
 * deciding at once merge without a conflict (shared/db/schemas/compensation-properties.ts).
 */
import { serialized } from '@renderer/db/serial';
import { appendAudit } from '@renderer/stores/audit-log';
import { mayViewCase } from '@shared/cases/case-visibility';
import { caseStatusOf } from '@shared/compensation/open-compensation';
import type { CompensationError } from '@shared/compensation/compensation-status';
import type { CaseDoc, CompensationPart } from '@shared/db/schemas/case.schema';
import { err, ok, type Result } from '@shared/result';
import type { CompensationDeps, CompensationDeskError } from './deps';

export type CompensationFailure = CompensationError | { code: CompensationDeskError; field?: string };

/** The stored case as a plain object, or null when missing, not a compensation case, or not the actor's to see. */
export async function readCompensation(deps: Pick<CompensationDeps, 'db' | 'actor'>, id: string): Promise<CaseDoc | null> {
  const doc = await deps.db.cases.findOne(id).exec();
  if (!doc) return null;
  const plain = doc.toMutableJSON();
  return plain.kind === 'compensation' && plain.compensation && mayViewCase(plain, deps.actor) ? plain : null;
}

/**
 * Applies `change` to the stored compensation part and writes it, or returns the refusal (nothing written).
 * @param action the audit action, e.g. 'compensation.decide'
 */
export function updateCompensation(
  deps: CompensationDeps,
  id: string,
  action: string,
  change: (doc: CaseDoc, part: CompensationPart, now: string) => Result<CompensationPart, CompensationFailure>,
): Promise<Result<CaseDoc, CompensationFailure>> {
  return serialized(`case:${id}`, async () => {
    const doc = await readCompensation(deps, id);
    if (!doc?.compensation) return err({ code: 'compensation.not-found' as const });
    const now = deps.now();
    const result = change(doc, doc.compensation, now.toISOString());
    if (!result.ok) return result;
    const part = result.value;
    const stored = await deps.db.cases.findOne(id).exec();
    if (!stored) return err({ code: 'compensation.not-found' as const });
    const meta = { updatedAt: now.toISOString(), updatedBy: deps.actor.id, deskId: deps.desk.deskId };
    const written = await stored.incrementalModify((current) => ({ ...current, compensation: part, status: caseStatusOf(part), ...meta }));
    await appendAudit(deps.db, { actorId: deps.actor.id, action, entity: 'cases', entityId: id, fields: ['compensation'], deskId: deps.desk.deskId }, now);
    return ok(written.toMutableJSON());
  });
}
