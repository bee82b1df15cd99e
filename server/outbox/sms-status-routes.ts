/**
 * The SMS gateway's status callback: POST /outbox/sms-status?secret=… with JSON
 * { reference, status, reason? }. `reference` is the notice id the outbox sent (sms-sender.ts).
 * The gateway is not a desk and holds no account, so this route sits before sign-in and is
 * guarded by SMS_STATUS_SECRET instead (no secret configured: the route does not exist).
 * Provider status words vary; the common ones map to delivered / failed, the rest (queued,
 * accepted…) change nothing.
 */
import { timingSafeEqual } from 'node:crypto';
import type { Hono } from 'hono';
import type { Database } from '../db/database';
import { jsonError } from '../http/errors';
import { readObject, smallBody, stringField } from '../http/json-body';
import { shortReason } from './send-outcome';
import { recordReport } from './outbox-store';

const DELIVERED = ['delivered', 'delivrd', 'success', 'succeeded'];
const FAILED = ['failed', 'undelivered', 'undeliv', 'undeliverable', 'rejected', 'rejectd', 'expired', 'error'];

export function reportState(status: string): 'delivered' | 'failed' | null {
  const word = status.trim().toLowerCase();
  if (DELIVERED.includes(word)) return 'delivered';
  if (FAILED.includes(word)) return 'failed';
  return null;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export type StatusRouteDeps = { db: Database; secret: string | null; onRecorded?: () => void };

export function registerSmsStatusRoute(app: Hono, deps: StatusRouteDeps): void {
  const { secret } = deps;
  if (secret === null) return;
  app.post('/outbox/sms-status', smallBody, async (c) => {
    if (!sameSecret(c.req.query('secret') ?? c.req.header('x-wasl-secret') ?? '', secret)) return jsonError(c, 401, 'auth.required', 'Wrong or missing secret');
    const read = await readObject(c);
    if (!read.ok) return read.response;
    const reference = stringField(read.body, 'reference', 36);
    const status = stringField(read.body, 'status', 40);
    if (!reference || !status) return jsonError(c, 400, 'request.invalid', 'reference and status are required');
    const state = reportState(status);
    const reason = shortReason(stringField(read.body, 'reason', 2000) ?? stringField(read.body, 'error', 2000) ?? (state === 'failed' ? status : ''));
    if (state !== null && (await recordReport(deps.db, reference, state, reason))) deps.onRecorded?.();
    return c.body(null, 204);
  });
}
