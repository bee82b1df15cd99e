import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncDocument } from '@shared/sync/protocol';
import { dropSchema, DATABASE_URL, newSchemaName } from './sync-support/harness';
import { waitFor } from './accounts-support';
import { PGLITE_SKIP_REASON } from './sync-fault-support/skip-reason';
import { startServerProcess, type ServerProcess } from './sync-fault-support/server-process';
import { deliveries, notice, startSmtpStandIn, type SmtpStandIn } from './outbox-support';

/**
 * At most once (policy 3.3e: the beneficiary is told, not told twice): two server processes
 * (server/main.ts) on one PostgreSQL send from one outbox to a slow SMTP server in this process;
 * one is SIGKILLed while it waits for the SMTP server's answer. Every notice reaches the SMTP
 * server at most once, and the log says what happened to each: sent, or unknown for the ones the
 * dead process had on the wire.
 */
const TOKEN = 'outbox-token-0123456789';
const NOTICES = 12;
const ids = Array.from({ length: NOTICES }, (_, i) => `33333333-0000-4000-8000-${String(i).padStart(12, '0')}`);

describe.skipIf(!DATABASE_URL)(`two server processes, one killed mid-send (${DATABASE_URL ? 'PostgreSQL' : PGLITE_SKIP_REASON})`, () => {
  const schema = newSchemaName();
  let smtp: SmtpStandIn;
  let servers: ServerProcess[] = [];
  let client: pg.Client;

  beforeAll(async () => {
    smtp = await startSmtpStandIn({ replyDelayMs: 1_500 });
    const env = {
      SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_FROM: 'notices@kadi.example.org',
      OUTBOX_POLL_MS: '100', OUTBOX_SENDING_TIMEOUT_MS: '8000', OUTBOX_SEND_TIMEOUT_MS: '5000', OUTBOX_BACKOFF_SCALE: '0.001',
    };
    const databaseUrl = DATABASE_URL ?? '';
    servers = [await startServerProcess({ databaseUrl, schema, token: TOKEN, env }), await startServerProcess({ databaseUrl, schema, token: TOKEN, env })];
    client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
  }, 120_000);

  afterAll(async () => {
    for (const server of servers) await server.stop();
    await client?.end();
    await dropSchema(schema);
    await smtp?.close();
  });

  const logged = async (): Promise<SyncDocument[]> =>
    (await client.query<{ data: SyncDocument }>(`SELECT data FROM "${schema}".documents WHERE collection = 'interactions'`)).rows.map((row) => row.data);

  it('each notice reaches the SMTP server at most once, and the log says what happened to every one', async () => {
    const push = await fetch(`${servers[0]!.url}/sync/interactions/push`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify(ids.map((id, i) => ({ newDocumentState: notice(id, { address: `person${i}@example.org` }) }))),
    });
    expect(push.status).toBe(200);

    // Wait for a message on the wire: its data arrived, the SMTP server has not answered yet.
    let inFlight: { notice_id: string; claimed_by: string }[] = [];
    await waitFor(async () => {
      const sending = (await client.query<{ notice_id: string; claimed_by: string }>(`SELECT notice_id, claimed_by FROM "${schema}".outbox WHERE state = 'sending'`)).rows;
      inFlight = sending.filter((row) => smtp.received.some((mail) => mail.noticeId === row.notice_id));
      return inFlight.length > 0;
    }, 'a message waiting for the SMTP answer', 60_000);
    const victimPid = Number(/:(\d+):[^:]+$/.exec(inFlight[0]!.claimed_by)?.[1]);
    const victim = servers.find((server) => server.pid === victimPid);
    expect(victim).toBeDefined();
    const dying = (await client.query<{ notice_id: string }>(`SELECT notice_id FROM "${schema}".outbox WHERE state = 'sending' AND claimed_by LIKE $1`, [`%:${victimPid}:%`])).rows.map((row) => row.notice_id);
    await victim!.kill();

    // The survivor sends the rest and, after the timeout, marks the dead process's sends unknown.
    await waitFor(async () => deliveries(await logged()).size === NOTICES, 'an outcome for every notice', 90_000);
    const log = deliveries(await logged());
    const received = smtp.received.map((mail) => mail.noticeId);
    for (const id of ids) {
      const copies = received.filter((got) => got === id).length;
      expect(copies, `${id} reached the SMTP server ${copies} times`).toBeLessThanOrEqual(1);
      const outcome = log.get(id) ?? [];
      expect(outcome).toHaveLength(1);
      if (dying.includes(id)) expect(outcome[0]).toEqual({ state: 'unknown', reason: 'outbox.server-stopped' });
      else expect(outcome[0]).toEqual({ state: 'sent', reason: '' });
      if (outcome[0]?.state === 'sent') expect(copies).toBe(1);
    }
    expect(dying.length).toBeGreaterThan(0);
    const left = await client.query(`SELECT 1 FROM "${schema}".outbox WHERE state IN ('pending', 'sending')`);
    expect(left.rowCount).toBe(0);
    // Both processes did send (the work was shared, not one idle beside the other).
    const senders = await client.query<{ n: number }>(`SELECT count(DISTINCT split_part(claimed_by, ':', 2))::int AS n FROM "${schema}".outbox`);
    expect(senders.rows[0]?.n).toBe(2);

    // A replayed push of every notice (a desk re-sending after a lost answer) sends nothing again.
    const survivor = servers.find((server) => server !== victim)!;
    const before = smtp.received.length;
    const notices = (await logged()).filter((doc) => doc.kind === 'notice');
    const replay = await fetch(`${survivor.url}/sync/interactions/push`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify(notices.map((doc) => ({ newDocumentState: { ...doc, _deleted: false } }))),
    });
    expect(replay.status).toBe(200);
    await new Promise((done) => setTimeout(done, 1_500));
    expect(smtp.received.length).toBe(before);
  }, 180_000);
});
