/**
 * The outbox tables (migration 0006). Every state change is one statement or one transaction, and
 * each outcome is also an outbox_events row (written in the same statement) for the log writer
 * (delivery-log.ts).
 */
import type { Database, Queryable } from '../db/database';

export type OutcomeState = 'sent' | 'delivered' | 'failed' | 'unknown';

export type ClaimedRow = { notice_id: string; data: Record<string, unknown>; attempts: number; claim_token: string };

/** Notices pushed by desks that the outbox has not taken on yet become 'pending' rows. */
export async function discoverNotices(db: Queryable): Promise<void> {
  await db.query(
    `INSERT INTO outbox (notice_id, channel)
     SELECT d.id, coalesce(d.data ->> 'subChannel', '') FROM documents d
     WHERE d.collection = 'interactions' AND (d.data ->> 'kind') = 'notice' AND NOT d.deleted
       AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.notice_id = d.id)
     ON CONFLICT (notice_id) DO NOTHING`,
  );
}

/**
 * A 'sending' row older than the timeout belongs to a process that died mid-send (or hung past
 * every SMTP/HTTP timeout): it becomes 'unknown' and is never sent again automatically.
 */
export async function expireSending(db: Queryable, timeoutMs: number): Promise<void> {
  await db.query(
    `WITH expired AS (
       UPDATE outbox SET state = 'unknown', updated_at = now(),
         last_error = 'the sending process stopped before it recorded an outcome'
       WHERE state = 'sending' AND claimed_at < now() - make_interval(secs => $1::double precision / 1000)
       RETURNING notice_id
     )
     INSERT INTO outbox_events (notice_id, state, reason)
     SELECT notice_id, 'unknown', 'outbox.server-stopped' FROM expired ON CONFLICT DO NOTHING`,
    [timeoutMs],
  );
}

/** Due pending rows with their notice, locked for this transaction (other processes skip them). */
export async function lockDue(tx: Queryable, channels: readonly string[], limit: number): Promise<ClaimedRow[]> {
  return tx.query<ClaimedRow>(
    `SELECT o.notice_id, d.data, o.attempts, '' AS claim_token FROM outbox o
     JOIN documents d ON d.collection = 'interactions' AND d.id = o.notice_id
     WHERE o.state = 'pending' AND o.next_attempt_at <= now() AND o.channel = ANY($1::text[])
     ORDER BY o.next_attempt_at LIMIT $2
     FOR UPDATE OF o SKIP LOCKED`,
    [channels, limit],
  );
}

export async function markSending(tx: Queryable, noticeId: string, token: string, processId: string): Promise<void> {
  await tx.query(
    `UPDATE outbox SET state = 'sending', attempts = attempts + 1, claim_token = $2, claimed_by = $3, claimed_at = now(), updated_at = now()
     WHERE notice_id = $1`,
    [noticeId, token, processId],
  );
}

export async function postpone(tx: Queryable, noticeId: string, until: Date, reason: string): Promise<void> {
  await tx.query('UPDATE outbox SET next_attempt_at = $2, last_error = $3, updated_at = now() WHERE notice_id = $1', [noticeId, until.toISOString(), reason]);
}

/** A final outcome decided without sending (a bad address, an opt-out). */
export async function failUnsent(tx: Queryable, noticeId: string, reason: string): Promise<void> {
  await tx.query(`UPDATE outbox SET state = 'failed', last_error = $2, updated_at = now() WHERE notice_id = $1`, [noticeId, reason]);
  await tx.query(`INSERT INTO outbox_events (notice_id, state, reason) VALUES ($1, 'failed', $2) ON CONFLICT DO NOTHING`, [noticeId, reason]);
}

/**
 * The outcome of this process's claim. A row that was expired to 'unknown' meanwhile still gets the
 * real outcome (it is news); a row a status callback already moved on keeps its state.
 */
export async function finishClaim(db: Database, row: ClaimedRow, outcome: { state: OutcomeState | 'pending'; reason: string; lastError?: string; retryAt?: Date }): Promise<void> {
  await db.transaction(async (tx) => {
    const moved = await tx.query(
      `UPDATE outbox SET state = $3, last_error = $4, next_attempt_at = coalesce($5::timestamptz, next_attempt_at), updated_at = now()
       WHERE notice_id = $1 AND claim_token = $2 AND state IN ('sending', 'unknown') RETURNING notice_id`,
      [row.notice_id, row.claim_token, outcome.state, outcome.lastError ?? outcome.reason, outcome.retryAt?.toISOString() ?? null],
    );
    if (outcome.state === 'pending') return;
    if (moved.length > 0 || outcome.state === 'sent') {
      await tx.query('INSERT INTO outbox_events (notice_id, state, reason) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [row.notice_id, outcome.state, outcome.reason]);
    }
  });
}

/** A provider's delivery report; ignored for notices this outbox never sent (or that failed unsent). */
export async function recordReport(db: Database, noticeId: string, state: 'delivered' | 'failed', reason: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const moved = await tx.query(
      `UPDATE outbox SET state = $2, last_error = $3, updated_at = now()
       WHERE notice_id = $1 AND state IN ('sending', 'sent', 'unknown', 'delivered') RETURNING notice_id`,
      [noticeId, state, reason],
    );
    if (moved.length === 0) return false;
    await tx.query('INSERT INTO outbox_events (notice_id, state, reason) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [noticeId, state, reason]);
    return true;
  });
}

export type EventRow = { notice_id: string; state: OutcomeState; reason: string; at: Date; data: Record<string, unknown> };

export async function unloggedEvents(db: Queryable, limit: number): Promise<EventRow[]> {
  return db.query<EventRow>(
    `SELECT e.notice_id, e.state, e.reason, e.at, d.data FROM outbox_events e
     JOIN documents d ON d.collection = 'interactions' AND d.id = e.notice_id
     WHERE NOT e.logged ORDER BY e.at LIMIT $1`,
    [limit],
  );
}

export async function markLogged(db: Queryable, events: readonly Pick<EventRow, 'notice_id' | 'state'>[]): Promise<void> {
  if (events.length === 0) return;
  await db.query(
    `UPDATE outbox_events e SET logged = true FROM jsonb_to_recordset($1::jsonb) AS x(notice_id text, state text)
     WHERE e.notice_id = x.notice_id AND e.state = x.state`,
    [JSON.stringify(events.map((event) => ({ notice_id: event.notice_id, state: event.state })))],
  );
}
