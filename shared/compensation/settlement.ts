/**
 * Rulings, negotiation and settlement (policy 3.4 b–c): a ruling overrides the committee's amount; every
 * contact with the harmed beneficiary is logged; a settlement's instalments add up to its amount and the
 * beneficiary's acceptance is signed (on the pad or on paper); payments are recorded until paid in full
 * (then the case is 'paid' by itself); it closes only once the originating complaint's complainant is told.
 */
import { isIsoDate } from '../calendar/iso-date';
import { COMPENSATION_LIMITS as L } from '../db/schemas/compensation-properties';
import type { CompensationPart } from '../db/schemas/case.schema';
import { err, ok, type Result } from '../result';
import { actorProblem, amountDue, effectiveStatus, paidTotal, step, type CompensationActor, type CompensationError } from './compensation-status';

type Done = Result<CompensationPart, CompensationError>;
export type Ruling = NonNullable<CompensationPart['ruling']>;
export type Settlement = NonNullable<CompensationPart['settlement']>;
export type Instalment = Settlement['instalments'][number];
export type NegotiationEntry = CompensationPart['negotiation'][number];
type Who = { actor: CompensationActor; now: string; concernsStaffIds: readonly string[] };

const amountOk = (value: number, min = 0) => Number.isSafeInteger(value) && value >= min && value <= L.amount;
const textProblem = (value: string, field: string, max: number = L.text): CompensationError | null =>
  value.trim() === '' ? { code: 'compensation.text-required', field } : value.length > max ? { code: 'compensation.text-too-long', field } : null;

export type RulingInput = Pick<Ruling, 'authority' | 'date' | 'reference' | 'outcome' | 'amount' | 'attachments'>;

/** The ruling or final decision; from 'referred-to-ruling' to 'ruled'. Its amount overrides the minute's. */
export function recordRuling(part: CompensationPart, input: RulingInput, who: Who): Done {
  const problem = actorProblem(who.actor, who.concernsStaffIds, who.now)
    ?? textProblem(input.authority, 'authority', 200) ?? textProblem(input.reference, 'reference', 100) ?? textProblem(input.outcome, 'outcome');
  if (problem) return err(problem);
  if (!isIsoDate(input.date)) return err({ code: 'compensation.date-invalid', field: 'date' });
  if (!amountOk(input.amount)) return err({ code: 'compensation.amount-invalid', field: 'amount' });
  const ruling: Ruling = {
    authority: input.authority.trim(), date: input.date, reference: input.reference.trim(), outcome: input.outcome.trim(),
    amount: input.amount, attachments: input.attachments, at: who.now, by: who.actor.id,
  };
  return step({ ...part, ruling }, 'ruled', who.actor, who.now);
}

/** One contact, offer or answer in the negotiation (while negotiating); `interactionId` the logged interaction. */
export function logNegotiation(part: CompensationPart, input: Pick<NegotiationEntry, 'kind' | 'text' | 'amount' | 'interactionId'>, who: Who): Done {
  const problem = actorProblem(who.actor, who.concernsStaffIds, who.now) ?? textProblem(input.text, 'text');
  if (problem) return err(problem);
  if (effectiveStatus(part) !== 'negotiating') return err({ code: 'compensation.not-allowed' });
  if (!amountOk(input.amount)) return err({ code: 'compensation.amount-invalid', field: 'amount' });
  const entry: NegotiationEntry = { ...input, text: input.text.trim(), at: who.now, by: who.actor.id };
  return ok({ ...part, negotiation: [...part.negotiation, entry].slice(-L.negotiation) });
}

/** Instalments add up to the amount, each at least one halala, due dates valid and in order. */
export function instalmentsProblem(amount: number, instalments: readonly Instalment[]): CompensationError | null {
  if (instalments.length === 0 || instalments.length > L.instalments) return { code: 'compensation.instalments-invalid', field: 'instalments' };
  for (let i = 0; i < instalments.length; i += 1) {
    const item = instalments[i] as Instalment;
    if (!isIsoDate(item.dueDate) || !amountOk(item.amount, 1)) return { code: 'compensation.instalments-invalid', field: 'instalments' };
    if (i > 0 && item.dueDate < (instalments[i - 1] as Instalment).dueDate) return { code: 'compensation.instalments-invalid', field: 'instalments' };
  }
  const sum = instalments.reduce((total, item) => total + item.amount, 0);
  return sum === amount ? null : { code: 'compensation.instalments-sum', field: 'instalments' };
}

export type SettlementInput = Pick<Settlement, 'amount' | 'form' | 'terms' | 'instalments' | 'acceptance'>;

/** The settlement and the beneficiary's signed acceptance; to 'settled'. */
export function recordSettlement(part: CompensationPart, input: SettlementInput, who: Who): Done {
  const problem = actorProblem(who.actor, who.concernsStaffIds, who.now);
  if (problem) return err(problem);
  if (!amountOk(input.amount, 1)) return err({ code: 'compensation.amount-invalid', field: 'amount' });
  if (input.terms.length > L.text) return err({ code: 'compensation.text-too-long', field: 'terms' });
  const instalments = instalmentsProblem(input.amount, input.instalments);
  if (instalments) return err(instalments);
  const a = input.acceptance;
  // On paper the signed copy is kept on file (its scan attached when there is one); on the pad the drawing is the signature.
  const signed = a.mode === 'pad' ? a.data !== '' && a.data.length <= L.signature : a.data === '';
  if (!signed || a.signerName.trim() === '') return err({ code: 'compensation.acceptance-required', field: 'acceptance' });
  const settlement: Settlement = { ...input, terms: input.terms.trim(), acceptance: { ...a, signerName: a.signerName.trim() }, at: who.now, by: who.actor.id };
  return step({ ...part, settlement }, 'settled', who.actor, who.now);
}

export type PaymentInput = { amount: number; date: string; reference: string };

/** A payment; the one that completes the amount due moves the case to 'paid'. No overpayment. */
export function recordPayment(part: CompensationPart, input: PaymentInput, who: Who): Done {
  const problem = actorProblem(who.actor, who.concernsStaffIds, who.now);
  if (problem) return err(problem);
  const status = effectiveStatus(part);
  if (status !== 'settled' && status !== 'ruled') return err({ code: 'compensation.not-allowed' });
  if (!amountOk(input.amount, 1)) return err({ code: 'compensation.amount-invalid', field: 'amount' });
  if (!isIsoDate(input.date)) return err({ code: 'compensation.date-invalid', field: 'date' });
  if (input.reference.length > 100) return err({ code: 'compensation.text-too-long', field: 'reference' });
  const due = amountDue(part);
  if (paidTotal(part) + input.amount > due) return err({ code: 'compensation.overpaid', field: 'amount' });
  const payment = { amount: input.amount, date: input.date, reference: input.reference.trim(), at: who.now, by: who.actor.id };
  const next = { ...part, payments: [...part.payments, payment] };
  return paidTotal(next) === due ? step(next, 'paid', who.actor, who.now) : ok(next);
}

/** The originating complaint's complainant was told the outcome (policy 3.7), then the case may close. */
export function informAndClose(part: CompensationPart, note: string, who: Who): Done {
  const problem = actorProblem(who.actor, who.concernsStaffIds, who.now) ?? textProblem(note, 'note', L.reason);
  if (problem) return err(problem);
  if (effectiveStatus(part) !== 'paid') return err({ code: 'compensation.not-paid' });
  return step({ ...part, informed: { at: who.now, by: who.actor.id, note: note.trim() } }, 'closed', who.actor, who.now);
}
