import { resolve } from 'node:path';

/**
 * Server settings, all from the environment so one build runs anywhere:
 *   PORT          HTTP port (default 8787; 0 picks a free one)
 *   HOST          interface to bind (default 127.0.0.1; set 0.0.0.0 behind a proxy)
 *   DATABASE_URL  PostgreSQL connection string; without it the server runs on embedded PGlite
 *   DATABASE_SCHEMA  PostgreSQL schema to keep the tables in (default public; tests use their own)
 *   DATA_DIR      folder for PGlite's files (default .wasl-data/server)
 *   DEV_TOKEN     the bearer token desks send until the accounts issue brings real sign-in
 */
export type ServerConfig = {
  port: number;
  host: string;
  databaseUrl: string | null;
  databaseSchema: string;
  dataDir: string;
  devToken: string;
  /** true when DEV_TOKEN was not set and the well-known development token is in use */
  devTokenIsDefault: boolean;
};

/** Only for a machine with no settings at all; main.ts warns loudly when it is in use. */
export const DEFAULT_DEV_TOKEN = 'wasl-dev-token';
export const DEFAULT_PORT = 8787;

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export function loadConfig(env: Record<string, string | undefined>, cwd: string): ServerConfig {
  const port = Number(env.PORT ?? DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be 0..65535, got '${env.PORT}'`);
  const databaseSchema = env.DATABASE_SCHEMA ?? 'public';
  if (!SCHEMA_NAME.test(databaseSchema)) throw new Error(`DATABASE_SCHEMA must match ${SCHEMA_NAME}, got '${databaseSchema}'`);
  const devToken = env.DEV_TOKEN ?? DEFAULT_DEV_TOKEN;
  if (devToken.length < 8) throw new Error('DEV_TOKEN must be at least 8 characters');
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL ? env.DATABASE_URL : null,
    databaseSchema,
    dataDir: resolve(cwd, env.DATA_DIR ?? '.wasl-data/server'),
    devToken,
    devTokenIsDefault: env.DEV_TOKEN === undefined,
  };
}
