/**
 * The server's check of a pushed compensation case (called by shared/accounts/case-sync-rules.ts once the
 * actor may see it): its history only grows, each new entry is an edge of the machine made by someone who
 * works compensation and whom the case does not concern, the status is where the history ends; each
 * member's decision is written by that member alone (the pusher, or a colleague signed in on the desk),
 * and decisions are cleared only by a new version; the old versions only grow. The rest (content, hashes,
 * amounts) is the desk's business, as the cases' data conditions are.
 */
import type { Actor } from '../accounts/claims';
import type { PushRefusal } from '../accounts/push-policy';
import { jsonEqual } from '../sync/deep-equal';
import { COMPENSATION_STATUSES, type CompensationStatus } from '../db/schemas/compensation-properties';
import { COMPENSATION_ROLES, compensationEdge } from './compensation-status';

type Doc = Record<string, unknown>;
type Entry = { from?: unknown; to?: unknown; by?: unknown };

const refuse = (code: PushRefusal['code'], message: string): PushRefusal => ({ code, message });
const asObject = (value: unknown): Doc => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Doc) : {});
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const isStatus = (value: unknown): value is CompensationStatus => typeof value === 'string' && (COMPENSATION_STATUSES as readonly string[]).includes(value);
const grewFrom = (before: unknown[], after: unknown[]) => after.length >= before.length && before.every((item, i) => jsonEqual(item, after[i]));

function historyProblem(before: Doc, after: Doc, concerned: readonly string[], movers: (id: string) => Actor | null): PushRefusal | null {
  const old = asArray(before.history) as Entry[];
  const now = asArray(after.history) as Entry[];
  if (!grewFrom(old, now)) return refuse('push.history-rewritten', 'A compensation history only grows');
  let status: unknown = old.length > 0 ? old[old.length - 1]?.to : 'opened';
  for (const [i, entry] of now.slice(old.length).entries()) {
    if (!isStatus(entry.from) || !isStatus(entry.to) || !compensationEdge(entry.from, entry.to)) return refuse('push.bad-transition', 'Not a move of the compensation machine');
    // The first new entry may start from a status the minute's decisions reached (approved/rejected).
    if (i > 0 && entry.from !== status) return refuse('push.bad-transition', 'History entries must chain');
    const mover = typeof entry.by === 'string' ? movers(entry.by) : null;
    if (!mover) return refuse('push.transition-actor', 'A move is pushed only by the one who made it, or from the desk they signed in on');
    if (concerned.includes(mover.id) || !mover.roles.some((role) => COMPENSATION_ROLES.includes(role))) {
      return refuse('push.transition-role', 'Your roles may not move this compensation case');
    }
    status = entry.to;
  }
  const end = now.length > 0 ? now[now.length - 1]?.to : 'opened';
  return after.status === end ? null : refuse('push.bad-transition', 'The status must be where the history ends');
}

function decisionsProblem(before: Doc, after: Doc, movers: (id: string) => Actor | null): PushRefusal | null {
  const old = asObject(before.decisions);
  const now = asObject(after.decisions);
  const newVersion = Number(asObject(after.minute).version ?? 0) > Number(asObject(before.minute).version ?? 0);
  for (const key of new Set([...Object.keys(old), ...Object.keys(now)])) {
    if (jsonEqual(old[key], now[key])) continue;
    if (now[key] === undefined && newVersion) continue;
    // Only the member decides for themselves, from their own account.
    if (!movers(key)) return refuse('push.not-own-author', 'A member decides on a minute only from their own account');
  }
  return grewFrom(asArray(before.pastMinutes), asArray(after.pastMinutes)) ? null : refuse('push.history-rewritten', 'Past minutes only grow');
}

export function checkCompensationPush(from: Doc | null, next: Doc, movers: (id: string) => Actor | null): PushRefusal | null {
  const after = asObject(next.compensation);
  if (next.compensation === null || next.compensation === undefined) return refuse('push.bad-transition', 'A compensation case carries its compensation record');
  const before = from ? asObject(from.compensation) : {};
  if (from && before.originCaseId !== after.originCaseId) return refuse('push.forbidden', 'A compensation case keeps its originating case');
  if (asArray(next.history).length > 0) return refuse('push.bad-transition', 'A compensation case moves by its own machine');
  const concerned = asArray(next.concernsStaffIds).filter((id): id is string => typeof id === 'string');
  const problem = historyProblem(before, after, concerned, movers) ?? decisionsProblem(before, after, movers);
  if (problem) return problem;
  const caseStatus = after.status === 'closed' ? 'closed' : 'in-progress';
  return next.status === caseStatus ? null : refuse('push.bad-transition', 'A compensation case is in progress until it closes');
}
