import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { DUPLICATE_CHECK_FIELDS, projectDuplicateCheck } from '@shared/accounts/pull-filters';
import { mayPush } from '@shared/accounts/push-rights';
import { ERASED_NATIONAL_ID } from '@shared/data-rights/erased-values';
import { BENEFICIARY_LIMITS } from '@shared/db/schemas/beneficiary.schema';
import type { Queryable } from '../db/database';
import { actorOf, principalOf } from '../auth/principal';
import { createRateLimiter } from '../complaints/rate-limit';
import { toSyncDocument } from '../sync/document-store';
import { jsonError } from './errors';

/**
 * The online duplicate lookup of the registry form (POST /registry/duplicate-check). A field worker's
 * desk no longer holds other desks' files, not even cut to the duplicate-check fields (PDPL's data
 * minimisation principle, policy 3.6b; shared/accounts/pull-filters.ts): while online, its form asks
 * here instead, and learns only of the files that match what it typed, as those same fields. Offline,
 * the push still flags a cross-desk duplicate on the server (server/sync/duplicates.ts, GET /duplicates).
 * Only for those who may register files; limited per account so it cannot be used to walk the registry.
 */

export const LOOKUP_RATE = { limit: 120, windowMs: 10 * 60_000 };
const MAX_MATCHES = 20;
const NATIONAL_ID = /^[12]\d{9}$/;
const MOBILE = /^\+9665\d{8}$/;

type Query = { nationalId: string; mobiles: string[] };

function parseQuery(body: unknown): Query | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return null;
  const { nationalId = '', mobiles = [] } = body as Record<string, unknown>;
  if (typeof nationalId !== 'string' || (nationalId !== '' && !NATIONAL_ID.test(nationalId))) return null;
  if (!Array.isArray(mobiles) || mobiles.length > BENEFICIARY_LIMITS.mobiles) return null;
  if (!mobiles.every((mobile): mobile is string => typeof mobile === 'string' && MOBILE.test(mobile))) return null;
  if (nationalId === '' && mobiles.length === 0) return null;
  return { nationalId, mobiles };
}

/** Living files (not deleted, not merged into another) with this national ID (the partial index of migration 0003) or one of these mobiles (migration 0011's). */
async function matchesOf(db: Queryable, query: Query): Promise<Record<string, unknown>[]> {
  const rows = await db.query<{ data: Record<string, unknown>; deleted: boolean }>(
    `SELECT data, deleted FROM documents
     WHERE collection = 'beneficiaries' AND NOT deleted AND coalesce(data ->> 'mergedInto', '') = ''
       AND ((data ->> 'nationalId') = $1 OR (data -> 'mobiles') ?| $2::text[])
     ORDER BY seq LIMIT ${MAX_MATCHES}`,
    [query.nationalId === '' || query.nationalId === ERASED_NATIONAL_ID ? null : query.nationalId, query.mobiles],
  );
  return rows.map((row) => projectDuplicateCheck(toSyncDocument(row)));
}

/** The desks those files were registered at, by id: shown by name (and code) on the form, not by code alone. */
async function desksOf(db: Queryable, matches: readonly Record<string, unknown>[]): Promise<Record<string, { code: string; name: string }>> {
  const ids = [...new Set(matches.map((match) => match.deskId).filter((id): id is string => typeof id === 'string'))];
  if (ids.length === 0) return {};
  const rows = await db.query<{ id: string; code: string; name: string }>('SELECT id, code, name FROM desks WHERE id = ANY($1::text[])', [ids]);
  return Object.fromEntries(rows.map((row) => [row.id, { code: row.code, name: row.name }]));
}

export function registerRegistryRoutes(app: Hono, deps: { db: Queryable; now: () => number }): void {
  const limiter = createRateLimiter({ ...LOOKUP_RATE, now: deps.now });
  app.post('/registry/duplicate-check', bodyLimit({ maxSize: 4096, onError: (c) => jsonError(c, 413, 'registry.lookup-too-large', 'At most 4 KB') }), async (c: Context) => {
    const actor = actorOf(principalOf(c));
    if (actor === 'forbidden' || (actor !== null && !mayPush(actor.roles, 'beneficiaries', 'create'))) {
      return jsonError(c, 403, 'registry.lookup-forbidden', 'Only those who register files may look up duplicates');
    }
    const retryAfter = limiter.attempt(actor?.id ?? 'dev');
    if (retryAfter !== null) {
      c.header('retry-after', String(retryAfter));
      return jsonError(c, 429, 'registry.lookup-rate-limited', 'Too many duplicate lookups: try again later');
    }
    const query = parseQuery(await c.req.json().catch(() => null));
    if (!query) return jsonError(c, 400, 'registry.lookup-invalid', 'Give a national ID (10 digits) and/or mobiles (+9665XXXXXXXX)');
    const matches = await matchesOf(deps.db, query);
    return c.json({ matches, fields: DUPLICATE_CHECK_FIELDS, desks: await desksOf(deps.db, matches) });
  });
}
