import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config';
import { DEFAULT_SMS_BODY, loadOutboxConfig } from '../../server/outbox/outbox-config';
import { classifySmtpError, envelopeAddress } from '../../server/outbox/email-sender';
import { smsBody } from '../../server/outbox/sms-sender';

describe('outbox settings (server environment only)', () => {
  it('sends nothing when neither SMTP nor a gateway is configured', () => {
    expect(loadOutboxConfig({})).toBeNull();
    expect(loadConfig({}, '/tmp').outbox).toBeNull();
  });

  it('reads SMTP and the SMS gateway, with defaults', () => {
    const config = loadOutboxConfig({
      SMTP_HOST: 'smtp.example.org', SMTP_SECURE: 'true', SMTP_PORT: '465', SMTP_USER: 'u', SMTP_PASS: 'p', SMTP_FROM: 'جمعية <n@example.org>',
      SMS_GATEWAY_URL: 'https://sms.example.org/send', SMS_GATEWAY_TOKEN: 't', SMS_SENDER: 'KADI', SMS_STATUS_SECRET: '0123456789abcdef',
    });
    expect(config).toMatchObject({
      smtp: { host: 'smtp.example.org', port: 465, secure: true, user: 'u', pass: 'p' },
      sms: { url: 'https://sms.example.org/send', token: 't', sender: 'KADI', bodyTemplate: DEFAULT_SMS_BODY, idempotent: false, statusSecret: '0123456789abcdef' },
      pollMs: 5000, sendingTimeoutMs: 600_000, backoffScale: 1,
    });
  });

  it('refuses settings that cannot work', () => {
    expect(() => loadOutboxConfig({ SMTP_HOST: 'x' })).toThrow(/SMTP_FROM/);
    expect(() => loadOutboxConfig({ SMTP_HOST: 'x', SMTP_FROM: 'a@b.org', SMTP_USER: 'u' })).toThrow(/SMTP_PASS/);
    expect(() => loadOutboxConfig({ SMTP_HOST: 'x', SMTP_FROM: 'a@b.org', SMTP_PORT: '70000' })).toThrow(/SMTP_PORT/);
    expect(() => loadOutboxConfig({ SMS_GATEWAY_URL: 'ftp://x' })).toThrow(/http/);
    expect(() => loadOutboxConfig({ SMS_GATEWAY_URL: 'https://x', SMS_STATUS_SECRET: 'short' })).toThrow(/16/);
    expect(() => loadOutboxConfig({ SMS_GATEWAY_URL: 'https://x', SMS_GATEWAY_BODY: '{"msg":"{{text}}"}' })).toThrow(/\{\{to\}\}/);
    expect(() => loadOutboxConfig({ SMS_GATEWAY_URL: 'https://x', OUTBOX_POLL_MS: '-1' })).toThrow(/OUTBOX_POLL_MS/);
  });

  it('fills the gateway body as JSON, whatever the text holds', () => {
    const settings = loadOutboxConfig({ SMS_GATEWAY_URL: 'https://x', SMS_SENDER: 'KADI' })?.sms;
    if (!settings) throw new Error('sms settings');
    const body = smsBody(settings, { id: 'n1', address: '+966501234567', subject: '', text: 'سطر "أول"\nسطر ثانٍ \\ {{to}}' });
    expect(JSON.parse(body)).toEqual({ to: '+966501234567', from: 'KADI', text: 'سطر "أول"\nسطر ثانٍ \\ {{to}}', reference: 'n1', callbackUrl: '' });
  });
});

describe('the SMTP at-most-once rule', () => {
  const error = (fields: Record<string, unknown>) => Object.assign(new Error('x'), fields);
  it('retries what provably did not go out, fails refusals, and calls a lost answer after the body unknown', () => {
    expect(classifySmtpError(error({ code: 'ECONNECTION', command: 'CONN' }), false)).toMatchObject({ kind: 'retry', reason: 'outbox.unreachable' });
    expect(classifySmtpError(error({ code: 'ETIMEDOUT', command: 'CONN' }), false).kind).toBe('retry');
    expect(classifySmtpError(error({ code: 'EENVELOPE', command: 'RCPT TO', responseCode: 550, response: '550 no such user' }), false)).toEqual({ kind: 'failed', reason: '550 no such user' });
    expect(classifySmtpError(error({ code: 'EENVELOPE', command: 'RCPT TO', responseCode: 451 }), false).kind).toBe('retry');
    expect(classifySmtpError(error({ code: 'EAUTH', command: 'AUTH PLAIN', responseCode: 535 }), false).kind).toBe('retry');
    expect(classifySmtpError(error({ code: 'EMESSAGE', command: 'DATA', responseCode: 554 }), true).kind).toBe('failed');
    expect(classifySmtpError(error({ code: 'ETIMEDOUT', command: 'CONN' }), true)).toMatchObject({ kind: 'unknown', reason: 'outbox.no-answer' });
    expect(classifySmtpError(error({ code: 'ECONNECTION', command: 'CONN' }), true).kind).toBe('unknown');
  });
  it('takes the bare address of the From header for the envelope', () => {
    expect(envelopeAddress('جمعية كادي <notices@kadi.example.org>')).toBe('notices@kadi.example.org');
    expect(envelopeAddress(' notices@kadi.example.org ')).toBe('notices@kadi.example.org');
  });
});
