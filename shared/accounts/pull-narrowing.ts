/**
 * What a pull may leave unread: the role's view (pull-filters.ts) said in terms a range scan can use,
 * so a pull's cost follows what the desk may see rather than the whole collection. It only narrows
 * what the server reads: filterPulled stays the rule and is applied to whatever is read. It must
 * therefore keep every document filterPulled would pass, and it keeps no more than it (a page the
 * filter shortens ends the desk's catch-up early: RxDB stops at a page shorter than it asked for).
 */
import type { Actor } from './claims';
import { scopeOf } from './pull-filters';
import { seesOnlyOwnVisits } from './visit-sync-rules';

export type PullNarrowing =
  /** every document of the range (the filter may still cut some, e.g. cases and visits by their own rules) */
  | { kind: 'all' }
  /** none: the pull only moves the checkpoint to the end of the collection */
  | { kind: 'none' }
  | {
      kind: 'desk';
      /** documents whose deskId is this one (null: none by their desk) */
      deskId: string | null;
      /** and the files the open visits of this field worker go to (visit-sync-rules.ts) */
      visitsOf: string | null;
      /** and the policy acknowledgements (audit), which reach every desk (pull-filters.ts) */
      acks: boolean;
    };

export const READ_ALL: PullNarrowing = { kind: 'all' };

/** The narrowing of `collection` for this actor, matching pullView (pull-filters.ts) document for document. */
export function pullNarrowing(actor: Actor, collection: string): PullNarrowing {
  const scope = scopeOf(actor.roles, collection);
  if (scope === 'all') return READ_ALL;
  // A case a role without cases never held leaves no tombstone; an acknowledgement reaches everyone.
  if (scope === 'none') return collection === 'audit' ? { kind: 'desk', deskId: null, visitsOf: null, acks: true } : { kind: 'none' };
  const visitsOf = collection === 'beneficiaries' && seesOnlyOwnVisits(actor) ? actor.id : null;
  return { kind: 'desk', deskId: actor.deskId, visitsOf, acks: collection === 'audit' };
}
