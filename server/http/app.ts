import { Hono } from 'hono';
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
