import type { Context, Hono } from 'hono';
import type { SyncPolicy } from '../auth/sync-policy';
import { bodyLimit } from 'hono/body-limit';
import { isPlainObject } from '@shared/sync/deep-equal';
import type { Generation } from '../sync/generation';
import { KNOWN_THROUGH_HEADER, parseCheckpoint, PULL_LIMIT_DEFAULT, PULL_LIMIT_MAX, PUSH_BODY_LIMIT, stripSyncMeta, type PullResponse, type PushRow, type SyncDocument } from '@shared/sync/protocol';
import type { PullNarrowing } from '@shared/accounts/pull-narrowing';
import type { Database } from '../db/database';
import type { ChangeFeed } from '../sync/change-feed';
import type { CollectionRegistry, RegisteredCollection } from '../sync/collection-registry';
import { checkPushedAuditChains } from '../sync/audit-chain-check';
import { applyPushedErasures } from '../data-rights/server-erasure';
import { pullDocuments, pushDocuments } from '../sync/document-store';
import { countRemaining } from '../sync/remaining-count';
import type { DuplicateRule } from '../sync/duplicates';
import { jsonError } from './errors';
import { registerStreams } from './sync-stream-routes';

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
  /** the server's generation (server/sync/generation.ts): a desk's re-send after a restore */
  generation: () => Generation;
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

/** A desk's re-send after a restore: its last sequence of the old history, against what the backup holds. */
function resendOf(header: string | undefined, generation: Generation): { knownThrough: number; restoredSeq: number } | undefined {
  const knownThrough = parseCheckpoint(header);
  return header === undefined || knownThrough === null ? undefined : { knownThrough, restoredSeq: generation.restoredSeq };
}

export function registerSyncRoutes(app: Hono, deps: SyncRouteDeps): void {
  registerPull(app, deps);
  registerPush(app, deps);
  registerStreams(app, deps);
}

function registerPull(app: Hono, deps: SyncRouteDeps): void {
  app.get('/sync/:collection/pull', async (c) => {
    const collection = deps.registry.get(c.req.param('collection'));
    if (!collection) return jsonError(c, 404, 'sync.unknown-collection', 'No such collection');
    const checkpoint = parseCheckpoint(c.req.query('checkpoint'));
    const limit = Number(c.req.query('limit') ?? PULL_LIMIT_DEFAULT);
    if (checkpoint === null) return jsonError(c, 400, 'pull.bad-checkpoint', 'checkpoint must be a non-negative integer');
    if (!Number.isInteger(limit) || limit < 1 || limit > PULL_LIMIT_MAX) {
      return jsonError(c, 400, 'pull.bad-limit', `limit must be 1..${PULL_LIMIT_MAX}`);
    }
    const narrowing = deps.policy.narrowing(c, collection.name);
    const answer = await visiblePage(c, deps, collection.name, checkpoint, limit, narrowing);
    // Asked only on a session's first pull of a collection (?remaining=1): the desk's progress total.
    if (c.req.query('remaining') !== '1') return c.json(answer);
    return c.json({ ...answer, remaining: await countRemaining(deps.db, collection.name, checkpoint, narrowing) });
  });
}

/** Raw pages one pull may read to fill its page when the access rules cut most of them (~20,000 documents). */
const MAX_PULL_ROUNDS = 20;

/**
 * A page of what this actor may see. Only that is read where the view narrows by desk (narrowed-pull.ts);
 * rules judged per document (cases, visits, surveys) still cut pages, and RxDB takes a short page for the
 * end of the collection: a field worker's own visits beyond the first thousand of everyone's would wait
 * for the next reconnect. So a page the rules cut short is filled from the next ones, up to a bound, and
 * the checkpoint moves past every document read. What filtering needs is loaded after each read, so a
 * visit planned since (which resequences its file past this checkpoint) cannot be missed.
 */
async function visiblePage(c: Context, deps: SyncRouteDeps, collection: string, checkpoint: number, limit: number, narrowing: PullNarrowing): Promise<PullResponse> {
  const documents: SyncDocument[] = [];
  let seq = checkpoint;
  for (let round = 0; round < MAX_PULL_ROUNDS; round++) {
    const pulled = await pullDocuments(deps.db, collection, seq, limit, narrowing);
    await deps.policy.prepare(c, [collection]);
    documents.push(...deps.policy.filterDocuments(c, collection, pulled.documents));
    seq = pulled.checkpoint.seq;
    if (pulled.documents.length < limit || documents.length >= limit) break;
  }
  return { documents, checkpoint: { seq } };
}

function registerPush(app: Hono, deps: SyncRouteDeps): void {
  app.post(
    '/sync/:collection/push',
    bodyLimit({ maxSize: PUSH_BODY_LIMIT, onError: (c) => jsonError(c, 413, 'push.too-large', `At most ${PUSH_BODY_LIMIT} bytes per push`) }),
    async (c) => {
      const collection = deps.registry.get(c.req.param('collection'));
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
        resend: resendOf(c.req.header(KNOWN_THROUGH_HEADER), deps.generation()),
      });
      // Every pushed audit chain is checked, a replayed push too (a check that failed before is run again).
      if (collection.name === 'audit') await checkPushedAuditChains(deps.db, checked.rows, { duplicateRules: deps.duplicateRules, channel: deps.channel });
      // An erasure record pushed (the erasing desk's, or a re-send after a restore) is applied here, a
      // replayed one too: a run that failed before is finished by the next push of the record.
      if (collection.name === 'catalog') await applyPushedErasures(deps.db, checked.rows, { duplicateRules: deps.duplicateRules, channel: deps.channel });
      // A case's master state goes back only as the pusher may see it (a tombstone otherwise): a push
      // must not be a way to read a case that is not yours. Other collections keep their full answer.
      if (collection.name !== 'cases') return c.json(outcome.conflicts);
      await deps.policy.prepare(c, [collection.name]);
      return c.json(deps.policy.filterDocuments(c, collection.name, outcome.conflicts));
    },
  );
}
