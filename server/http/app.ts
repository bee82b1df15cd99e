import { Hono } from 'hono';
import { cors } from 'hono/cors';
import type { Database } from '../db/database';
import type { ChangeFeed } from '../sync/change-feed';
import type { CollectionRegistry } from '../sync/collection-registry';
import type { DuplicateRule } from '../sync/duplicates';
import { bearerAuth } from './auth';
import { jsonError } from './errors';
import { registerFileRoutes } from './file-routes';
import { registerHealthRoute, registerOpsRoutes } from './ops-routes';
import { registerSyncRoutes } from './sync-routes';

export type AppDeps = {
  db: Database;
  registry: CollectionRegistry;
  feed: ChangeFeed;
  duplicateRules: readonly DuplicateRule[];
  channel: string;
  devToken: string;
  heartbeatMs: number;
  closing: Promise<void>;
  onError: (error: unknown) => void;
};

export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  // Desks call from their own origin (app://wasl, the browser build's address). Any origin may:
  // the bearer token in the Authorization header is the credential, never a cookie, so a foreign
  // page gains nothing it could not do with the token anyway. Before auth: preflights carry none.
  app.use('*', cors({ origin: '*', allowHeaders: ['authorization', 'content-type'], allowMethods: ['GET', 'HEAD', 'POST', 'PUT', 'OPTIONS'], maxAge: 600 }));
  registerHealthRoute(app, deps.db);
  app.use('*', async (c, next) => (c.req.path === '/health' ? next() : bearerAuth(deps.devToken)(c, next)));
  registerSyncRoutes(app, deps);
  registerFileRoutes(app, deps.db);
  registerOpsRoutes(app, deps.db, deps.feed);
  app.notFound((c) => jsonError(c, 404, 'http.not-found', 'No such endpoint'));
  app.onError((error, c) => {
    deps.onError(error);
    return jsonError(c, 500, 'http.internal', 'Internal error');
  });
  return app;
}
