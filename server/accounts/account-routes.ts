import type { Hono } from 'hono';
import { isRole, type Role } from '@shared/staff/roles';
import type { Database } from '../db/database';
import type { ServerAudit } from '../auth/audit-log';
import { actorIdOf, markAudited, principalOf, sourceOf } from '../auth/principal';
import { jsonError } from '../http/errors';
import { readObject, smallBody, stringField } from '../http/json-body';
import { createAccount, listAccounts, UNIT_ID, updateAccount, type AccountPatch } from './accounts-store';

/**
 * Admin only (the authenticate guard): POST /accounts, GET /accounts, PATCH /accounts/:id.
 * Passwords never leave the server, not even hashed.
 */
export function registerAccountRoutes(app: Hono, deps: { db: Database; audit: ServerAudit; now: () => number }): void {
  app.get('/accounts', async (c) => c.json({ accounts: await listAccounts(deps.db) }));

  app.post('/accounts', smallBody, async (c) => {
    const read = await readObject(c);
    if (!read.ok) return read.response;
    const { body } = read;
    const roles = Array.isArray(body.roles) && body.roles.length <= 20 ? body.roles : null;
    const unitIds = body.unitIds === undefined ? [] : Array.isArray(body.unitIds) ? body.unitIds : null;
    const input = {
      username: stringField(body, 'username', 64),
      displayName: stringField(body, 'displayName', 200),
      password: stringField(body, 'password', 1024),
    };
    if (input.username === undefined || input.displayName === undefined || input.password === undefined || !roles || !unitIds ||
      !roles.every((role) => typeof role === 'string') || !unitIds.every((unit) => typeof unit === 'string')) {
      return jsonError(c, 400, 'accounts.bad-request', 'username, displayName, password (strings), roles and unitIds (string arrays) are required');
    }
    const created = await createAccount(deps.db, { ...input, username: input.username, displayName: input.displayName, password: input.password, roles: roles as string[], unitIds: unitIds as string[] }, actorIdOf(principalOf(c)));
    if (!created.ok) {
      const taken = created.errors.includes('accounts.username-taken');
      return jsonError(c, taken ? 409 : 400, taken ? 'accounts.username-taken' : 'accounts.invalid', 'The account was not created', { details: { errors: created.errors } });
    }
    markAudited(c);
    await deps.audit.record({ action: 'account.create', actorId: actorIdOf(principalOf(c)), source: sourceOf(c), details: { accountId: created.account.id, roles: created.account.roles } });
    return c.json({ account: created.account }, 201);
  });

  app.patch('/accounts/:id', smallBody, async (c) => {
    const read = await readObject(c);
    if (!read.ok) return read.response;
    const { body } = read;
    const patch: AccountPatch = {};
    if (body.roles !== undefined) {
      if (!Array.isArray(body.roles) || body.roles.length === 0 || !body.roles.every(isRole)) return jsonError(c, 400, 'staff.roles-required', 'roles must be a non-empty list of known roles');
      patch.roles = [...new Set(body.roles as Role[])];
    }
    if (body.unitIds !== undefined) {
      if (!Array.isArray(body.unitIds) || body.unitIds.length > 50 || !body.unitIds.every((unit) => typeof unit === 'string' && UNIT_ID.test(unit))) {
        return jsonError(c, 400, 'accounts.unit-ids', 'unitIds must be a list of unit keys');
      }
      patch.unitIds = [...new Set(body.unitIds as string[])];
    }
    if (body.active !== undefined) {
      if (typeof body.active !== 'boolean') return jsonError(c, 400, 'accounts.bad-request', 'active must be a boolean');
      patch.active = body.active;
    }
    const id = c.req.param('id');
    if (!(await updateAccount(deps.db, id, patch))) return jsonError(c, 404, 'accounts.not-found', 'No such account');
    if (patch.active === false) {
      await deps.db.query("UPDATE auth_sessions SET revoked_at = $2, revoked_reason = 'account-deactivated' WHERE account_id = $1 AND revoked_at IS NULL", [id, deps.now()]);
    }
    markAudited(c);
    await deps.audit.record({ action: 'account.update', actorId: actorIdOf(principalOf(c)), source: sourceOf(c), details: { accountId: id, fields: Object.keys(patch) } });
    return c.json({ updated: true });
  });
}
