/**
 * Who a pushed document says wrote it (updatedBy) and created it (createdBy) must be someone who
 * could have: the pushing account, or a colleague who signed in on the same desk (a shared
 * reception PC pushes everyone's offline changes under whoever is signed in now). A name the desk
 * merely kept is no claim: the value already stored in the state the write starts from (a merge
 * that keeps the other side's author, a file created elsewhere). Policy 6b: no desk can put a
 * change under another account's name.
 */
import type { Actor } from './claims';

type Doc = Record<string, unknown>;

/** Authors the sync machinery writes for itself, per collection (no person did it). */
const MACHINE_AUTHORS: Readonly<Record<string, readonly string[]>> = {
  // Conflict records are opened by the conflict handler (renderer/src/sync/conflict-records.ts).
  conflicts: ['sync'],
};

export type AuthorshipRefusal = { code: 'push.not-own-author'; message: string };

/**
 * @param mayAuthor true for the pusher and for colleagues who signed in on the pusher's desk
 * @param from the state the write starts from (null for a new document)
 */
export function checkAuthorship(pusher: Actor, collection: string, from: Doc | null, next: Doc, mayAuthor: (accountId: string) => boolean): AuthorshipRefusal | null {
  for (const field of ['updatedBy', 'createdBy'] as const) {
    const author = next[field];
    if (author === undefined || author === '' || author === pusher.id) continue;
    if (typeof author === 'string' && (mayAuthor(author) || author === from?.[field])) continue;
    if (field === 'updatedBy' && typeof author === 'string' && MACHINE_AUTHORS[collection]?.includes(author)) continue;
    // A staff record's own holder: the sign-in bookkeeping (failed attempts) is theirs.
    if (collection === 'staff' && author === next.id) continue;
    return { code: 'push.not-own-author', message: `${field} names an account that did not sign in on this desk` };
  }
  return null;
}
