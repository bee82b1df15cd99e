import type { Context } from 'hono';
import { filterPulled, pullViewKey } from '@shared/accounts/pull-filters';
import { pullNarrowing, READ_ALL, type PullNarrowing } from '@shared/accounts/pull-narrowing';
import { seesOnlyOwnVisits, VISITS_COLLECTION, visitFilesOf } from '@shared/accounts/visit-sync-rules';
import type { Actor } from '@shared/accounts/claims';
import { authorOf, checkPush, type Colleagues } from '@shared/accounts/push-policy';
import { isRole } from '@shared/staff/roles';
import { jsonEqual } from '@shared/sync/deep-equal';
import { stripSyncMeta, type PushRow, type SyncDocument } from '@shared/sync/protocol';
import { asStoredLists } from '../data-rights/erased-people';
import type { Queryable } from '../db/database';
import { jsonError } from '../http/errors';
import { findUnstorableText } from '../http/json-body';
import { toSyncDocument } from '../sync/document-store';
import { actorOf, principalOf } from './principal';

/**
 * Roles on the sync routes: push rights and pull filters (shared/accounts, pure) applied to the actor
 * of the request. A push is judged before it is written, against every state the write could start
 * from: the stored document when there is none yet (a create) and the row's assumedMasterState when it
 * gives one (the store writes a row over an existing document only when the two are equal). A row that
 * can only conflict writes nothing, so it needs no judgement. One refused row refuses the whole batch.
 * Each row is judged as its author's (push-policy.ts, Colleagues): a shared desk pushes the changes of
 * everyone who signed in on it under whoever is signed in now.
 * It also refuses text PostgreSQL cannot store (NUL, unpaired surrogates) with a clear 400.
 */
export type SyncPolicy = {
  authorizePush(c: Context, collection: { name: string; primaryKey: string }, rows: readonly PushRow[]): Promise<Response | null>;
  filterDocuments(c: Context, collection: string, docs: SyncDocument[]): SyncDocument[];
  /**
   * What a pull of `collection` needs to read at most (shared/accounts/pull-narrowing.ts): the store
   * leaves the rest unread, and filterDocuments still judges what it reads.
   */
  narrowing(c: Context, collection: string): PullNarrowing;
  /** Requests with the same key get the same filterDocuments result right now; null: filter for this one alone. */
  viewKey(c: Context, collection: string): string | null;
  /**
   * Loads what filterDocuments needs beyond the token, once per request (a stream keeps it for its life):
   * for cases, the other accounts signed in on the desk (shared/accounts/case-sync-rules.ts); for a field
   * worker's beneficiaries, the files its assigned visits go to (shared/accounts/visit-sync-rules.ts).
   */
  prepare(c: Context, collections: readonly string[]): Promise<void>;
  /**
   * Before a live batch of `collection` is filtered for an open stream: reloads what prepare loaded
   * that may have changed since the stream opened. A field worker's visit files do (a visit planned
   * after it connected): filtered with the old set, the file its new visit goes to would pass as the
   * duplicate check's fields only and the desk's checkpoint would move past it (policy 3.8c).
   */
  refresh(c: Context, collection: string): Promise<void>;
};

/** Collections whose pull filter reads the desk's other signed-in accounts. */
const HOLDER_COLLECTIONS: readonly string[] = ['cases'];

type StoredRow = { id: string; data: Record<string, unknown>; deleted: boolean };
type ColleagueRow = { id: string; roles: unknown; unit_ids: unknown };

/**
 * The authors of the rows other than the pusher who have signed in on the pusher's desk (any
 * session there, ended or not: a change made before its author signed out still belongs to them)
 * and whose account is active, as actors with their own roles. See Colleagues in push-policy.ts.
 */
