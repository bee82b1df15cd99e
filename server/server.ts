import { readFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { COLLECTIONS } from '@shared/db/collections';
import type { CollectionSchema } from '@shared/db/schema-types';
import type { ServerConfig } from './config';
import type { Database } from './db/database';
import { migrate } from './db/migrate';
import { openDatabase } from './db/open-database';
import { prepareAuth } from './auth/auth-kit';
import { createApp } from './http/app';
import { notifyChannel, startChangeFeed } from './sync/change-feed';
import { createCollectionRegistry } from './sync/collection-registry';
import { DUPLICATE_RULES, type DuplicateRule } from './sync/duplicates';
import { watchGeneration, type GenerationWatch } from './sync/generation';
import { reapplyServerErasures } from './data-rights/server-erasure';
import type { OutboxSettings } from './outbox/outbox-config';
import { startOutboxWorker, type OutboxWorker } from './outbox/outbox-worker';

const KEEP_ALIVE_MS = 65_000;

/**
 * The sync server: opens the database, runs migrations, starts the change feed and serves HTTP.
 * Hono on @hono/node-server rather than Fastify: its handlers take and return web-standard
 * Request/Response (the same fetch API the desks use), SSE, body limits and bearer parsing come
 * built in, and it is a fraction of Fastify's weight; we need no plugin ecosystem here.
 */
export type StartOptions = Pick<ServerConfig, 'port' | 'host' | 'databaseUrl' | 'databaseSchema' | 'devToken'> & {
  /** PGlite folder; null keeps PGlite in memory (tests) */
  dataDir: string | null;
  /** defaults to the desks' COLLECTIONS; tests add collections that have not landed yet */
  collections?: Readonly<Record<string, { schema: CollectionSchema }>>;
  duplicateRules?: readonly DuplicateRule[];
  heartbeatMs?: number;
  onError?: (error: unknown) => void;
  /** AUTH_SECRET (null/undefined: generated once, kept in the database) */
  authSecret?: string | null;
  /** PEM files: HTTPS instead of HTTP */
  tls?: { certFile: string; keyFile: string } | null;
  /** the clock for tokens, lockout and registration codes (tests inject one) */
  now?: () => number;
  accessTokenTtlMs?: number;
  /** sending notices (SMTP, SMS gateway); null/undefined: the outbox sends nothing */
  outbox?: OutboxSettings | null;
  /** the outbox's clock for quiet hours (tests inject one) */
  outboxNow?: () => Date;
  /** TRUST_PROXY: the public page's client address from X-Forwarded-For (config.ts) */
  trustProxy?: boolean;
};

export type RunningSyncServer = { url: string; port: number; db: Database; outbox: OutboxWorker | null; close(): Promise<void> };

export async function startSyncServer(options: StartOptions): Promise<RunningSyncServer> {
  const onError = options.onError ?? ((error: unknown) => console.error('sync-server:', error));
  const db = await openDatabase(options);
  let generation: GenerationWatch;
  const reapplyErasures = (): Promise<void> =>
    reapplyServerErasures(db, { duplicateRules: options.duplicateRules ?? DUPLICATE_RULES, channel: notifyChannel(options.databaseSchema) }).then(() => {}, onError);
  try {
    await migrate(db);
    // After the migrations (a new database gets its first generation there), before any answer.
    generation = await watchGeneration(db, onError, undefined, () => reapplyErasures());
  } catch (error) {
    await db.close();
    throw error;
  }
  const channel = notifyChannel(options.databaseSchema);
  const feed = await startChangeFeed(db, channel, onError);
  const auth = await prepareAuth(db, { devToken: options.devToken, authSecret: options.authSecret ?? null, now: options.now, accessTokenTtlMs: options.accessTokenTtlMs });
  let signalClosing: () => void = () => {};
  const closing = new Promise<void>((resolve) => {
    signalClosing = resolve;
  });
  const duplicateRules = options.duplicateRules ?? DUPLICATE_RULES;
  // Every erasure the database holds, applied again before the first answer (PDPL Art. 18): a run cut
  // short finishes here, and a restored backup never brings an erased person back.
  await reapplyErasures();
  const outbox: OutboxWorker | null = options.outbox
    ? startOutboxWorker(db, { settings: options.outbox, duplicateRules, channel, onError, now: options.outboxNow })
    : null;
  const app = createApp({
    db,
    registry: createCollectionRegistry(options.collections ?? COLLECTIONS),
    feed,
    duplicateRules,
    channel,
    // A delivery report goes into the log at once rather than at the next poll.
    smsStatus: { secret: options.outbox?.sms?.statusSecret ?? null, onRecorded: () => void outbox?.tick() },
    auth,
    heartbeatMs: options.heartbeatMs ?? 20_000,
    closing,
    onError,
    trustProxy: options.trustProxy ?? false,
    generation: generation.current,
  });

  const server = await new Promise<ServerType>((resolve) => {
    const tls = options.tls ? { createServer: createHttpsServer, serverOptions: { cert: readFileSync(options.tls.certFile), key: readFileSync(options.tls.keyFile) } } : {};
    const started: ServerType = serve({ fetch: app.fetch, port: options.port, hostname: options.host, ...tls }, () => resolve(started));
  });
  // Node closes an idle kept-alive connection after 5 s; a desk whose event loop lags (a loaded
  // machine) sends its next request on it just as it closes and gets "other side closed" (bench sync:
  // failed requests at 50 desks). Idle connections are few (a desk keeps a handful) and cheap.
  if ('keepAliveTimeout' in server) server.keepAliveTimeout = KEEP_ALIVE_MS;
  const { port } = server.address() as AddressInfo;

  return {
    url: `${options.tls ? 'https' : 'http'}://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`,
    port,
    db,
    outbox,
    async close() {
      signalClosing();
      generation.close();
      await outbox?.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
      await feed.close();
      await db.close();
    },
  };
}
