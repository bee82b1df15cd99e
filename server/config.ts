import { resolve } from 'node:path';
import { loadOutboxConfig, type OutboxSettings } from './outbox/outbox-config';

/**
 * Server settings, all from the environment so one build runs anywhere:
 *   PORT          HTTP port (default 8787; 0 picks a free one)
 *   HOST          interface to bind (default 127.0.0.1; set 0.0.0.0 behind a proxy)
 *   DATABASE_URL  PostgreSQL connection string; without it the server runs on embedded PGlite
 *   DATABASE_SCHEMA  PostgreSQL schema to keep the tables in (default public; tests use their own)
 *   DATA_DIR      folder for PGlite's files (default .wasl-data/server)
 *   DEV_TOKEN     development only: a bearer token with every right; unset (the default) = real sign-in only
 *   AUTH_SECRET   access-token signing key (>= 32 chars); unset = generated once and kept in the database
 *   TLS_CERT / TLS_KEY  PEM files: serve HTTPS (both or neither)
 *   SMTP_* / SMS_* / OUTBOX_*  sending notices (e-mail over SMTP, SMS through an HTTP gateway): see
 *                 outbox/outbox-config.ts; none set = the outbox does not send
 *   TRUST_PROXY   1 when a reverse proxy (the TLS one) forwards every request: the public complaint page then
 *                 limits by the address the proxy appended to X-Forwarded-For, not by the proxy's own
 *                 (unset: the header is ignored, so a client cannot pick its address)
 */
export type ServerConfig = {
  port: number;
  host: string;
  databaseUrl: string | null;
  databaseSchema: string;
  dataDir: string;
  /** null unless DEV_TOKEN was set: real sign-in is the default */
  devToken: string | null;
  /** true when DEV_TOKEN was not set (the development token is off) */
  devTokenIsDefault: boolean;
  authSecret: string | null;
  tls: { certFile: string; keyFile: string } | null;
  /** null when neither SMTP nor an SMS gateway is configured */
  outbox: OutboxSettings | null;
  trustProxy: boolean;
};

export const DEFAULT_PORT = 8787;

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export function loadConfig(env: Record<string, string | undefined>, cwd: string): ServerConfig {
  const port = Number(env.PORT ?? DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be 0..65535, got '${env.PORT}'`);
  const databaseSchema = env.DATABASE_SCHEMA ?? 'public';
  if (!SCHEMA_NAME.test(databaseSchema)) throw new Error(`DATABASE_SCHEMA must match ${SCHEMA_NAME}, got '${databaseSchema}'`);
  const devToken = env.DEV_TOKEN === undefined || env.DEV_TOKEN === '' ? null : env.DEV_TOKEN;
  if (devToken !== null && devToken.length < 8) throw new Error('DEV_TOKEN must be at least 8 characters');
  const authSecret = env.AUTH_SECRET ? env.AUTH_SECRET : null;
  if (authSecret !== null && authSecret.length < 32) throw new Error('AUTH_SECRET must be at least 32 characters');
  if (Boolean(env.TLS_CERT) !== Boolean(env.TLS_KEY)) throw new Error('TLS_CERT and TLS_KEY go together');
  if (env.TRUST_PROXY !== undefined && !['', '0', '1'].includes(env.TRUST_PROXY)) throw new Error(`TRUST_PROXY must be 0 or 1, got '${env.TRUST_PROXY}'`);
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL ? env.DATABASE_URL : null,
    databaseSchema,
    dataDir: resolve(cwd, env.DATA_DIR ?? '.wasl-data/server'),
    devToken,
    devTokenIsDefault: devToken === null,
    authSecret,
    tls: env.TLS_CERT && env.TLS_KEY ? { certFile: resolve(cwd, env.TLS_CERT), keyFile: resolve(cwd, env.TLS_KEY) } : null,
    outbox: loadOutboxConfig(env),
    trustProxy: env.TRUST_PROXY === '1',
  };
}

/** Loopback addresses: plain HTTP there never crosses a network. */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
