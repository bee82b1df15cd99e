/**
 * The outbox worker: every server process runs one; they share the work through the outbox table.
 * A tick: take on newly pushed notices, expire 'sending' rows of dead processes to 'unknown', claim
 * due notices (committed as 'sending' BEFORE any SMTP/HTTP call: at most once), send them, record
 * each outcome, and write the outcomes into the communication log.
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { MAX_SEND_ATTEMPTS, retryDelayMs } from '@shared/outbox/backoff';
import type { Database } from '../db/database';
import { writeDeliveryEntries, type LogOptions } from './delivery-log';
import { emailSender } from './email-sender';
import { judgeNotice } from './notice-checks';
import type { OutboxSettings } from './outbox-config';
import { discoverNotices, expireSending, failUnsent, finishClaim, lockDue, markSending, postpone, type ClaimedRow } from './outbox-store';
import type { SendOutcome, Sender } from './send-outcome';
import { smsSender } from './sms-sender';

export type OutboxWorker = { tick(): Promise<void>; stop(): Promise<void> };

export type WorkerOptions = LogOptions & {
  settings: OutboxSettings;
  now?: () => Date;
  onError: (error: unknown) => void;
  /** notices sent at once by one process */
  batch?: number;
};

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

function sendersOf(settings: OutboxSettings): Map<string, Sender> {
  const senders = new Map<string, Sender>();
  if (settings.smtp) senders.set('email', emailSender(settings.smtp, settings.sendTimeoutMs));
  if (settings.sms) senders.set('sms', smsSender(settings.sms, settings.sendTimeoutMs));
  return senders;
}

/** Claims due notices in one transaction; the ones judged unsendable are failed or postponed there. */
async function claim(db: Database, channels: string[], options: WorkerOptions, processId: string): Promise<ClaimedRow[]> {
  const now = options.now ?? (() => new Date());
  return db.transaction(async (tx) => {
    const claimed: ClaimedRow[] = [];
    for (const row of await lockDue(tx, channels, options.batch ?? 4)) {
      const verdict = await judgeNotice(tx, row.data, now());
      if (verdict.kind === 'fail') await failUnsent(tx, row.notice_id, verdict.reason);
      else if (verdict.kind === 'wait') await postpone(tx, row.notice_id, verdict.until, 'outbox.quiet-hours');
      else {
        const token = randomUUID();
        await markSending(tx, row.notice_id, token, processId);
        claimed.push({ ...row, claim_token: token, attempts: row.attempts + 1, data: { ...row.data, address: verdict.notice.address } });
      }
    }
    return claimed;
  });
}

async function settle(db: Database, row: ClaimedRow, outcome: SendOutcome, backoffScale: number): Promise<void> {
  if (outcome.kind === 'sent') return finishClaim(db, row, { state: 'sent', reason: '' });
  const lastError = outcome.detail ?? outcome.reason;
  if (outcome.kind !== 'retry') return finishClaim(db, row, { state: outcome.kind, reason: outcome.reason, lastError });
  const wait = row.attempts < MAX_SEND_ATTEMPTS ? retryDelayMs(row.attempts, backoffScale) : null;
  if (wait === null) return finishClaim(db, row, { state: 'failed', reason: outcome.reason, lastError });
  return finishClaim(db, row, { state: 'pending', reason: outcome.reason, lastError, retryAt: new Date(Date.now() + wait) });
}

export function startOutboxWorker(db: Database, options: WorkerOptions): OutboxWorker {
  const { settings } = options;
  const senders = sendersOf(settings);
  const processId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  let running: Promise<void> | null = null;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;

  async function work(): Promise<void> {
    await discoverNotices(db);
    await expireSending(db, settings.sendingTimeoutMs);
    const claimed = await claim(db, [...senders.keys()], options, processId);
    await Promise.all(
      claimed.map(async (row) => {
        const send = senders.get(str(row.data.subChannel));
        const outcome: SendOutcome = send
          ? await send({ id: row.notice_id, address: str(row.data.address), subject: str(row.data.subject), text: str(row.data.summary) })
          : { kind: 'retry', reason: 'outbox.channel-unsupported' };
        await settle(db, row, outcome, settings.backoffScale);
      }),
    );
    await writeDeliveryEntries(db, options);
  }

  function tick(): Promise<void> {
    running ??= work()
      .catch(options.onError)
      .finally(() => {
        running = null;
      });
    return running;
  }

  function schedule(): void {
    if (stopped) return;
    timer = setTimeout(() => void tick().then(schedule), settings.pollMs);
  }
  schedule();

  return {
    tick,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
