import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config';
import { migrate, readMigrations } from '../../server/db/migrate';
import { openDatabase } from '../../server/db/open-database';
import { DATABASE_URL, dropSchema, newSchemaName, startTestServer } from './sync-support/harness';

const schemas: string[] = [];
afterAll(async () => {
  for (const schema of schemas) await dropSchema(schema);
});

describe('migrations', () => {
  it('are numbered, run once, and running them again changes nothing', async () => {
    const migrations = await readMigrations();
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, index) => index + 1));
    const schema = newSchemaName();
    schemas.push(schema);
    const db = await openDatabase({ databaseUrl: DATABASE_URL, databaseSchema: schema, dataDir: null });
    try {
      expect(await migrate(db)).toEqual(migrations.map((m) => m.name));
      expect(await migrate(db)).toEqual([]);
      const rows = await db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
      expect(rows.map((row) => Number(row.version))).toEqual(migrations.map((m) => m.version));
    } finally {
      await db.close();
    }
  });

  it('roll back entirely when one fails', async () => {
    const schema = newSchemaName();
    schemas.push(schema);
    const db = await openDatabase({ databaseUrl: DATABASE_URL, databaseSchema: schema, dataDir: null });
    try {
      const broken = [
        { version: 1, name: '0001-ok.sql', sql: 'CREATE TABLE kept_if_ok (x int);' },
        { version: 2, name: '0002-broken.sql', sql: 'CREATE TABLE nope (;' },
      ];
      await expect(migrate(db, broken)).rejects.toThrow();
      const tables = await db.query("SELECT 1 FROM information_schema.tables WHERE table_name IN ('kept_if_ok', 'schema_migrations') AND table_schema = current_schema()");
      expect(tables).toEqual([]);
    } finally {
      await db.close();
    }
  });

  it('a restarted server finds its tables and data in place', async () => {
    const first = await startTestServer();
    schemas.push(first.schema);
    if (!DATABASE_URL) {
      // PGlite in memory does not outlive close(); the restart is proven on PostgreSQL.
      await first.close();
      return;
    }
    await first.fetch('/health');
    const before = await (await first.fetch('/metrics')).json();
    await first.close();
    const second = await startTestServer({ databaseSchema: first.schema });
    expect(await (await second.fetch('/metrics')).json()).toEqual(before);
    await second.close();
  });
});

describe('configuration', () => {
  it('runs with zero settings on PGlite in .wasl-data/server', () => {
    const config = loadConfig({}, '/srv/wasl');
    expect(config).toMatchObject({ port: 8787, databaseUrl: null, dataDir: '/srv/wasl/.wasl-data/server', devTokenIsDefault: true });
  });

  it('takes PORT, DATABASE_URL, DATA_DIR and DEV_TOKEN from the environment and refuses bad ones', () => {
    const config = loadConfig({ PORT: '9000', DATABASE_URL: 'postgres://x', DATA_DIR: '/data', DEV_TOKEN: 'a-long-token' }, '/srv');
    expect(config).toMatchObject({ port: 9000, databaseUrl: 'postgres://x', dataDir: '/data', devToken: 'a-long-token', devTokenIsDefault: false });
    expect(() => loadConfig({ PORT: 'eighty' }, '/')).toThrow(/PORT/);
    expect(() => loadConfig({ DEV_TOKEN: 'short' }, '/')).toThrow(/DEV_TOKEN/);
    expect(() => loadConfig({ DATABASE_SCHEMA: 'drop table;' }, '/')).toThrow(/DATABASE_SCHEMA/);
  });
});

describe('health and metrics', () => {
  it('reports documents per collection, the last sequence and open streams', async () => {
    const server = await startTestServer();
    schemas.push(server.schema);
    try {
      expect(await (await fetch(`${server.url}/health`)).json()).toEqual({ status: 'ok', database: DATABASE_URL ? 'postgres' : 'pglite' });
      const metrics = await (await server.fetch('/metrics')).json();
      expect(metrics).toMatchObject({ documents: {}, lastSequence: 0, openStreams: 0, files: { count: 0, bytes: 0 } });
    } finally {
      await server.close();
    }
  });
});
