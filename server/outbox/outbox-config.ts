/**
 * The outbox's settings, from the server's environment only (never the desk: the SMTP password and
 * the gateway token stay on the server):
 *   SMTP_HOST / SMTP_PORT (587) / SMTP_SECURE (true: TLS from the start, port 465; else STARTTLS
 *   when offered) / SMTP_USER / SMTP_PASS / SMTP_FROM (the From address, required with SMTP_HOST)
 *   SMS_GATEWAY_URL / SMS_GATEWAY_TOKEN (sent as a bearer token) / SMS_SENDER (sender name)
 *   SMS_GATEWAY_BODY  the JSON body sent per message, with {{to}} {{text}} {{sender}} {{reference}}
 *                     {{callback}} filled in (default: DEFAULT_SMS_BODY), so any HTTP gateway fits
 *   SMS_GATEWAY_IDEMPOTENT  true when the gateway drops a second message with the same reference:
 *                     only then is a request that went out but got no answer retried
 *   SMS_STATUS_SECRET the secret the gateway's status callback carries (?secret=…; >= 16 chars)
 *   SMS_STATUS_CALLBACK_URL  this server's public address of POST /outbox/sms-status
 *   OUTBOX_POLL_MS (5000) / OUTBOX_SENDING_TIMEOUT_MS (600000: after it, 'sending' is 'unknown')
 *   OUTBOX_SEND_TIMEOUT_MS (60000: one SMTP or HTTP call) / OUTBOX_BACKOFF_SCALE (1; tests shrink it)
 */
export type SmtpSettings = { host: string; port: number; secure: boolean; user: string | null; pass: string | null; from: string };

export type SmsSettings = {
  url: string;
  token: string | null;
  sender: string;
  bodyTemplate: string;
  idempotent: boolean;
  statusSecret: string | null;
  callbackUrl: string;
};

export type OutboxSettings = {
  smtp: SmtpSettings | null;
  sms: SmsSettings | null;
  pollMs: number;
  sendingTimeoutMs: number;
  sendTimeoutMs: number;
  backoffScale: number;
};

export const DEFAULT_SMS_BODY = '{"to":"{{to}}","from":"{{sender}}","text":"{{text}}","reference":"{{reference}}","callbackUrl":"{{callback}}"}';

type Env = Record<string, string | undefined>;

function positive(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got '${raw}'`);
  return value;
}

function smtpFrom(env: Env): SmtpSettings | null {
  if (!env.SMTP_HOST) return null;
  if (!env.SMTP_FROM) throw new Error('SMTP_FROM is required with SMTP_HOST');
  const port = positive(env, 'SMTP_PORT', 587);
  if (!Number.isInteger(port) || port > 65535) throw new Error(`SMTP_PORT must be 1..65535, got '${env.SMTP_PORT}'`);
  if (Boolean(env.SMTP_USER) !== Boolean(env.SMTP_PASS)) throw new Error('SMTP_USER and SMTP_PASS go together');
  return { host: env.SMTP_HOST, port, secure: env.SMTP_SECURE === 'true', user: env.SMTP_USER || null, pass: env.SMTP_PASS || null, from: env.SMTP_FROM };
}

function smsFrom(env: Env): SmsSettings | null {
  if (!env.SMS_GATEWAY_URL) return null;
  const url = new URL(env.SMS_GATEWAY_URL);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('SMS_GATEWAY_URL must be http(s)');
  const secret = env.SMS_STATUS_SECRET || null;
  if (secret !== null && secret.length < 16) throw new Error('SMS_STATUS_SECRET must be at least 16 characters');
  const bodyTemplate = env.SMS_GATEWAY_BODY || DEFAULT_SMS_BODY;
  if (!bodyTemplate.includes('{{to}}') || !bodyTemplate.includes('{{text}}')) throw new Error('SMS_GATEWAY_BODY must contain {{to}} and {{text}}');
  return {
    url: url.toString(),
    token: env.SMS_GATEWAY_TOKEN || null,
    sender: env.SMS_SENDER ?? '',
    bodyTemplate,
    idempotent: env.SMS_GATEWAY_IDEMPOTENT === 'true',
    statusSecret: secret,
    callbackUrl: env.SMS_STATUS_CALLBACK_URL ?? '',
  };
}

export function loadOutboxConfig(env: Env): OutboxSettings | null {
  const smtp = smtpFrom(env);
  const sms = smsFrom(env);
  if (!smtp && !sms) return null;
  return {
    smtp,
    sms,
    pollMs: positive(env, 'OUTBOX_POLL_MS', 5_000),
    sendingTimeoutMs: positive(env, 'OUTBOX_SENDING_TIMEOUT_MS', 600_000),
    sendTimeoutMs: positive(env, 'OUTBOX_SEND_TIMEOUT_MS', 60_000),
    backoffScale: positive(env, 'OUTBOX_BACKOFF_SCALE', 1),
  };
}
