import type { Hono } from 'hono';
import type { Database } from '../db/database';
import type { ChangeFeed } from '../sync/change-feed';
import { listPossibleDuplicates } from '../sync/duplicates';

/** Health (for load balancers, no auth), metrics and the possible-duplicates list (auth). */
export function registerOpsRoutes(app: Hono, db: Database, feed: ChangeFeed): void {
  app.get('/metrics', async (c) => {
    const perCollection = await db.query<{ collection: string; live: string; deleted: string }>(
      `SELECT collection, count(*) FILTER (WHERE NOT deleted)::text AS live, count(*) FILTER (WHERE deleted)::text AS deleted
       FROM documents GROUP BY collection ORDER BY collection`,
    );
    const sequence = await db.query<{ seq: string | null }>('SELECT max(seq)::text AS seq FROM documents');
    const files = await db.query<{ count: string; bytes: string | null }>('SELECT count(*)::text AS count, sum(size)::text AS bytes FROM files');
    return c.json({
      documents: Object.fromEntries(perCollection.map((row) => [row.collection, { live: Number(row.live), deleted: Number(row.deleted) }])),
      lastSequence: Number(sequence[0]?.seq ?? 0),
      openStreams: feed.openStreams(),
      files: { count: Number(files[0]?.count ?? 0), bytes: Number(files[0]?.bytes ?? 0) },
      database: db.kind,
    });
  });

  app.get('/duplicates', async (c) => c.json({ duplicates: await listPossibleDuplicates(db) }));
}

export function registerHealthRoute(app: Hono, db: Database): void {
  app.get('/health', async (c) => {
    try {
      await db.query('SELECT 1');
      return c.json({ status: 'ok', database: db.kind });
    } catch {
      return c.json({ status: 'unavailable', database: db.kind }, 503);
    }
  });
}
