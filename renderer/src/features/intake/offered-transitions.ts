import type { RequestDoc } from '@shared/db/schemas/request.schema';
import type { RequestStatus } from '@shared/intake/request-status';
import { nextStatuses } from '@shared/intake/transition-rules';
import { transition, type Actor } from '@shared/intake/transition';

/**
 * The moves the status machine would let this actor make now, found by asking the machine itself with
 * the facts the forms will supply (a reason, a channel, a signature): the screen never re-implements a
 * rule, it only hides what would be refused for the actor's role, unit or the request's state. The
 * real move is still checked again when it is made.
 */
export function offeredTransitions(request: RequestDoc, actor: Actor, nowIso: string): RequestStatus[] {
  return nextStatuses(request.status).filter((to) => {
    const outcome = transition(
      request,
      { to, actor, at: nowIso, reason: 'offered?', channel: 'offered/offered', unitId: request.unitId || undefined, signed: true },
      { holidays: [], requestType: request.requestType, checklist: request.checklist },
    );
    return outcome.ok || outcome.error.code === 'transition.incomplete';
  });
}
