/**
 * PostgreSQL's own backup tools as the server README tells an admin to run them (pg_dump -Fc,
 * pg_restore), on the shared test cluster: each test dumps one schema and restores it into the
 * same database (an older backup put back) or into a new database of its own (the drill), dropped after.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

export type DumpFile = { path: string; remove(): Promise<void> };

/** `pg_dump -Fc` of one schema (a test's whole server), to a file in a private temporary folder. */
export async function dumpSchema(databaseUrl: string, schema: string): Promise<DumpFile> {
  const dir = await mkdtemp(join(tmpdir(), 'wasl-dump-'));
  const path = join(dir, 'wasl.dump');
  await run('pg_dump', ['-Fc', '--no-owner', '-n', schema, '-f', path, databaseUrl]);
  return { path, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** `pg_restore` of a dump into a database (its schema must not exist there yet). */
export async function restoreDump(databaseUrl: string, dump: DumpFile): Promise<void> {
  await run('pg_restore', ['--no-owner', '--exit-on-error', '-d', databaseUrl, dump.path]);
}

async function adminQuery(databaseUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export const dropSchemaIn = (databaseUrl: string, schema: string) => adminQuery(databaseUrl, `DROP SCHEMA IF EXISTS "${schema}" CASCADE`);

/** A new empty database on the same cluster; returns its URL and how to drop it. */
export async function createScratchDatabase(databaseUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `wasl_drill_${randomBytes(5).toString('hex')}`;
  await adminQuery(databaseUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => adminQuery(databaseUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}
