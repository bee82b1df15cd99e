import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Database } from './database';

/**
 * Numbered SQL migrations (server/migrations/NNNN-name.sql), applied in order at start, all in
 * one transaction with a record in `schema_migrations`, so a failed migration leaves nothing
 * behind. An advisory lock keeps two server processes starting together from both applying them.
 */
export const MIGRATIONS_DIR = join(import.meta.dirname, '..', 'migrations');
const MIGRATION_FILE = /^(\d{4})-[a-z0-9-]+\.sql$/;
// Any constant: "the migrations lock" for every Wasl server on this database.
const MIGRATION_LOCK_KEY = 7_420_001;

export type Migration = { version: number; name: string; sql: string };

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const names = (await readdir(dir)).filter((name) => MIGRATION_FILE.test(name)).sort();
  const migrations: Migration[] = [];
  for (const name of names) {
    const version = Number(MIGRATION_FILE.exec(name)?.[1]);
    if (migrations.some((m) => m.version === version)) throw new Error(`Two migrations numbered ${version}`);
    migrations.push({ version, name, sql: await readFile(join(dir, name), 'utf8') });
  }
  return migrations;
}

/** Applies the pending migrations; returns the names applied (empty when up to date). */
export async function migrate(db: Database, migrations?: Migration[]): Promise<string[]> {
  const all = migrations ?? (await readMigrations());
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const done = new Set((await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).map((row) => Number(row.version)));
    const applied: string[] = [];
    for (const migration of all) {
      if (done.has(migration.version)) continue;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      applied.push(migration.name);
    }
    return applied;
  });
}
