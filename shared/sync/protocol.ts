/**
 * The sync protocol between desks and the server (ARCHITECTURE.md, "Sync"): RxDB's replication
 * protocol over HTTP. Pure types and tiny helpers only: the server (Hono) and the desk (RxDB's
 * replicateRxCollection) both speak it.
 */
import { MAX_FILE_BYTES } from '../files/file-ref';

/** Server-assigned position in the change log: every write takes the next value of one global sequence. */
export type SyncCheckpoint = { seq: number };

/**
 * The response header carrying the server's generation (server/sync/generation.ts): changed whenever
 * the server's database is restored or recreated; a desk that meets a new one starts its replication over.
 */
export const GENERATION_HEADER = 'x-wasl-generation';

/**
 * On a push after the desk met a new generation: the last sequence it had pulled from the old one.
 * When that reaches past everything the restored backup holds, the desk's copy of a document the
 * restore put back is the same history or later, so it replaces the restored one
 * (server/sync/document-store.ts) instead of becoming a conflict.
 */
export const KNOWN_THROUGH_HEADER = 'x-wasl-known-through';

/** A document as it travels: the collection's fields plus RxDB's tombstone flag. */
export type SyncDocument = Record<string, unknown> & { _deleted: boolean };

/**
 * GET /sync/:collection/pull?checkpoint=<seq>&limit=<n>[&remaining=1]. `remaining` (only when
 * asked): the collection's documents after the checkpoint, this page's included; an upper bound
 * when the actor's view is narrower than the collection.
 */
export type PullResponse = { documents: SyncDocument[]; checkpoint: SyncCheckpoint; remaining?: number };

/** One row of POST /sync/:collection/push (RxDB's RxReplicationWriteToMasterRow). */
export type PushRow = { assumedMasterState?: SyncDocument | null; newDocumentState: SyncDocument };

/** POST /sync/:collection/push answers with the master state of every conflicting row. */
export type PushResponse = SyncDocument[];

/** One Server-Sent Event's data on GET /sync/:collection/stream: 'RESYNC' or a change batch. */
export type StreamEvent = 'RESYNC' | PullResponse;

/** One Server-Sent Event's data on GET /sync/stream?collections=…: all of a desk's collections on one connection. */
export type MultiplexedStreamEvent = { collection: string; event: StreamEvent };

/** The error body of every 4xx/5xx answer; `code` is stable, `message` is for people reading logs. */
export type SyncErrorBody = { error: { code: string; message: string; row?: number; details?: unknown } };

/** GET /duplicates */
export type PossibleDuplicate = {
  id: number;
  collection: string;
  field: string;
  /** the two documents sharing the value, smaller id first */
  documentIds: [string, string];
  createdAt: string;
};

export const PULL_LIMIT_DEFAULT = 100;
export const PULL_LIMIT_MAX = 1000;
/** Per-file limit (ARCHITECTURE.md, "Files"): the one a desk checks before attaching. */
export const FILE_SIZE_LIMIT = MAX_FILE_BYTES;
/** A push body larger than this is refused with 413 before it is parsed. */
export const PUSH_BODY_LIMIT = 5 * 1024 * 1024;

export const SHA256_HEX = /^[0-9a-f]{64}$/;

/** The fields RxDB adds that are not part of a collection's schema. */
const RXDB_META_KEYS = ['_deleted', '_meta', '_rev', '_attachments'] as const;

/** A synced document without RxDB's bookkeeping: what the collection's JSON schema describes. */
export function stripSyncMeta(doc: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...doc };
  for (const key of RXDB_META_KEYS) delete copy[key];
  return copy;
}

export function parseCheckpoint(value: string | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return 0;
  if (!/^\d{1,15}$/.test(value)) return null;
  return Number(value);
}
