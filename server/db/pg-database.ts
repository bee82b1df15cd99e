import pg from 'pg';
import { parse as parseConnectionString } from 'pg-connection-string';
import { quoteIdentifier, type Database, type Queryable, type Row } from './database';

/**
 * A real PostgreSQL through a `pg` pool. Several server processes may share the database: writes
 * serialise on advisory locks (document-store.ts) and changes fan out through LISTEN/NOTIFY on a
 * dedicated connection that reconnects by itself.
 */
export type PgOptions = { connectionString: string; schema: string; poolSize?: number };

const RECONNECT_MIN_MS = 250;
const RECONNECT_MAX_MS = 10_000;

/** The open LISTEN connections of one database, ended with it. */
type Listeners = { readonly clients: Set<pg.Client>; closed(): boolean };

// PostgreSQL's error codes for "that name is taken": unique_violation, duplicate_schema.
const NAME_TAKEN = new Set(['23505', '42P06']);

/**
 * A dedicated schema (tests, side-by-side installs) must exist before anything uses it. CREATE
 * SCHEMA IF NOT EXISTS is not safe against itself: when another session (a second server process
 * starting at the same moment) is creating the schema, this one waits on pg_namespace's unique index
 * and then fails as the other commits. That failure means the schema now exists, which is all this asks.
 */
async function ensureSchema(connection: pg.ClientConfig, schema: string): Promise<void> {
  const setup = new pg.Client(connection);
  await setup.connect();
  try {
    await setup.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(schema)}`);
  } catch (error) {
    if (!NAME_TAKEN.has((error as { code?: string }).code ?? '')) throw error;
  } finally {
    await setup.end();
  }
}

function queryable(target: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<R extends Row = Row>(sql: string, params: readonly unknown[] = []) {
      const result = await target.query<R>(sql, [...params]);
      return result.rows;
    },
    async exec(sql: string) {
      await target.query(sql);
    },
  };
}

async function inTransaction<T>(pool: pg.Pool, work: (tx: Queryable) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(queryable(client));
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/** A connected client LISTENing on `channel`; `onLost` hears when it errs or ends. */
async function connectListener(connection: pg.ClientConfig, channel: string, onPayload: (payload: string) => void, onLost: (client: pg.Client) => void): Promise<pg.Client> {
  const client = new pg.Client(connection);
  client.on('error', () => onLost(client));
  client.on('end', () => onLost(client));
  client.on('notification', (message) => {
    if (message.channel === channel) onPayload(message.payload ?? '');
  });
  try {
    await client.connect();
    await client.query(`LISTEN ${quoteIdentifier(channel)}`);
  } catch (error) {
    await client.end().catch(() => {});
    throw error;
  }
  return client;
}

/** LISTEN on a connection of its own that comes back by itself (growing pause) until stopped. */
async function listen(connection: pg.ClientConfig, listeners: Listeners, channel: string, onPayload: (payload: string) => void, onReconnect?: () => void) {
  let client: pg.Client | null = null;
  let stopped = false;
  let delay = RECONNECT_MIN_MS;
  let timer: NodeJS.Timeout | null = null;

  const reconnectSoon = () => {
    if (stopped || listeners.closed() || timer) return;
    timer = setTimeout(() => {
      timer = null;
      connect(true).catch(() => {
        delay = Math.min(delay * 2, RECONNECT_MAX_MS);
        reconnectSoon();
      });
    }, delay);
  };
  const lost = (gone: pg.Client) => {
    listeners.clients.delete(gone);
    gone.end().catch(() => {});
    if (client !== gone) return;
    client = null;
    reconnectSoon();
  };
  const connect = async (isReconnect: boolean): Promise<void> => {
    const next = await connectListener(connection, channel, onPayload, lost);
    if (stopped || listeners.closed()) {
      await next.end().catch(() => {});
      return;
    }
    client = next;
    listeners.clients.add(next);
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
      listeners.clients.delete(current);
      await current.end().catch(() => {});
    }
  };
}

/**
 * The server's sessions run without JIT compilation. Its statements are short (a push, a pull
 * page), but at 1,000,000 documents the planner's estimate for a push's duplicate lookups passed
 * PostgreSQL's JIT thresholds, and every push paid ~370 ms of LLVM compilation for a statement that
 * runs in about a millisecond, holding its collection's lock meanwhile: at 200 desks pushes queued for
 * over a minute (bench sync, `sync.server.p99.200desks`). JIT pays off for long analytic queries,
 * which this server does not run.
 */
const SESSION_SETTINGS = '-c jit=off';

/**
 * The server's connections: the operator's URL read as node-postgres reads a `connectionString` (its
 * own parser, so ssl=no-verify, sslmode and socket hosts mean what they meant), its own options kept
 * (a statement_timeout, say) and the schema's search_path and the session settings after them. Given
 * as a connection string, the URL's `?options=` would replace the server's settings instead.
 */
export function serverConnection(connectionString: string, schema: string): pg.ClientConfig {
  const fromUrl = parseConnectionString(connectionString) as pg.ClientConfig;
  const ours = `-c search_path=${quoteIdentifier(schema)} ${SESSION_SETTINGS}`;
  return { ...fromUrl, options: fromUrl.options ? `${fromUrl.options} ${ours}` : ours };
}

export async function openPgDatabase(options: PgOptions): Promise<Database> {
  const connection = serverConnection(options.connectionString, options.schema);
  // The search_path may name a schema not created yet: PostgreSQL skips it until it exists.
  await ensureSchema(connection, options.schema);
  const pool = new pg.Pool({ ...connection, max: options.poolSize ?? 10 });
  // An idle client's error (server restart) must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  let closed = false;
  const listeners: Listeners = { clients: new Set(), closed: () => closed };
  const root = queryable(pool);
  return {
    kind: 'postgres',
    query: root.query,
    exec: root.exec,
    transaction<T>(work: (tx: Queryable) => Promise<T>) {
      return inTransaction(pool, work);
    },
    listen: (channel, onPayload, onReconnect) => listen(connection, listeners, channel, onPayload, onReconnect),
    async close() {
      closed = true;
      await Promise.all([...listeners.clients].map((client) => client.end().catch(() => {})));
      await pool.end();
    },
  };
}