async function colleaguesOf(db: Queryable, pusher: Actor, collection: string, rows: readonly PushRow[]): Promise<Colleagues> {
  const ids = new Set<string>();
  for (const { newDocumentState: next } of rows) {
    // The createdBy too: a created document must name its pusher or a colleague (shared/accounts/authorship.ts).
    for (const author of [authorOf(collection, next), next.createdBy]) if (typeof author === 'string') ids.add(author);
    if (Array.isArray(next.history)) for (const entry of next.history as { by?: unknown }[]) if (typeof entry?.by === 'string') ids.add(entry.by);
  }
  ids.delete(pusher.id);
  if (ids.size === 0) return () => null;
  const found = await db.query<ColleagueRow>(
    `SELECT a.id, a.roles, a.unit_ids FROM accounts a
     WHERE a.active AND a.id IN (SELECT jsonb_array_elements_text($1::jsonb))
       AND EXISTS (SELECT 1 FROM auth_sessions s WHERE s.account_id = a.id AND s.desk_id = $2)`,
    [JSON.stringify([...ids]), pusher.deskId],
  );
  const actors = new Map<string, Actor>(
    found.map((row) => [row.id, {
      id: row.id,
      deskId: pusher.deskId,
      roles: (Array.isArray(row.roles) ? row.roles : []).filter(isRole),
      unitIds: (Array.isArray(row.unit_ids) ? row.unit_ids : []).filter((unit): unit is string => typeof unit === 'string'),
    }]),
  );
  return (id) => actors.get(id) ?? null;
}

/**
 * The other accounts with a live session on the actor's desk (not signed out, a refresh token still
 * valid, the account active), with their roles: a case one of them may see stays on the desk.
 */
async function deskHolders(db: Queryable, actor: Actor, now: number): Promise<Actor[]> {
  const rows = await db.query<ColleagueRow>(
    `SELECT DISTINCT a.id, a.roles, a.unit_ids FROM accounts a
     JOIN auth_sessions s ON s.account_id = a.id AND s.desk_id = $1 AND s.revoked_at IS NULL
     WHERE a.active AND a.id <> $2
       AND EXISTS (SELECT 1 FROM refresh_tokens r WHERE r.session_id = s.id AND r.used_at IS NULL AND r.expires_at > $3)`,
    [actor.deskId, actor.id, now],
  );
  return rows.map((row) => ({
    id: row.id,
    deskId: actor.deskId,
    roles: (Array.isArray(row.roles) ? row.roles : []).filter(isRole),
    unitIds: (Array.isArray(row.unit_ids) ? row.unit_ids : []).filter((unit): unit is string => typeof unit === 'string'),
  }));
}

// Per request (a stream's request lives as long as the stream), like the principal.
const holdersByRequest = new WeakMap<Request, Actor[]>();
const visitFilesByRequest = new WeakMap<Request, Set<string>>();

/** The files a field worker's assigned visits go to (shared/accounts/visit-sync-rules.ts). */
async function visitFiles(db: Queryable, actor: Actor): Promise<Set<string>> {
  const rows = await db.query<StoredRow>(
    `SELECT id, data, deleted FROM documents WHERE collection = $1 AND data->>'fieldWorkerId' = $2`,
    [VISITS_COLLECTION, actor.id],
  );
  return visitFilesOf(actor, rows.map(toSyncDocument));
}

export type StreamGate = { now: () => number; revokedDesks: ReadonlySet<string> };

/**
 * @param gate an open stream outlives the request that authenticated it: once its access token has
 *   expired, or its desk was revoked through this process, it carries no more documents (the desk
 *   reconnects with a fresh token, which is checked again).
 */
