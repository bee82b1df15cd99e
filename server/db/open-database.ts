import { join } from 'node:path';
import type { ServerConfig } from '../config';
import type { Database } from './database';
import { openPgDatabase } from './pg-database';
import { openPgliteDatabase } from './pglite-database';

/** PostgreSQL when DATABASE_URL is set, else PGlite in DATA_DIR (or in memory when dataDir is null). */
export async function openDatabase(config: Pick<ServerConfig, 'databaseUrl' | 'databaseSchema'> & { dataDir: string | null }): Promise<Database> {
  if (config.databaseUrl) return openPgDatabase({ connectionString: config.databaseUrl, schema: config.databaseSchema });
  return openPgliteDatabase(config.dataDir ? join(config.dataDir, 'pglite') : null);
}
