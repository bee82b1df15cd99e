/**
 * The investigation committee's minute (policy 3.4a: "a dated minute ... approved by its members"):
 * - its content (date, members present, harm, size, causes, decision, amount) is hashed;
 * - putting it to approval FREEZES the members required: the committee as the catalog lists it then;
 * - each member approves or objects (with a reason) from their own account, naming the hash they read;
 * - it is approved only when every required member approved that same hash; one objection blocks it
 *   and stays on record; a decision on another hash (a stale version) is refused;
 * - changing the content after anyone decided makes a NEW version: the old one and its decisions go to
 *   `pastMinutes`, the decisions are cleared and the required members are frozen again from the
 *   committee of the day (a member who has left drops off only then; until then the frozen list stands).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { isIsoDate } from '../calendar/iso-date';
import { canonicalJson } from '../declaration/canonical';
import { toHex, utf8 } from '../declaration/encoding';
import { COMPENSATION_LIMITS as L } from '../db/schemas/compensation-properties';
import type { CompensationPart } from '../db/schemas/case.schema';
import { err, ok, type Result } from '../result';
import { actorProblem, step, type CompensationActor, type CompensationError } from './compensation-status';

export type Minute = NonNullable<CompensationPart['minute']>;
export type MinuteDecision = CompensationPart['decisions'][string];
export type MinuteContent = Pick<Minute, 'date' | 'presentIds' | 'harm' | 'size' | 'causes' | 'decision' | 'amount'>;

/** Names the format inside the hashed bytes, so another layout can never collide with this one. */
export const MINUTE_FORMAT = 'wasl-compensation-minute/1';

/** The content hash: lower-case hex SHA-256 of the canonical form of the case, number, version and content. */
export function minuteHash(caseId: string, minuteNumber: string, version: number, content: MinuteContent): string {
  const canonical = canonicalJson({
    format: MINUTE_FORMAT, caseId, minuteNumber, version, date: content.date, presentIds: [...content.presentIds],
    harm: content.harm, size: content.size, causes: content.causes, decision: content.decision, amount: content.amount,
  });
  return toHex(sha256(utf8(canonical)));
}

export type ApprovalState = {
  state: 'approved' | 'rejected' | 'pending';
  approvedBy: string[];
  objectedBy: string[];
  /** required members who have not decided on this version */
  waitingFor: string[];
};

/** A decision counts only for the version and hash it names. */
const counts = (minute: Minute, decision: MinuteDecision | undefined): decision is MinuteDecision =>
  decision !== undefined && decision.version === minute.version && decision.hash === minute.hash;

export function approvalOf(minute: Minute, decisions: CompensationPart['decisions']): ApprovalState {
  const current = (id: string) => (counts(minute, decisions[id]) ? decisions[id] : undefined);
  const approvedBy = minute.requiredIds.filter((id) => current(id)?.decision === 'approve');
  const objectedBy = minute.requiredIds.filter((id) => current(id)?.decision === 'object');
  const waitingFor = minute.requiredIds.filter((id) => !current(id));
  const approved = minute.requiredIds.length > 0 && approvedBy.length === minute.requiredIds.length;
  return { state: objectedBy.length > 0 ? 'rejected' : approved ? 'approved' : 'pending', approvedBy, objectedBy, waitingFor };
}

type Facts = { caseId: string; concernsStaffIds: readonly string[]; committeeIds: readonly string[] };

function contentProblem(content: MinuteContent, committeeIds: readonly string[]): CompensationError | null {
  if (!isIsoDate(content.date)) return { code: 'compensation.date-invalid', field: 'date' };
  for (const field of ['harm', 'causes', 'decision'] as const) {
    if (content[field].trim() === '') return { code: 'compensation.text-required', field };
  }
  for (const field of ['harm', 'size', 'causes', 'decision'] as const) {
    if (content[field].length > L.text) return { code: 'compensation.text-too-long', field };
  }
  if (!Number.isSafeInteger(content.amount) || content.amount < 0 || content.amount > L.amount) return { code: 'compensation.amount-invalid', field: 'amount' };
  const unique = new Set(content.presentIds);
  if (unique.size === 0 || unique.size !== content.presentIds.length || content.presentIds.some((id) => !committeeIds.includes(id))) {
    return { code: 'compensation.present-invalid', field: 'presentIds' };
  }
  return null;
}