export function createSyncPolicy(db: Queryable, gate: StreamGate): SyncPolicy {
  return {
    async authorizePush(c, collection, rows) {
      // Valid JSON and schema-valid, yet PostgreSQL refuses it (a 500 otherwise): checked for every principal.
      const unstorable = rows.findIndex((row) => findUnstorableText(row.newDocumentState) !== null);
      if (unstorable >= 0) {
        return jsonError(c, 400, 'push.unstorable-text', `Row ${unstorable}: text with NUL or an unpaired surrogate cannot be stored`, { row: unstorable });
      }
      const actor = actorOf(principalOf(c));
      if (actor === null) return null;
      if (actor === 'forbidden') return jsonError(c, 403, 'sync.desk-required', 'Sync needs a session opened on a registered desk');
      const ids = [...new Set(rows.map((row) => String(row.newDocumentState[collection.primaryKey])))];
      const stored = await db.query<StoredRow>(
        'SELECT id, data, deleted FROM documents WHERE collection = $1 AND id IN (SELECT jsonb_array_elements_text($2::jsonb))',
        [collection.name, JSON.stringify(ids)],
      );
      // An erased person's documents are judged as they will be stored: anonymised (PDPL Art. 18). One
      // lookup of the erasure records for the stored, new and assumed states together.
      const [storedDocs = [], nexts = [], assumed = []] = await asStoredLists(db, collection.name, [
        stored.map(toSyncDocument), rows.map((row) => row.newDocumentState), rows.map((row) => row.assumedMasterState ?? null),
      ]);
      const byId = new Map(stored.map((row, index) => [row.id, storedDocs[index] as SyncDocument]));
      const colleagues = await colleaguesOf(db, actor, collection.name, rows);
      for (const [index, row] of rows.entries()) {
        const next = nexts[index] ?? row.newDocumentState;
        const current = byId.get(String(next[collection.primaryKey])) ?? null;
        const starts: (SyncDocument | null)[] = [];
        if (!current) starts.push(null);
        const from = assumed[index];
        if (from) starts.push(from);
        // A replay of what is stored already is skipped by the store: nothing to judge.
        if (current && jsonEqual(stripSyncMeta(current), stripSyncMeta(next)) && current._deleted === next._deleted) continue;
        for (const from of starts) {
          const refusal = checkPush(actor, collection.name, from, next, colleagues);
          if (refusal) return jsonError(c, 403, refusal.code, `Row ${index}: ${refusal.message}`, { row: index });
        }
      }
      return null;
    },
    filterDocuments(c, collection, docs) {
      const principal = principalOf(c);
      if (principal?.kind === 'staff' && (gate.now() >= principal.expiresAt || (principal.deskId !== null && gate.revokedDesks.has(principal.deskId)))) return [];
      const actor = actorOf(principal);
      if (actor === null) return docs;
      if (actor === 'forbidden') return [];
      return filterPulled(actor, collection, docs, holdersByRequest.get(c.req.raw) ?? [], visitFilesByRequest.get(c.req.raw));
    },
    narrowing(c, collection) {
      const actor = actorOf(principalOf(c));
      // No actor (the open dev server) reads everything; a refused one reads nothing (nor learns a count).
      if (actor === 'forbidden') return { kind: 'none' };
      return actor === null ? READ_ALL : pullNarrowing(actor, collection);
    },
    async prepare(c, collections) {
      const actor = actorOf(principalOf(c));
      if (actor === null || actor === 'forbidden') return;
      if (collections.includes('beneficiaries') && seesOnlyOwnVisits(actor) && !visitFilesByRequest.has(c.req.raw)) {
        visitFilesByRequest.set(c.req.raw, await visitFiles(db, actor));
      }
      if (holdersByRequest.has(c.req.raw)) return;
      if (!collections.some((name) => HOLDER_COLLECTIONS.includes(name))) return;
      holdersByRequest.set(c.req.raw, await deskHolders(db, actor, gate.now()));
    },
    async refresh(c, collection) {
      if (collection !== 'beneficiaries' || !visitFilesByRequest.has(c.req.raw)) return;
      const actor = actorOf(principalOf(c));
      if (actor === null || actor === 'forbidden') return;
      visitFilesByRequest.set(c.req.raw, await visitFiles(db, actor));
    },
    viewKey(c, collection) {
      const principal = principalOf(c);
      if (principal?.kind === 'staff' && (gate.now() >= principal.expiresAt || (principal.deskId !== null && gate.revokedDesks.has(principal.deskId)))) return null;
      const actor = actorOf(principal);
      if (actor === null) return 'unfiltered';
      if (actor === 'forbidden') return null;
      // A case's view also depends on who else holds the desk: streams share an encoding only with the same holders.
      const holders = HOLDER_COLLECTIONS.includes(collection) ? holdersByRequest.get(c.req.raw) ?? [] : [];
      const key = pullViewKey(actor, collection, visitFilesByRequest.get(c.req.raw));
      return holders.length === 0 ? key : `${key}:${holders.map((h) => h.id).sort().join(',')}`;
    },
  };
}
