import type { Context, Hono } from 'hono';
import type { SyncPolicy } from '../auth/sync-policy';
import { bodyLimit } from 'hono/body-limit';
import { streamSSE } from 'hono/streaming';
import { isPlainObject } from '@shared/sync/deep-equal';
import { parseCheckpoint, PULL_LIMIT_DEFAULT, PULL_LIMIT_MAX, PUSH_BODY_LIMIT, stripSyncMeta, type PushRow, type StreamEvent } from '@shared/sync/protocol';
import type { Database } from '../db/database';
import type { ChangeFeed } from '../sync/change-feed';
import type { CollectionRegistry, RegisteredCollection } from '../sync/collection-registry';
import { pullDocuments, pushDocuments } from '../sync/document-store';
import type { DuplicateRule } from '../sync/duplicates';
import { jsonError } from './errors';

export type SyncRouteDeps = {
  db: Database;
  registry: CollectionRegistry;
  feed: ChangeFeed;
  duplicateRules: readonly DuplicateRule[];
  channel: string;
  /** SSE comment interval: keeps proxies from closing an idle stream */
  heartbeatMs: number;
  /** resolves when the server shuts down, so open streams end and close() does not hang */
  closing: Promise<void>;
  /** roles: push rights and pull filters of the request's actor (server/auth/sync-policy.ts) */
  policy: SyncPolicy;
};

const MAX_PUSH_ROWS = 2000;

/** Checks the shape and the schema of every row; the first bad row refuses the whole batch. */
function checkRows(body: unknown, collection: RegisteredCollection): { rows: PushRow[] } | { row: number; code: string; message: string } {
  if (!Array.isArray(body)) return { row: -1, code: 'push.not-an-array', message: 'The body must be an array of rows' };
  if (body.length > MAX_PUSH_ROWS) return { row: -1, code: 'push.too-many-rows', message: `At most ${MAX_PUSH_ROWS} rows per push` };
  for (const [index, row] of body.entries()) {
    if (!isPlainObject(row) || !isPlainObject(row.newDocumentState)) {
      return { row: index, code: 'push.row-shape', message: 'Each row needs a newDocumentState object' };
    }
    const assumed = row.assumedMasterState;
    if (assumed !== undefined && assumed !== null && !isPlainObject(assumed)) {
      return { row: index, code: 'push.row-shape', message: 'assumedMasterState must be an object when given' };
    }
    const doc = row.newDocumentState;
    if (typeof doc._deleted !== 'boolean') return { row: index, code: 'push.row-shape', message: '_deleted must be a boolean' };
    const problem = collection.validate(stripSyncMeta(doc));
    if (problem) return { row: index, code: 'push.schema-invalid', message: problem };
  }
  return { rows: body as PushRow[] };
}

