import type { PullNarrowing } from '@shared/accounts/pull-narrowing';
import type { Queryable } from '../db/database';
import { countNarrowed } from './narrowed-pull';

/**
 * How many documents of a collection lie after a checkpoint: what a desk's first pull of a
 * session still has to come (the sync screen's "n of total", time left). For an actor who sees
 * all of it, one index-only count on (collection, seq); for one whose view is narrowed (a field
 * worker: its own desk's files), the count of that view (narrowed-pull.ts), so its progress is
 * not "10,000 of 1,000,000". The policy's filter may still cut a few: an upper bound.
 */
export async function countRemaining(db: Queryable, collection: string, afterSeq: number, narrowing: PullNarrowing): Promise<number> {
  if (narrowing.kind !== 'all') return countNarrowed(db, collection, afterSeq, narrowing);
  const rows = await db.query<{ n: string }>('SELECT count(*)::text AS n FROM documents WHERE collection = $1 AND seq > $2', [collection, afterSeq]);
  return Number(rows[0]?.n ?? 0);
}
