import type { Queryable } from '../db/database';

/**
 * How many documents of a collection lie after a checkpoint: what a desk's first pull of a
 * session still has to come (the sync screen's "n of total", time left). One index-only count on
 * (collection, seq). It counts every document of the collection, not the actor's view: for an
 * actor who sees less it is an upper bound, and the desk's count of what arrived may end below it.
 */
export async function countRemaining(db: Queryable, collection: string, afterSeq: number): Promise<number> {
  const rows = await db.query<{ n: string }>('SELECT count(*)::text AS n FROM documents WHERE collection = $1 AND seq > $2', [collection, afterSeq]);
  return Number(rows[0]?.n ?? 0);
}
