import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openPgDatabase } from '../../server/db/pg-database';
import { DATABASE_URL, dropSchema, newSchemaName, ON_POSTGRES } from './sync-support/harness';

/**
 * The server's PostgreSQL sessions never JIT-compile a statement: at 1,000,000 documents a push's
 * estimated cost passed PostgreSQL's JIT thresholds and each push paid ~370 ms of compilation under
 * its collection's lock (bench sync, 200 desks). Here every statement is made to qualify
 * (jit_above_cost = 0): a plain session compiles it, the server's does not.
 */
type Plan = { JIT?: { Functions: number } };

async function planOf(query: (text: string) => Promise<{ 'QUERY PLAN': Plan[] }[]>): Promise<Plan> {
  await query('SET jit_above_cost = 0');
  const rows = await query(`EXPLAIN (ANALYZE, FORMAT JSON) SELECT sum(g * 2) FROM generate_series(1, 1000) AS g`);
  return rows[0]!['QUERY PLAN'][0]!;
}

describe.skipIf(!ON_POSTGRES)('the server\'s PostgreSQL sessions (needs DATABASE_URL)', () => {
  it('run without JIT compilation, where a plain session would compile', async (context) => {
    const plain = new pg.Client({ connectionString: DATABASE_URL ?? undefined });
    await plain.connect();
    try {
      const available = (await plain.query<{ available: boolean }>('SELECT pg_jit_available() AS available')).rows[0]?.available;
      // Without PostgreSQL's LLVM module nothing is ever compiled: there is nothing to tell apart.
      if (!available) context.skip();
      expect((await planOf(async (text) => (await plain.query(text)).rows)).JIT?.Functions).toBeGreaterThan(0);
    } finally {
      await plain.end();
    }

    const schema = newSchemaName();
    const db = await openPgDatabase({ connectionString: DATABASE_URL!, schema });
    try {
      // One transaction: the SET and the EXPLAIN on the same pooled connection.
      const { plan, searchPath } = await db.transaction(async (tx) => ({
        plan: await planOf((text) => tx.query(text)),
        searchPath: (await tx.query<{ search_path: string }>('SHOW search_path'))[0]?.search_path,
      }));
      expect(plan.JIT).toBeUndefined();
      // The setting goes with the schema's, not instead of it.
      expect(searchPath).toBe(`"${schema}"`);
    } finally {
      await db.close();
      await dropSchema(schema);
    }
  });
});
