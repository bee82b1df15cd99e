/**
 * The complainant's answer to the outcome and what follows it (policy 3.5c, 3.7): they accept (the loop
 * is closed: the case may close); they do not accept, and the case goes before management (escalated)
 * or a dispute is opened as a new case linked to it, after which it closes; and an appeal of a closed
 * case is always a new linked case (a closed case never reopens).
 */
import { loopClosed, recordResponse } from '@shared/cases/case-loop';
import { transition } from '@shared/cases/case-transition';
import type { CaseDoc, CaseKind } from '@shared/db/schemas/case.schema';
import { linkedCaseInput } from '@shared/cases/case-appeal';
import { err, ok, type Result } from '@shared/result';
import { readCaseContext } from './case-context';
import { changedFields, readCase, withCase, writeCase } from './case-write';
import { insertNewCase } from './create-case';
import type { CasesDeps } from './deps';
import { casesError, moveLoaded, type CasesError } from './move-case';

/** Records 'accepts' or 'does-not-accept' on an informed case. */
export function recordComplainantResponse(deps: CasesDeps, id: string, response: string): Promise<Result<CaseDoc, CasesError>> {
  return withCase(id, async () => {
    const doc = await readCase(deps, id);
    if (!doc) return err(casesError('cases.not-found'));
    if (response !== 'accepts' && response !== 'does-not-accept') return err(casesError('cases.response-invalid'));
    const recorded = recordResponse(doc, response, { id: deps.actor.id, roles: deps.actor.roles });
    if (!recorded.ok) return err(casesError(recorded.error.code));
    return ok(await writeCase(deps, recorded.value, { action: 'case.response', fields: changedFields(doc, recorded.value) }));
  });
}

/** Why the case cannot close yet, or null: the shared loop rule, as a translated code. */
export function whyNotClosable(doc: CaseDoc): CasesError | null {
  if (doc.status !== 'informed') return casesError('case.not-allowed');
  if (!doc.resolution?.response) return casesError('case.response-required');
  return loopClosed(doc, undefined) ? null : casesError('case.dispute-required');
}

/**
 * A new case about the same matter, linked by `appealOf` (shared/cases/case-appeal.ts: same file,
 * complainant, domain and people concerned), routed like any new case. It comes in on the channel the
 * complainant is answered on.
 */
async function openLinked(deps: CasesDeps, source: CaseDoc, kind: CaseKind, description: string, id?: string): Promise<Result<CaseDoc, CasesError>> {
  const channel = source.replyChannel ? { channel: source.replyChannel, subChannel: source.replySubChannel } : { channel: source.channel, subChannel: source.subChannel };
  const input = linkedCaseInput(source, description, channel, kind);
  if (!input.ok) return err(casesError(input.error.code));
  const file = source.beneficiaryId ? (await deps.db.beneficiaries.findOne(source.beneficiaryId).exec())?.toMutableJSON() : null;
  return insertNewCase(deps, input.value, file?.categoryKey ?? '', id);
}

/**
 * The complainant does not accept: a dispute is opened (kind 'dispute', linked) and the case closes
 * naming it. The close is checked before the dispute is written, so a refusal writes neither.
 */
export function openDisputeAndClose(deps: CasesDeps, id: string, description: string): Promise<Result<{ closed: CaseDoc; dispute: CaseDoc }, CasesError>> {
  return withCase(id, async () => {
    const doc = await readCase(deps, id);
    if (!doc) return err(casesError('cases.not-found'));
    const disputeId = crypto.randomUUID();
    const check = transition(doc, { to: 'closed', disputeCaseId: disputeId }, { id: deps.actor.id, roles: deps.actor.roles }, deps.now().toISOString(), await readCaseContext(deps.db));
    if (!check.ok) return err(casesError(check.error.code));
    const dispute = await openLinked(deps, doc, 'dispute', description, disputeId);
    if (!dispute.ok) return dispute;
    const closed = await moveLoaded(deps, doc, { to: 'closed', disputeCaseId: disputeId });
    if (!closed.ok) return closed;
    return ok({ closed: closed.value.doc, dispute: dispute.value });
  });
}

/** An appeal of a closed case: a new case of the same kind, linked to it (the closed one stays closed). */
export async function openAppeal(deps: CasesDeps, id: string, description: string): Promise<Result<CaseDoc, CasesError>> {
  const doc = await readCase(deps, id);
  if (!doc) return err(casesError('cases.not-found'));
  if (doc.status !== 'closed') return err(casesError('cases.not-closed'));
  // A compensation case is not appealed as a case: its minute and ruling have their own path (policy 3.4);
  // nor is a data request: a new request is a new case with its own 30 days (PDPL implementing regulation).
  if (doc.kind === 'compensation' || doc.kind === 'data-request') return err(casesError('cases.not-closed'));
  return openLinked(deps, doc, doc.kind, description);
}
