import { Hono } from 'hono';
import { cors } from 'hono/cors';
import type { Database } from '../db/database';
import type { ChangeFeed } from '../sync/change-feed';
import type { CollectionRegistry } from '../sync/collection-registry';
import type { DuplicateRule } from '../sync/duplicates';
import { GENERATION_HEADER, KNOWN_THROUGH_HEADER } from '@shared/sync/protocol';
import type { Generation } from '../sync/generation';
import { registerAccountRoutes } from '../accounts/account-routes';
import type { AuthKit } from '../auth/auth-kit';
import { registerAuthRoutes } from '../auth/auth-routes';
import { authenticate } from '../auth/authenticate';
import { refusalAudit } from '../auth/refusal-audit';
import { registerComplaintRoutes } from '../complaints/complaint-routes';
import { registerDeskRoutes } from '../desks/desk-routes';
import { registerSmsStatusRoute } from '../outbox/sms-status-routes';
import { jsonError } from './errors';
import { registerFileRoutes } from './file-routes';
import { registerHealthRoute, registerOpsRoutes } from './ops-routes';
import { isPublicPagePath, securityHeaders } from './security-headers';
import { registerRegistryRoutes } from './registry-routes';
import { registerSyncRoutes } from './sync-routes';

export type AppDeps = {
  db: Database;
  registry: CollectionRegistry;
  feed: ChangeFeed;
  duplicateRules: readonly DuplicateRule[];
  channel: string;
  /** accounts, sessions, roles and the server audit (server/auth/auth-kit.ts) */
  auth: AuthKit;
  heartbeatMs: number;
  closing: Promise<void>;
  onError: (error: unknown) => void;
  /** the server's generation now (server/sync/generation.ts), sent on every answer */
  generation: () => Generation;
  /** the SMS gateway's status callback (server/outbox/): its secret, and what to run on a report */
  smsStatus?: { secret: string | null; onRecorded?: () => void };
  /** behind a reverse proxy: the public page limits by X-Forwarded-For (config.ts TRUST_PROXY) */
  trustProxy?: boolean;
};

export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  // First, so every answer gets them: preflights, refusals, errors and the change stream too.
  app.use('*', securityHeaders());
  // Every answer, refusals and the stream included: a desk learns of a restored server at its first contact.
  app.use('*', async (c, next) => {
    await next();
    c.header(GENERATION_HEADER, deps.generation().generation);
  });
  // Desks call from their own origin (app://wasl, the browser build's address). Any origin may:
  // the bearer token in the Authorization header is the credential, never a cookie, so a foreign
  // page gains nothing it could not do with the token anyway. Before auth: preflights carry none.
  const apiCors = cors({
    origin: '*',
    allowHeaders: ['authorization', 'content-type', 'x-wasl-desk', KNOWN_THROUGH_HEADER],
    exposeHeaders: ['x-wasl-wipe', 'retry-after', GENERATION_HEADER],
    allowMethods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'OPTIONS'],
    maxAge: 600,
  });
  // Not the public complaint page: another site's script must not read its form (and token) to post for it.
  app.use('*', (c, next) => (isPublicPagePath(c.req.path) ? next() : apiCors(c, next)));
  const { auth } = deps;
  app.use('*', refusalAudit(auth.audit, deps.onError));
  registerHealthRoute(app, deps.db);
  // The gateway holds no account: its callback carries the configured secret instead.
  registerSmsStatusRoute(app, { db: deps.db, secret: deps.smsStatus?.secret ?? null, onRecorded: deps.smsStatus?.onRecorded });
  // Public, no sign-in (policy 3.5a): before the authentication middleware.
  registerComplaintRoutes(app, {
    db: deps.db, registry: deps.registry, duplicateRules: deps.duplicateRules, channel: deps.channel, now: auth.now, onError: deps.onError, trustProxy: deps.trustProxy ?? false,
  });
  // Real sign-in by default; DEV_TOKEN only when explicitly set (server/auth/authenticate.ts).
  app.use('*', authenticate({ db: deps.db, tokens: auth.tokens, devToken: auth.devToken }));
  const routeDeps = { db: deps.db, audit: auth.audit, now: auth.now };
  registerAuthRoutes(app, { ...routeDeps, tokens: auth.tokens });
  registerAccountRoutes(app, routeDeps);
  registerDeskRoutes(app, { ...routeDeps, revokedDesks: auth.revokedDesks });
  registerSyncRoutes(app, { ...deps, policy: auth.policy });
  registerRegistryRoutes(app, { db: deps.db, now: auth.now });
  registerFileRoutes(app, deps.db);
  registerOpsRoutes(app, deps.db, deps.feed);
  app.notFound((c) => jsonError(c, 404, 'http.not-found', 'No such endpoint'));
  app.onError((error, c) => {
    deps.onError(error);
    return jsonError(c, 500, 'http.internal', 'Internal error');
  });
  return app;
}
