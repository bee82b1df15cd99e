import pg from 'pg';
import { quoteIdentifier, type Database, type Queryable, type Row } from './database';

/**
 * A real PostgreSQL through a `pg` pool. Several server processes may share the database: writes
 * serialise on advisory locks (document-store.ts) and changes fan out through LISTEN/NOTIFY on a
 * dedicated connection that reconnects by itself.
 */
export type PgOptions = { connectionString: string; schema: string; poolSize?: number };

const RECONNECT_MIN_MS = 250;
const RECONNECT_MAX_MS = 10_000;

export async function openPgDatabase(options: PgOptions): Promise<Database> {
  const connection = { connectionString: options.connectionString, options: `-c search_path=${quoteIdentifier(options.schema)}` };
  // A dedicated schema (tests, side-by-side installs) must exist before anything uses it.
  const setup = new pg.Client({ connectionString: options.connectionString });
  await setup.connect();
  try {
    await setup.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(options.schema)}`);
  } finally {
    await setup.end();
  }

  const pool = new pg.Pool({ ...connection, max: options.poolSize ?? 10 });
  // An idle client's error (server restart) must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  const listeners = new Set<pg.Client>();
  let closed = false;

  const wrap = (target: pg.Pool | pg.PoolClient): Queryable => ({
    async query<R extends Row = Row>(sql: string, params: readonly unknown[] = []) {
      const result = await target.query<R>(sql, [...params]);
      return result.rows;
    },
    async exec(sql: string) {
      await target.query(sql);
    },
  });
  const root = wrap(pool);

  async function listen(channel: string, onPayload: (payload: string) => void, onReconnect?: () => void) {
    let client: pg.Client | null = null;
    let stopped = false;
    let delay = RECONNECT_MIN_MS;
    let timer: NodeJS.Timeout | null = null;

    const reconnectSoon = () => {
      if (stopped || closed || timer) return;
      timer = setTimeout(() => {
        timer = null;
        connect(true).catch(() => {
          delay = Math.min(delay * 2, RECONNECT_MAX_MS);
          reconnectSoon();
        });
      }, delay);
    };

    const connect = async (isReconnect: boolean): Promise<void> => {
      const next = new pg.Client(connection);
      const lost = () => {
        listeners.delete(next);
        next.end().catch(() => {});
        if (client !== next) return;
        client = null;
        reconnectSoon();
      };
      next.on('error', lost);
      next.on('end', lost);
      next.on('notification', (message) => {
        if (message.channel === channel) onPayload(message.payload ?? '');
      });
      try {
        await next.connect();
        await next.query(`LISTEN ${quoteIdentifier(channel)}`);
      } catch (error) {
        await next.end().catch(() => {});
        throw error;
      }
      if (stopped || closed) {
        await next.end().catch(() => {});
        return;
      }
      client = next;
      listeners.add(next);
      delay = RECONNECT_MIN_MS;
      if (isReconnect) onReconnect?.();
    };

    await connect(false);
    return async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      const current = client;
      client = null;
      if (current) {
        listeners.delete(current);
        await current.end().catch(() => {});
      }
    };
  }

  return {
    kind: 'postgres',
    query: root.query,
    exec: root.exec,
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    listen,
    async close() {
      closed = true;
      await Promise.all([...listeners].map((client) => client.end().catch(() => {})));
      await pool.end();
    },
  };
}
