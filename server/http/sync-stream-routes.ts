import type { Context, Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { StreamEvent } from '@shared/sync/protocol';
import { jsonError } from './errors';
import type { SyncRouteDeps } from './sync-routes';

type StreamDeps = Pick<SyncRouteDeps, 'registry' | 'feed' | 'heartbeatMs' | 'closing' | 'policy'>;

/**
 * Writes one event to the open stream, in order (a pending one holds back those after it): a data
 * line as text, or an event already framed and encoded (sseFrame), shared by every stream it goes to.
 */
type Write = (data: string | Uint8Array | Promise<string | Uint8Array>) => void;

const utf8 = new TextEncoder();

/**
 * One SSE event, framed and encoded once: a live batch goes to every stream of a view as the same
 * bytes (bench sync, 50 desks: encoding the same batch's text per stream was the server's largest cost).
 * JSON text has no raw line breaks, so it is one data line.
 */
function sseFrame(json: string): Uint8Array {
  return utf8.encode(`data: ${json}\n\n`);
}

/**
 * One SSE connection: `open` subscribes and writes the first events; writes go out one at a time,
 * in order, a comment every heartbeatMs keeps proxies from closing an idle stream, and it all ends
 * when the desk leaves or the server closes (so close() does not hang on open streams).
 */
function serveEvents(c: Context, deps: StreamDeps, open: (write: Write) => Promise<Array<() => void>>) {
  return streamSSE(c, async (stream) => {
    let queue: Promise<void> = Promise.resolve();
    const write: Write = (data) => {
      queue = queue.then(async () => {
        const event = await data;
        if (stream.aborted) return;
        await (typeof event === 'string' ? stream.writeSSE({ data: event }) : stream.write(event));
      });
    };
    const unsubscribers = await open(write);
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
}

/**
 * A live batch goes to every open stream: filtered and encoded once per view (desks whose roles
 * see the same documents), not once per desk. Measured by bench sync: at 50 desks, encoding each
 * batch per stream was half the server's busy time. Batches are held weakly: gone once sent.
 */
function liveEncoder(deps: StreamDeps): (c: Context, name: string, event: StreamEvent) => string | Uint8Array {
  const encodedBatches = new WeakMap<object, Map<string, Uint8Array>>();
  return (c, name, event) => {
    const encode = () => JSON.stringify({ collection: name, event: event === 'RESYNC' ? event : { ...event, documents: deps.policy.filterDocuments(c, name, event.documents) } });
    const key = event === 'RESYNC' ? null : deps.policy.viewKey(c, name);
    if (key === null || event === 'RESYNC') return encode();
    let views = encodedBatches.get(event);
    if (!views) encodedBatches.set(event, (views = new Map()));
    let frame = views.get(key);
    if (frame === undefined) views.set(key, (frame = sseFrame(encode())));
    return frame;
  };
}

/**
 * A live batch as this stream receives it, encoded once the policy has reloaded what may have changed
 * since the stream opened (SyncPolicy.refresh); when that fails, RESYNC: the desk pulls from its
 * checkpoint and the pull is filtered afresh, so nothing passes filtered by a stale view.
 */
function refreshed<T>(deps: StreamDeps, c: Context, name: string, encode: () => T, resync: string): Promise<T | string> {
  return deps.policy.refresh(c, name).then(encode, () => resync);
}

export function registerStreams(app: Hono, deps: StreamDeps): void {
  const encodeLive = liveEncoder(deps);

  /**
   * All of a desk's collections on one stream: a browser holds at most 6 HTTP/1.1 connections
   * per server, so one EventSource per collection would starve its own pulls and pushes. Each
   * event's data is a MultiplexedStreamEvent ({ collection, event }); RESYNC for every collection
   * on each (re)connect. `?collections=a,b` (default: all).
   */
  app.get('/sync/stream', async (c) => {
    const wanted = (c.req.query('collections') ?? deps.registry.names().join(',')).split(',').filter(Boolean);
    const collections = wanted.map((name) => deps.registry.get(name));
    if (collections.length === 0 || collections.some((entry) => !entry)) return jsonError(c, 404, 'sync.unknown-collection', 'No such collection');
    const names = collections.map((entry) => entry!.name);
    await deps.policy.prepare(c, names);
    return serveEvents(c, deps, async (write) => {
      const unsubscribers = await Promise.all(names.map((name) => deps.feed.subscribe(name, (event) => write(
        event === 'RESYNC' ? encodeLive(c, name, event) : refreshed(deps, c, name, () => encodeLive(c, name, event), JSON.stringify({ collection: name, event: 'RESYNC' })),
      ))));
      for (const name of names) write(JSON.stringify({ collection: name, event: 'RESYNC' }));
      return unsubscribers;
    });
  });

  app.get('/sync/:collection/stream', async (c) => {
    const collection = deps.registry.get(c.req.param('collection'));
    if (!collection) return jsonError(c, 404, 'sync.unknown-collection', 'No such collection');
    await deps.policy.prepare(c, [collection.name]);
    const encode = (event: StreamEvent): string =>
      event === 'RESYNC' ? 'RESYNC' : JSON.stringify({ ...event, documents: deps.policy.filterDocuments(c, collection.name, event.documents) });
    return serveEvents(c, deps, async (write) => {
      // Subscribe before RESYNC: a write in between is then both in the feed and in the desk's pull.
      const unsubscribe = await deps.feed.subscribe(collection.name, (event) => write(
        event === 'RESYNC' ? encode(event) : refreshed(deps, c, collection.name, () => encode(event), 'RESYNC'),
      ));
      write('RESYNC');
      return [unsubscribe];
    });
  });
}
