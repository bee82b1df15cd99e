/**
 * Opening a compensation case (policy 3.4) from a complaint or dispute, linked both ways: the new case's
 * `compensation.originCaseId` names the complaint, the complaint's `compensationCaseId` names the new
 * case. Both documents are returned for one write each; a refusal returns neither (nothing half-saved).
 * The new case takes the complaint's beneficiary, reply channel and conflict-of-interest list, has no
 * working-day clock, and its case `status` is 'in-progress' until the compensation closes.
 */
import type { CaseDoc, CompensationPart } from '../db/schemas/case.schema';
import { CASE_LIMITS } from '../db/schemas/case.schema';
import { COMPENSATION_LIMITS as L } from '../db/schemas/compensation-properties';
import type { FileRef } from '../files/file-ref';
import { err, ok, type Result } from '../result';
import { actorProblem, step, type CompensationActor, type CompensationError } from './compensation-status';

export const ORIGIN_KINDS: readonly CaseDoc['kind'][] = ['complaint', 'dispute'];

export type OpenInput = { harm: string; claimedAmount: number; causes: string; evidence: FileRef[] };
export type OpenFacts = { id: string; caseNumber: string; now: string; actor: CompensationActor; deskId: string };

export function emptyCompensation(originCaseId: string): CompensationPart {
  return {
    originCaseId, status: 'opened', history: [], claimedAmount: 0, causes: '', minuteNumber: '', minute: null, decisions: {},
    pastMinutes: [], ruling: null, negotiation: [], settlement: null, payments: [], informed: null,
  };
}

function inputProblem(input: OpenInput): CompensationError | null {
  if (input.harm.trim() === '') return { code: 'compensation.text-required', field: 'harm' };
  if (input.harm.length > CASE_LIMITS.description) return { code: 'compensation.text-too-long', field: 'harm' };
  if (input.causes.length > L.text) return { code: 'compensation.text-too-long', field: 'causes' };
  if (!Number.isSafeInteger(input.claimedAmount) || input.claimedAmount < 0 || input.claimedAmount > L.amount) {
    return { code: 'compensation.amount-invalid', field: 'claimedAmount' };
  }
  if (input.evidence.length > CASE_LIMITS.attachments) return { code: 'compensation.text-too-long', field: 'evidence' };
  return null;
}

export function openCompensation(origin: CaseDoc, input: OpenInput, facts: OpenFacts): Result<{ compensation: CaseDoc; origin: CaseDoc }, CompensationError> {
  const problem = actorProblem(facts.actor, origin.concernsStaffIds, facts.now) ?? inputProblem(input);
  if (problem) return err(problem);
  if (!ORIGIN_KINDS.includes(origin.kind) || (origin.compensationCaseId ?? '') !== '') return err({ code: 'compensation.origin-invalid' });
  const part: CompensationPart = { ...emptyCompensation(origin.id), claimedAmount: input.claimedAmount, causes: input.causes.trim() };
  const base = {
    id: facts.id, caseNumber: facts.caseNumber, kind: 'compensation' as const, category: origin.category, description: input.harm.trim(),
    beneficiaryId: origin.beneficiaryId, complainant: origin.complainant, proposedLink: { nationalId: '', mobile: '' }, linkReview: 'none' as const,
    channel: origin.channel, subChannel: origin.subChannel, replyChannel: origin.replyChannel, replySubChannel: origin.replySubChannel,
    priority: origin.priority, domain: origin.domain, unitId: '', officerId: '', concernsStaffIds: [...origin.concernsStaffIds], sensitive: true,
    status: 'in-progress' as const, escalated: false, history: [], startedAt: facts.now, pauses: [], acknowledgeDueDate: null,
    acknowledgedAt: facts.now, dueDate: null, attachments: input.evidence, interactionIds: [], resolution: null, appealOf: '',
    checkCodeHash: '', source: 'desk' as const, createdAt: facts.now, createdBy: facts.actor.id,
    updatedAt: facts.now, updatedBy: facts.actor.id, deskId: facts.deskId,
  };
  const compensation: CaseDoc = { ...base, compensation: part };
  const linked: CaseDoc = { ...origin, compensationCaseId: facts.id, updatedAt: facts.now, updatedBy: facts.actor.id, deskId: facts.deskId };
  return ok({ compensation, origin: linked });
}

/** A move with no data of its own (to investigation, negotiation, referral), by a committee member or manager. */
export function moveCompensation(doc: Pick<CaseDoc, 'concernsStaffIds' | 'compensation'>, to: CompensationPart['status'], actor: CompensationActor, now: string, reason = ''): Result<CompensationPart, CompensationError> {
  if (!doc.compensation) return err({ code: 'compensation.not-allowed' });
  const problem = actorProblem(actor, doc.concernsStaffIds, now);
  if (problem) return err(problem);
  if (reason.length > L.reason) return err({ code: 'compensation.text-too-long', field: 'reason' });
  return step(doc.compensation, to, actor, now, reason);
}

/** The case's own status follows: closed when the compensation closes. */
export const caseStatusOf = (part: CompensationPart): CaseDoc['status'] => (part.status === 'closed' ? 'closed' : 'in-progress');