const trimmed = (content: MinuteContent): MinuteContent => ({
  ...content, harm: content.harm.trim(), size: content.size.trim(), causes: content.causes.trim(), decision: content.decision.trim(),
});

/**
 * Drafts the minute and puts it to approval (from 'under-investigation'), or revises it (while it is
 * before the committee). Freezes the required members from `facts.committeeIds`.
 */
export function putMinute(part: CompensationPart, input: MinuteContent, facts: Facts, actor: CompensationActor, now: string): Result<CompensationPart, CompensationError> {
  const problem = actorProblem(actor, facts.concernsStaffIds, now);
  if (problem) return err(problem);
  if (facts.committeeIds.length === 0) return err({ code: 'compensation.no-committee' });
  const content = trimmed(input);
  const bad = contentProblem(content, facts.committeeIds);
  if (bad) return err(bad);
  const frame = { requiredIds: [...facts.committeeIds], putAt: now, putBy: actor.id };
  const old = part.minute;
  if (!old) {
    const minute: Minute = { ...content, version: 1, hash: minuteHash(facts.caseId, part.minuteNumber, 1, content), ...frame };
    return step({ ...part, minute, decisions: {} }, 'minute-drafted', actor, now);
  }
  if (part.status !== 'minute-drafted') return err({ code: 'compensation.not-allowed' });
  const decided = Object.entries(part.decisions).filter(([, decision]) => counts(old, decision));
  const version = decided.length > 0 ? old.version + 1 : old.version;
  const minute: Minute = { ...content, version, hash: minuteHash(facts.caseId, part.minuteNumber, version, content), ...frame };
  if (decided.length === 0) return ok({ ...part, minute });
  const past = { minute: old, decisions: decided.map(([memberId, decision]) => ({ memberId, ...decision })) };
  return ok({ ...part, minute, decisions: {}, pastMinutes: [...part.pastMinutes, past].slice(-L.pastMinutes) });
}

export type DecisionInput = { decision: MinuteDecision['decision']; hash: string; reason: string };

/**
 * One member's decision, written under their own key only (the per-member map merges by key). Refused:
 * not a required member of this version; a hash other than the current one (the minute changed since
 * it was read: "stale version"); an objection without a reason; a second decision on the same version.
 */
export function decideMinute(part: CompensationPart, input: DecisionInput, facts: Pick<Facts, 'concernsStaffIds'>, actor: CompensationActor, now: string): Result<CompensationPart, CompensationError> {
  const problem = actorProblem(actor, facts.concernsStaffIds, now);
  if (problem) return err(problem);
  const minute = part.minute;
  if (!minute || part.status !== 'minute-drafted') return err({ code: 'compensation.not-allowed' });
  if (!minute.requiredIds.includes(actor.id)) return err({ code: 'compensation.not-required-member' });
  if (input.hash !== minute.hash) return err({ code: 'compensation.stale-version' });
  if (counts(minute, part.decisions[actor.id])) return err({ code: 'compensation.already-decided' });
  const reason = input.reason.trim();
  if (input.decision === 'object' && reason === '') return err({ code: 'compensation.objection-reason', field: 'reason' });
  if (reason.length > L.reason) return err({ code: 'compensation.text-too-long', field: 'reason' });
  const decision: MinuteDecision = { decision: input.decision, version: minute.version, hash: minute.hash, reason, at: now };
  return ok({ ...part, decisions: { ...part.decisions, [actor.id]: decision } });
}
