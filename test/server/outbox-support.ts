/**
 * The outbox's world in tests: a REAL SMTP server in the test process (smtp-server, each message
 * parsed with mailparser), a local HTTP stand-in for the SMS gateway (records each request, answers
 * as told, and calls the status callback like a provider does), and notices as desks push them.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { InteractionDoc } from '@shared/db/schemas/interaction.schema';
import type { SyncDocument } from '@shared/sync/protocol';
import type { OutboxSettings } from '../../server/outbox/outbox-config';
import { DEFAULT_SMS_BODY } from '../../server/outbox/outbox-config';

export type ReceivedMail = { parsed: ParsedMail; raw: string; envelopeTo: string[]; noticeId: string };

export type SmtpStandIn = {
  port: number;
  received: ReceivedMail[];
  close(): Promise<void>;
};

export type SmtpBehaviour = {
  /** wait before answering the end of the data (a slow server: a kill lands mid-send) */
  replyDelayMs?: number;
  /** an SMTP refusal of a recipient: [code, text], or null to accept */
  onRecipient?: (address: string) => [number, string] | null;
  /** a fixed port (e2e: the server's environment names it); 0 = any free one */
  port?: number;
};

export async function startSmtpStandIn(behaviour: SmtpBehaviour = {}): Promise<SmtpStandIn> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const refusal = behaviour.onRecipient?.(address.address) ?? null;
      if (!refusal) return callback();
      const error = Object.assign(new Error(refusal[1]), { responseCode: refusal[0] });
      return callback(error);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const envelopeTo = session.envelope.rcptTo.map((rcpt) => rcpt.address);
        void simpleParser(raw).then((parsed) => {
          const header = parsed.headers.get('x-wasl-notice');
          received.push({ parsed, raw, envelopeTo, noticeId: typeof header === 'string' ? header : '' });
          setTimeout(() => callback(), behaviour.replyDelayMs ?? 0);
        });
      });
    },
  });
  server.on('error', () => {});
  await new Promise<void>((ready) => server.listen(behaviour.port ?? 0, '127.0.0.1', ready));
  const { port } = server.server.address() as AddressInfo;
  return { port, received, close: () => new Promise((done) => server.close(() => done())) };
}

export type SmsRequest = { body: Record<string, unknown>; headers: IncomingMessage['headers']; answered: number | 'hung' };

export type SmsStandIn = {
  url: string;
  requests: SmsRequest[];
  /** what the next requests get: a status code, or 'hang' (never answer) */
  answers: (number | 'hang')[];
  /** messages the gateway accepted (2xx), by reference */
  accepted(): string[];
  /** calls the status callback as a provider does */
  report(callbackUrl: string, reference: string, status: string, reason?: string): Promise<number>;
  close(): Promise<void>;
};

/**
 * @param options.port a fixed port (0 = any free one)
 * @param options.autoReport a status the gateway reports to the request's callbackUrl after accepting
 * a message, as a provider does once the handset has it
 */
export async function startSmsStandIn(options: { port?: number; autoReport?: string } = {}): Promise<SmsStandIn> {
  const requests: SmsRequest[] = [];
  const answers: (number | 'hang')[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      const answer = answers.shift() ?? 202;
      requests.push({ body, headers: req.headers, answered: answer === 'hang' ? 'hung' : answer });
      if (answer === 'hang') return;
      res.writeHead(answer, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer < 300 ? { id: `msg-${requests.length}`, status: 'accepted' } : { error: answer === 500 ? 'internal error: not accepted' : 'invalid destination number' }));
      const callback = typeof body.callbackUrl === 'string' ? body.callbackUrl : '';
      if (answer < 300 && options.autoReport && callback) {
        setTimeout(() => void fetch(callback, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ reference: body.reference, status: options.autoReport }) }).catch(() => undefined), 200);
      }
    });
  });
  await new Promise<void>((ready) => server.listen(options.port ?? 0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/send`,
    requests,
    answers,
    accepted: () => requests.filter((r) => typeof r.answered === 'number' && r.answered < 300).map((r) => String(r.body.reference)),
    async report(callbackUrl, reference, status, reason) {
      const response = await fetch(callbackUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ reference, status, ...(reason ? { reason } : {}) }) });
      return response.status;
    },
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

export const STATUS_SECRET = 'status-secret-0123456789';

export function outboxSettings(parts: { smtpPort?: number; smsUrl?: string; callbackUrl?: string; idempotent?: boolean }, overrides: Partial<OutboxSettings> = {}): OutboxSettings {
  return {
    smtp: parts.smtpPort ? { host: '127.0.0.1', port: parts.smtpPort, secure: false, user: null, pass: null, from: 'جمعية كادي <notices@kadi.example.org>' } : null,
    sms: parts.smsUrl
      ? { url: parts.smsUrl, token: 'gateway-token', sender: 'KADI', bodyTemplate: DEFAULT_SMS_BODY, idempotent: parts.idempotent ?? false, statusSecret: STATUS_SECRET, callbackUrl: parts.callbackUrl ?? '' }
      : null,
    pollMs: 100,
    sendingTimeoutMs: 60_000,
    sendTimeoutMs: 2_000,
    backoffScale: 0.001,
    ...overrides,
  };
}

/** A notice as a desk queues it (kind 'notice' in the communication log). */
export function notice(id: string, fields: Partial<InteractionDoc> = {}): SyncDocument {
  const doc: InteractionDoc = {
    id,
    kind: 'notice',
    beneficiaryId: 'b-1',
    requestId: 'r-1',
    recordKind: 'request',
    recordId: 'r-1',
    channel: 'website-email',
    subChannel: 'email',
    direction: 'outbound',
    address: 'beneficiary@example.org',
    urgent: false,
    subject: 'طلبكم رقم R-0001 لدى جمعية كادي',
    summary: 'السلام عليكم محمد،\n\nتم استلام طلبكم (مساعدة مالية) رقم R-0001 مكتملاً، وأُحيل إلى الجهة المختصة.\n\nوتقبلوا خالص التحية،\nجمعية كادي',
    staffId: 'staff-1',
    at: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
    updatedBy: 'staff-1',
    deskId: 'desk-a',
    ...fields,
  };
  return { ...doc, _deleted: false };
}

export const smsNotice = (id: string, fields: Partial<InteractionDoc> = {}) =>
  notice(id, { channel: 'phone', subChannel: 'sms', address: '+966501234567', summary: 'تم استلام طلبكم رقم R-0001 مكتملاً، وأحيل إلى الجهة المختصة. جمعية كادي', ...fields });

/** The delivery entries of the log, by notice. */
export function deliveries(docs: readonly SyncDocument[]): Map<string, { state: string; reason: string }[]> {
  const out = new Map<string, { state: string; reason: string }[]>();
  for (const doc of docs) {
    if (doc.kind !== 'delivery') continue;
    const list = out.get(String(doc.noticeId)) ?? [];
    list.push({ state: String(doc.deliveryState), reason: String(doc.reason ?? '') });
    out.set(String(doc.noticeId), list);
  }
  return out;
}
