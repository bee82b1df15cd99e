/**
 * A pushed data request (a case of kind 'data-request', PDPL). It does not walk the cases' status
 * machine: its part (shared/data-requests/data-request.ts) moves, and the case is 'in-progress' while
 * the part is open, 'closed' once answered or refused (data-request-case.ts withDataRequest), with no
 * history entries. Without this the cases' history rule ("the status is where the history ends", from
 * 'received') refused every data request a desk opened. The server checks the shape it can: the kind
 * never changes either way, the case status follows the part, and an answer carries its identity check
 * (the regulation: the requester's identity is verified before any answer).
 */
import type { PushRefusal } from './push-policy';

type Doc = Record<string, unknown>;

export const isDataRequestKind = (kind: unknown): boolean => kind === 'data-request';

const refuse = (message: string): PushRefusal => ({ code: 'push.bad-transition', message });

export function checkDataRequestPush(from: Doc | null, next: Doc): PushRefusal | null {
  if ((from && !isDataRequestKind(from.kind)) || !isDataRequestKind(next.kind)) return refuse('A data request stays a data request');
  const part = next.dataRequest as { status?: unknown; identity?: unknown } | null | undefined;
  if (!part || typeof part !== 'object') return refuse('A data request carries its request');
  if (Array.isArray(next.history) && next.history.length > 0) return refuse('A data request has no case history');
  const done = part.status === 'answered' || part.status === 'refused';
  if (next.status !== (done ? 'closed' : 'in-progress')) return refuse('The case status follows the data request');
  if (part.status === 'answered' && !part.identity) return refuse('A data request is answered only after the identity check');
  return null;
}
