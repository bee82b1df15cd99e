/**
 * The compensation machine (policy 3.4) as a table, and the one step that appends to its history.
 *
 *   opened → under-investigation → minute-drafted → minute-approved | minute-rejected
 *   minute-approved → negotiating → settled → paid → closed
 *   minute-approved | negotiating → referred-to-ruling → ruled → (negotiating | paid) → closed
 *
 * 'minute-approved' and 'minute-rejected' are never written by anyone: they are what a drafted minute IS
 * once every required member approved its content (or one objected), read off the per-member decisions
 * (minute-approval.ts). Two members approving on two desks at the same time each write only their own
 * decision; neither writes a status, so nothing conflicts, and every desk reads the same answer.
 */
import type { CompensationStatus } from '../db/schemas/compensation-properties';
import type { CompensationPart } from '../db/schemas/case.schema';
import { err, ok, type Result } from '../result';
import type { Role } from '../staff/roles';
import { approvalOf } from './minute-approval';

/** Who works a compensation case: the committee and management (and admin). Nobody else even sees it. */
export const COMPENSATION_ROLES: readonly Role[] = ['committee-member', 'manager', 'admin'];

export type CompensationActor = { id: string; roles: readonly Role[] };

export type CompensationErrorCode =
  | 'compensation.at-invalid'
  | 'compensation.role'
  | 'compensation.conflict-of-interest'
  | 'compensation.not-allowed'
  | 'compensation.reason-required'
  | 'compensation.minute-required'
  | 'compensation.ruling-required'
  | 'compensation.settlement-required'
  | 'compensation.not-paid'
  | 'compensation.origin-not-informed'
  | 'compensation.no-committee'
  | 'compensation.not-required-member'
  | 'compensation.stale-version'
  | 'compensation.already-decided'
  | 'compensation.objection-reason'
  | 'compensation.date-invalid'
  | 'compensation.text-required'
  | 'compensation.text-too-long'
  | 'compensation.amount-invalid'
  | 'compensation.present-invalid'
  | 'compensation.instalments-sum'
  | 'compensation.instalments-invalid'
  | 'compensation.acceptance-required'
  | 'compensation.overpaid'
  | 'compensation.origin-invalid';

export type CompensationError = { code: CompensationErrorCode; field?: string };

type Edge = { from: readonly CompensationStatus[]; to: CompensationStatus; needs: 'none' | 'reason' | 'minute' | 'ruling' | 'settlement' | 'paid' | 'informed' };

export const COMPENSATION_EDGES: readonly Edge[] = [
  { from: ['opened'], to: 'under-investigation', needs: 'none' },
  { from: ['under-investigation'], to: 'minute-drafted', needs: 'minute' },
  // An objection sends the committee back to investigate (or it revises the minute: a new version).
  { from: ['minute-rejected'], to: 'under-investigation', needs: 'reason' },
  { from: ['minute-approved', 'ruled'], to: 'negotiating', needs: 'none' },
  // 3.4(b): a court ruling or the dispute authority's final decision where needed.
  { from: ['minute-approved', 'negotiating'], to: 'referred-to-ruling', needs: 'reason' },
  { from: ['referred-to-ruling'], to: 'ruled', needs: 'ruling' },
  { from: ['negotiating', 'ruled'], to: 'settled', needs: 'settlement' },
  { from: ['settled', 'ruled'], to: 'paid', needs: 'paid' },
  { from: ['paid'], to: 'closed', needs: 'informed' },
];

export function compensationEdge(from: CompensationStatus, to: CompensationStatus): Edge | undefined {
  return COMPENSATION_EDGES.find((edge) => edge.to === to && edge.from.includes(from));
}

/** The status as every desk reads it: a drafted minute is approved or rejected by its decisions. */
export function effectiveStatus(part: Pick<CompensationPart, 'status' | 'minute' | 'decisions'>): CompensationStatus {
  if (part.status !== 'minute-drafted' || !part.minute) return part.status;
  const approval = approvalOf(part.minute, part.decisions);
  if (approval.state === 'approved') return 'minute-approved';
  if (approval.state === 'rejected') return 'minute-rejected';
  return 'minute-drafted';
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
export const isInstant = (text: string): boolean => ISO_INSTANT.test(text) && Number.isFinite(Date.parse(text));

/** The actor may work compensation cases at all, and this one is not about them (conflict of interest). */
export function actorProblem(actor: CompensationActor, concernsStaffIds: readonly string[], now: string): CompensationError | null {
  if (!isInstant(now)) return { code: 'compensation.at-invalid' };
  if (actor.id === '' || !actor.roles.some((role) => COMPENSATION_ROLES.includes(role))) return { code: 'compensation.role' };
  if (concernsStaffIds.includes(actor.id)) return { code: 'compensation.conflict-of-interest' };
  return null;
}

/**
 * One move from the effective status to `to`, its condition checked against `part` as it will be
 * written (the caller sets the ruling, settlement, payments or informed record first). The history
 * gets one entry; `status` is where it ends.
 */
export function step(part: CompensationPart, to: CompensationStatus, actor: CompensationActor, now: string, reason = ''): Result<CompensationPart, CompensationError> {
  const from = effectiveStatus(part);
  const edge = compensationEdge(from, to);
  if (!edge) return err({ code: 'compensation.not-allowed' });
  const problem = conditionProblem(edge.needs, part, reason);
  if (problem) return err({ code: problem });
  const entry = { from, to, by: actor.id, at: now, reason: reason.trim() };
  return ok({ ...part, status: to, history: [...part.history, entry] });
}

function conditionProblem(needs: Edge['needs'], part: CompensationPart, reason: string): CompensationErrorCode | null {
  switch (needs) {
    case 'reason': return reason.trim() === '' ? 'compensation.reason-required' : null;
    case 'minute': return part.minute ? null : 'compensation.minute-required';
    case 'ruling': return part.ruling ? null : 'compensation.ruling-required';
    case 'settlement': return part.settlement ? null : 'compensation.settlement-required';
    case 'paid': return isPaidInFull(part) ? null : 'compensation.not-paid';
    case 'informed': return part.informed ? null : 'compensation.origin-not-informed';
    default: return null;
  }
}

/** What is owed: a settlement's amount, else a ruling's (it overrides the committee's), else the minute's. */
export function amountDue(part: Pick<CompensationPart, 'settlement' | 'ruling' | 'minute'>): number {
  if (part.settlement) return part.settlement.amount;
  return awardedAmount(part);
}

/** The amount decided: a ruling overrides the committee's minute (policy 3.4b). */
export function awardedAmount(part: Pick<CompensationPart, 'ruling' | 'minute'>): number {
  return part.ruling ? part.ruling.amount : (part.minute?.amount ?? 0);
}

export const paidTotal = (part: Pick<CompensationPart, 'payments'>): number => part.payments.reduce((sum, p) => sum + p.amount, 0);

export function isPaidInFull(part: Pick<CompensationPart, 'settlement' | 'ruling' | 'minute' | 'payments'>): boolean {
  const due = amountDue(part);
  return due > 0 && paidTotal(part) >= due;
}

/** The next statuses a person may pick from the effective one (conditions still apply). */
export function nextCompensationStatuses(part: Pick<CompensationPart, 'status' | 'minute' | 'decisions'>): CompensationStatus[] {
  const from = effectiveStatus(part);
  return COMPENSATION_EDGES.filter((edge) => edge.from.includes(from)).map((edge) => edge.to);
}
