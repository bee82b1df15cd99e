/**
 * The compensation steps a screen takes (policy 3.4): investigate, put the minute to the committee (or
 * revise it), refer to a ruling and record it, negotiate, settle, pay, inform and close. Each is one
 * shared rule applied to the stored part and written at once, or refused with nothing written.
 */
import { putMinute, type MinuteContent } from '@shared/compensation/minute-approval';
import { moveCompensation } from '@shared/compensation/open-compensation';
import {
  informAndClose, logNegotiation, recordPayment, recordRuling, recordSettlement, type NegotiationEntry, type PaymentInput, type RulingInput, type SettlementInput,
} from '@shared/compensation/settlement';
import type { CaseDoc, CompensationPart } from '@shared/db/schemas/case.schema';
import type { CompensationDeps } from './deps';
import { updateCompensation } from './compensation-write';
import { readCommitteeIds } from './committee';
import { nextMinuteNumber } from './numbers';

const who = (deps: CompensationDeps, doc: CaseDoc, now: string) => ({ actor: deps.actor, now, concernsStaffIds: doc.concernsStaffIds });

export function moveTo(deps: CompensationDeps, id: string, to: CompensationPart['status'], reason = '') {
  return updateCompensation(deps, id, `compensation.move.${to}`, (doc, _part, now) => moveCompensation(doc, to, deps.actor, now, reason));
}

/** Drafts and puts the minute to the committee as the catalog lists it today, or revises it. */
export async function saveMinute(deps: CompensationDeps, id: string, content: MinuteContent) {
  const committeeIds = await readCommitteeIds(deps.db);
  const number = await nextMinuteNumber(deps);
  return updateCompensation(deps, id, 'compensation.minute', (doc, part, now) => {
    const numbered = part.minuteNumber === '' ? { ...part, minuteNumber: number } : part;
    return putMinute(numbered, content, { caseId: doc.id, concernsStaffIds: doc.concernsStaffIds, committeeIds }, deps.actor, now);
  });
}

export function saveRuling(deps: CompensationDeps, id: string, input: RulingInput) {
  return updateCompensation(deps, id, 'compensation.ruling', (doc, part, now) => recordRuling(part, input, who(deps, doc, now)));
}

/**
 * One contact, offer or answer; a contact with a beneficiary on file is also logged on their file as an
 * interaction on their agreed channel (policy 3.7), and the entry points at it.
 */
export async function logContact(deps: CompensationDeps, id: string, input: Pick<NegotiationEntry, 'kind' | 'text' | 'amount'>) {
  const interactionId = crypto.randomUUID();
  let logged: CaseDoc | null = null;
  const result = await updateCompensation(deps, id, 'compensation.negotiation', (doc, part, now) => {
    logged = doc;
    return logNegotiation(part, { ...input, interactionId: doc.beneficiaryId ? interactionId : '' }, who(deps, doc, now));
  });
  const doc = logged as CaseDoc | null;
  if (result.ok && doc && doc.beneficiaryId) {
    const at = deps.now().toISOString();
    await deps.db.interactions.insert({
      id: interactionId, beneficiaryId: doc.beneficiaryId, requestId: '', channel: doc.replyChannel || doc.channel, subChannel: doc.replySubChannel || doc.subChannel,
      direction: input.kind === 'answer' ? 'inbound' : 'outbound', subject: `تعويض ${doc.caseNumber}`, summary: input.text.trim().slice(0, 500),
      staffId: deps.actor.id, at, kind: 'contact', updatedAt: at, updatedBy: deps.actor.id, deskId: deps.desk.deskId,
    });
  }
  return result;
}

export function saveSettlement(deps: CompensationDeps, id: string, input: SettlementInput) {
  return updateCompensation(deps, id, 'compensation.settlement', (doc, part, now) => recordSettlement(part, input, who(deps, doc, now)));
}

export function savePayment(deps: CompensationDeps, id: string, input: PaymentInput) {
  return updateCompensation(deps, id, 'compensation.payment', (doc, part, now) => recordPayment(part, input, who(deps, doc, now)));
}

export function closeInformed(deps: CompensationDeps, id: string, note: string) {
  return updateCompensation(deps, id, 'compensation.close', (doc, part, now) => informAndClose(part, note, who(deps, doc, now)));
}
