import type { Hono } from 'hono';
import type { Database } from '../db/database';
import type { ServerAudit } from '../auth/audit-log';
import { actorIdOf, markAudited, principalOf, sourceOf } from '../auth/principal';
import { jsonError } from '../http/errors';
import { readObject, smallBody, stringField } from '../http/json-body';
import { listChainFindings } from '../sync/audit-chain-check';
import { listPossibleDuplicates } from '../sync/duplicates';
import { createRegistrationCode, listDeskKeys, registerDesk, revokeDesk } from './desk-store';

/**
 * POST /desks/registration-codes (admin) → { code, expiresAt }: one-time, 24 h
 * POST /desks/register (public) { registrationCode, deskCode, deskName, publicKey } → 201 { deskId, deskCode, credential }
 *      409 desk.code-taken (the code is not spent: ask for another desk code)
 * GET  /desks/keys (any desk or staff) → { desks: DeskKey[] }: every desk's Ed25519 public key
 * GET  /desks (admin) → { desks }
 * POST /desks/:id/revoke (admin) → its credential and sessions answer 403 desk.revoked + wipe from then on
 * GET  /numbers/duplicates (admin) → { duplicates }: records of one collection sharing a human number
 * GET  /audit?limit= (admin) → the server's audit trail, newest first
 * GET  /audit/chain-findings (admin) → { findings }: breaks found in the desks' audit chains, newest first
 */
export function registerDeskRoutes(app: Hono, deps: { db: Database; audit: ServerAudit; now: () => number; revokedDesks: Set<string> }): void {
  app.post('/desks/registration-codes', async (c) => {
    const by = actorIdOf(principalOf(c)) ?? 'unknown';
    const created = await createRegistrationCode(deps.db, by, deps.now());
    markAudited(c);
    await deps.audit.record({ action: 'desk.registration-code', actorId: by, source: sourceOf(c), details: { expiresAt: created.expiresAt } });
    return c.json(created, 201);
  });

  app.post('/desks/register', smallBody, async (c) => {
    const read = await readObject(c);
    if (!read.ok) return read.response;
    const input = {
      registrationCode: stringField(read.body, 'registrationCode', 40),
      deskCode: stringField(read.body, 'deskCode', 20),
      deskName: stringField(read.body, 'deskName', 200),
      publicKey: stringField(read.body, 'publicKey', 100),
    };
    if (Object.values(input).some((value) => value === undefined)) {
      return jsonError(c, 400, 'desk.bad-request', 'registrationCode, deskCode, deskName and publicKey are required strings');
    }
    const result = await registerDesk(deps.db, input as Record<keyof typeof input, string>, deps.now());
    if (!result.ok) {
      const status = result.error === 'desk.code-taken' ? 409 : result.error === 'desk.registration-code-invalid' ? 403 : 400;
      return jsonError(c, status, result.error, status === 409 ? 'This desk code is taken: choose another' : 'The desk was not registered');
    }
    markAudited(c);
    await deps.audit.record({ action: 'desk.register', deskId: result.deskId, source: sourceOf(c), details: { deskCode: result.deskCode } });
    return c.json({ deskId: result.deskId, deskCode: result.deskCode, credential: result.credential }, 201);
  });

  app.get('/desks/keys', async (c) => c.json({ desks: await listDeskKeys(deps.db) }));
  app.get('/desks', async (c) => c.json({ desks: await listDeskKeys(deps.db) }));

  app.post('/desks/:id/revoke', async (c) => {
    const by = actorIdOf(principalOf(c)) ?? 'unknown';
    const id = c.req.param('id');
    if (!(await revokeDesk(deps.db, id, by, deps.now()))) return jsonError(c, 404, 'desk.not-found', 'No such desk, or already revoked');
    deps.revokedDesks.add(id);
    markAudited(c);
    await deps.audit.record({ action: 'desk.revoke', actorId: by, deskId: id, source: sourceOf(c) });
    return c.json({ revoked: true });
  });

  app.get('/numbers/duplicates', async (c) => c.json({ duplicates: await listPossibleDuplicates(deps.db, 1000, 'number') }));

  app.get('/audit/chain-findings', async (c) => c.json({ findings: await listChainFindings(deps.db) }));

  app.get('/audit', async (c) => {
    const limit = Math.min(Math.max(Number(c.req.query('limit') ?? 200) || 200, 1), 1000);
    const rows = await deps.db.query(
      'SELECT id::text AS id, at::text AS at, action, actor_id, desk_id, source, code, details FROM server_audit ORDER BY id DESC LIMIT $1',
      [limit],
    );
    return c.json({ entries: rows.map((row) => ({ ...row, id: Number(row.id), at: Number(row.at) })) });
  });
}