export function registerSyncRoutes(app: Hono, deps: SyncRouteDeps): void {
  const known = (name: string) => deps.registry.get(name);

  app.get('/sync/:collection/pull', async (c) => {
    const collection = known(c.req.param('collection'));
    if (!collection) return jsonError(c, 404, 'sync.unknown-collection', 'No such collection');
    const checkpoint = parseCheckpoint(c.req.query('checkpoint'));
    const limit = Number(c.req.query('limit') ?? PULL_LIMIT_DEFAULT);
    if (checkpoint === null) return jsonError(c, 400, 'pull.bad-checkpoint', 'checkpoint must be a non-negative integer');
    if (!Number.isInteger(limit) || limit < 1 || limit > PULL_LIMIT_MAX) {
      return jsonError(c, 400, 'pull.bad-limit', `limit must be 1..${PULL_LIMIT_MAX}`);
    }
    const pulled = await pullDocuments(deps.db, collection.name, checkpoint, limit);
    // Filtered after the range scan: the checkpoint still moves past documents this actor may not see.
    return c.json({ ...pulled, documents: deps.policy.filterDocuments(c, collection.name, pulled.documents) });
  });

  app.post(
    '/sync/:collection/push',
    bodyLimit({ maxSize: PUSH_BODY_LIMIT, onError: (c) => jsonError(c, 413, 'push.too-large', `At most ${PUSH_BODY_LIMIT} bytes per push`) }),
    async (c) => {
      const collection = known(c.req.param('collection'));
      if (!collection) return jsonError(c, 404, 'sync.unknown-collection', 'No such collection');
      let body: unknown;
      try {
        body = await c.req.json();
      } catch {
        return jsonError(c, 400, 'push.invalid-json', 'The body is not JSON');
      }
      const checked = checkRows(body, collection);
      if ('code' in checked) {
        const extra = checked.row >= 0 ? { row: checked.row } : {};
        return jsonError(c, 400, checked.code, checked.row >= 0 ? `Row ${checked.row}: ${checked.message}` : checked.message, extra);
      }
      const refused = await deps.policy.authorizePush(c, collection, checked.rows);
      if (refused) return refused;
      const outcome = await pushDocuments(deps.db, checked.rows, {
        collection: collection.name,
        primaryKey: collection.primaryKey,
        duplicateRules: deps.duplicateRules,
        channel: deps.channel,
      });
      return c.json(outcome.conflicts);
    },
  );

  /**
   * All of a desk's collections on one stream: a browser holds at most 6 HTTP/1.1 connections
   * per server, so one EventSource per collection would starve its own pulls and pushes. Each
   * event's data is a MultiplexedStreamEvent ({ collection, event }); RESYNC for every collection
   * on each (re)connect. `?collections=a,b` (default: all).
   */
  /**
   * A live batch goes to every open stream: filtered and encoded once per view (desks whose roles
   * see the same documents), not once per desk. Measured by bench sync: at 50 desks, encoding each
   * batch per stream was half the server's busy time. Batches are held weakly: gone once sent.
   */
  const encodedBatches = new WeakMap<object, Map<string, string>>();
  const encodeLive = (c: Context, name: string, event: StreamEvent): string => {
    const encode = () => JSON.stringify({ collection: name, event: event === 'RESYNC' ? event : { ...event, documents: deps.policy.filterDocuments(c, name, event.documents) } });
    const key = event === 'RESYNC' ? null : deps.policy.viewKey(c, name);
    if (key === null || event === 'RESYNC') return encode();
    let views = encodedBatches.get(event);
    if (!views) encodedBatches.set(event, (views = new Map()));
    let text = views.get(key);
    if (text === undefined) views.set(key, (text = encode()));
    return text;
  };

  app.get('/sync/stream', async (c) => {
    const wanted = (c.req.query('collections') ?? deps.registry.names().join(',')).split(',').filter(Boolean);
    const collections = wanted.map((name) => known(name));
    if (collections.length === 0 || collections.some((entry) => !entry)) return jsonError(c, 404, 'sync.unknown-collection', 'No such collection');
    return streamSSE(c, async (stream) => {
      let queue: Promise<void> = Promise.resolve();
      const write = (data: string) => {
        queue = queue.then(() => (stream.aborted ? undefined : stream.writeSSE({ data })));
      };
      const unsubscribers = await Promise.all(
        collections.map((entry) => deps.feed.subscribe(entry!.name, (event) => write(encodeLive(c, entry!.name, event)))),
      );
      for (const entry of collections) write(JSON.stringify({ collection: entry!.name, event: 'RESYNC' }));
      const heartbeat = setInterval(() => {
        queue = queue.then(() => (stream.aborted ? undefined : stream.write(': keep-alive\n\n').then(() => undefined)));
      }, deps.heartbeatMs);
      try {
        await Promise.race([new Promise<void>((resolve) => stream.onAbort(resolve)), deps.closing]);
      } finally {
        clearInterval(heartbeat);
        for (const unsubscribe of unsubscribers) unsubscribe();
      }
    });
  });

  app.get('/sync/:collection/stream', async (c) => {
    const filterEvent = (name: string, event: StreamEvent): StreamEvent =>
      event === 'RESYNC' ? event : { ...event, documents: deps.policy.filterDocuments(c, name, event.documents) };
    const collection = known(c.req.param('collection'));
    if (!collection) return jsonError(c, 404, 'sync.unknown-collection', 'No such collection');
    return streamSSE(c, async (stream) => {
      // One writer at a time, in order: RESYNC first, then batches as they come.
      let queue: Promise<void> = Promise.resolve();
      const send = (event: StreamEvent) => {
        queue = queue.then(() => (stream.aborted ? undefined : stream.writeSSE({ data: event === 'RESYNC' ? 'RESYNC' : JSON.stringify(event) })));
      };
      // Subscribe before RESYNC: a write in between is then both in the feed and in the desk's pull.
      const unsubscribe = await deps.feed.subscribe(collection.name, (event) => send(filterEvent(collection.name, event)));
      send('RESYNC');
      const heartbeat = setInterval(() => {
        queue = queue.then(() => (stream.aborted ? undefined : stream.write(': keep-alive\n\n').then(() => undefined)));
      }, deps.heartbeatMs);
      try {
        await Promise.race([new Promise<void>((resolve) => stream.onAbort(resolve)), deps.closing]);
      } finally {
        clearInterval(heartbeat);
        unsubscribe();
      }
    });
  });
}
