import type { StreamEvent } from '@shared/sync/protocol';
import type { Database } from '../db/database';
import { lastSeqOf, pullDocuments } from './document-store';

/**
 * Per-process fan-out of document changes to the open SSE streams. Every push NOTIFYs a tiny
 * { collection, seq } on one channel; each server process LISTENs (PostgreSQL: across processes;
 * PGlite: its in-process listen/notify), reads the new documents once per collection and hands
 * the same batch to all of that collection's streams. When the LISTEN connection was lost,
 * notifications may be gone, so every stream gets 'RESYNC' and desks pull from their checkpoints.
 */
const BATCH = 500;

type Listener = (event: StreamEvent) => void;

type CollectionFeed = {
  listeners: Set<Listener>;
  /** last seq handed to the listeners; null until read at the first subscription */
  lastSeq: number | null;
  running: Promise<void> | null;
  again: boolean;
};

export type ChangeFeed = {
  subscribe(collection: string, listener: Listener): Promise<() => void>;
  openStreams(): number;
  close(): Promise<void>;
};

export function notifyChannel(schema: string): string {
  return schema === 'public' ? 'wasl_changes' : `wasl_changes_${schema}`;
}

/** Sends a collection's new changes to its listeners, one run at a time; a failure makes them all RESYNC. */
function feedDrainer(db: Database, onError: (error: unknown) => void) {
  return (collection: string, feed: CollectionFeed): void => {
    feed.again = true;
    if (feed.running) return;
    feed.running = (async () => {
      while (feed.again && feed.listeners.size > 0) {
        feed.again = false;
        feed.lastSeq ??= await lastSeqOf(db, collection);
        const batch = await pullDocuments(db, collection, feed.lastSeq, BATCH);
        if (batch.documents.length === 0) continue;
        feed.lastSeq = batch.checkpoint.seq;
        for (const listener of feed.listeners) listener(batch);
        if (batch.documents.length === BATCH) feed.again = true;
      }
    })()
      .catch((error: unknown) => {
        // The streams cannot know what they missed: make every desk catch up by pulling.
        onError(error);
        feed.lastSeq = null;
        for (const listener of feed.listeners) listener('RESYNC');
      })
      .finally(() => {
        feed.running = null;
      });
  };
}

/** The collection a notification names; null for anything else on the channel. */
function notifiedCollection(payload: string): string | null {
  try {
    const collection = (JSON.parse(payload) as { collection?: unknown }).collection;
    return typeof collection === 'string' ? collection : null;
  } catch {
    return null;
  }
}

export async function startChangeFeed(db: Database, channel: string, onError: (error: unknown) => void): Promise<ChangeFeed> {
  const feeds = new Map<string, CollectionFeed>();
  const drain = feedDrainer(db, onError);

  const unlisten = await db.listen(
    channel,
    (payload) => {
      const collection = notifiedCollection(payload);
      const feed = collection === null ? undefined : feeds.get(collection);
      if (collection !== null && feed && feed.listeners.size > 0) drain(collection, feed);
    },
    () => {
      for (const feed of feeds.values()) {
        feed.lastSeq = null;
        for (const listener of feed.listeners) listener('RESYNC');
      }
    },
  );

  return {
    async subscribe(collection, listener) {
      let feed = feeds.get(collection);
      if (!feed) {
        feed = { listeners: new Set(), lastSeq: null, running: null, again: false };
        feeds.set(collection, feed);
      }
      if (feed.listeners.size === 0) {
        // Start from "now": the stream's first event is 'RESYNC', and the desk pulls whatever came before.
        feed.lastSeq = await lastSeqOf(db, collection);
      }
      const current = feed;
      current.listeners.add(listener);
      return () => {
        current.listeners.delete(listener);
      };
    },
    openStreams: () => [...feeds.values()].reduce((sum, feed) => sum + feed.listeners.size, 0),
    async close() {
      feeds.clear();
      await unlisten();
    },
  };
}
