import pg from 'pg';
import { describe, expect, it } from 'vitest';
import ConnectionParameters from 'pg/lib/connection-parameters';
import { openPgDatabase, serverConnection } from '../../server/db/pg-database';
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

describe('the server\'s PostgreSQL connection settings', () => {
  // Read as node-postgres reads a connection string (TLS, sockets, credentials), with the options joined.
  it.each([
    'postgres://wasl:p%40ss%2Fw@db.example:5433/wasl?ssl=no-verify&application_name=desk',
    'postgres://wasl@db.example/wasl?sslmode=require&options=-c%20statement_timeout%3D5000',
    'postgres://wasl@/wasl?host=/var/run/postgresql',
  ])('%s', (url) => {
    const { options, ...ours } = new ConnectionParameters(serverConnection(url, 't_x'));
    // node-postgres takes a connectionString here too; its types leave it out.
    const { options: fromUrl, ...pgs } = new ConnectionParameters({ connectionString: url } as ConstructorParameters<typeof ConnectionParameters>[0]);
    expect(ours).toEqual(pgs);
    expect(options).toBe(`${fromUrl ? `${fromUrl} ` : ''}-c search_path="t_x" -c jit=off`);
  });
});

describe.skipIf(!ON_POSTGRES)('the server\'s PostgreSQL sessions (needs DATABASE_URL)', () => {
  // CREATE SCHEMA IF NOT EXISTS is not safe against itself: a session that finds the schema missing
  // while another is creating it waits on pg_namespace's unique index, then fails when the other
  // commits. Server processes sharing one database start together (the fault matrix's two did, and
  // one of them died of it), so here another session is made to create it at that very moment.
  it('open on a schema another session is creating at that moment', async () => {
    const schema = newSchemaName();
    const other = new pg.Client({ connectionString: DATABASE_URL ?? undefined });
    await other.connect();
    let opening: ReturnType<typeof openPgDatabase> | undefined;
    try {
      await other.query('BEGIN');
      await other.query(`CREATE SCHEMA "${schema}"`);
      opening = openPgDatabase({ connectionString: DATABASE_URL!, schema, poolSize: 1 });
      opening.catch(() => {});
      const waiting = async () => {
        // Inside a transaction the activity view is a snapshot taken once, unless cleared.
        await other.query('SELECT pg_stat_clear_snapshot()');
        const { rows } = await other.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query = $1`, [`CREATE SCHEMA IF NOT EXISTS "${schema}"`]);
        return rows[0]?.n;
      };
      await expect.poll(waiting, { timeout: 10_000 }).toBe(1);
      await other.query('COMMIT');
      const db = await opening;
      expect(await db.query<{ schema: string }>('SELECT current_schema() AS schema')).toEqual([{ schema }]);
    } finally {
      await other.end();
      await opening?.then((db) => db.close(), () => {});
      await dropSchema(schema);
    }
  });

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

  it('keep the operator\'s own URL options beside the schema and the session settings', async () => {
    const url = new URL(DATABASE_URL!);
    url.searchParams.set('options', '-c statement_timeout=4321');
    const schema = newSchemaName();
    const db = await openPgDatabase({ connectionString: url.toString(), schema });
    try {
      const show = async (setting: string) => (await db.query<Record<string, string>>(`SHOW ${setting}`))[0]?.[setting];
      expect(await show('statement_timeout')).toBe('4321ms');
      expect(await show('search_path')).toBe(`"${schema}"`);
      expect(await show('jit')).toBe('off');
    } finally {
      await db.close();
      await dropSchema(schema);
    }
  });
});
