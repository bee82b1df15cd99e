/**
 * E-mail over SMTP (nodemailer's SMTP connection, one connection per message: notices are few,
 * and a fresh connection makes every failure belong to one message).
 *
 * At-most-once rule for SMTP: the message is handed over when the server answers 250 to the end of
 * its data. Before the body goes on the wire (connect, TLS, login, MAIL FROM, RCPT TO, DATA) nothing
 * can have been delivered, so any failure there is retried, except a permanent 5xx refusal of the
 * address (failed with the server's reason). A 4xx/5xx answer to the data is the server's refusal
 * (retry / failed). Once the body started going out, a lost connection or a timeout with no answer
 * is 'unknown': the server may have queued it.
 */
import { Readable } from 'node:stream';
import SMTPConnection from 'nodemailer/lib/smtp-connection';
import type { SmtpSettings } from './outbox-config';
import { composeNoticeEmail } from './email-message';
import { NO_ANSWER, shortReason, UNREACHABLE, type OutgoingNotice, type Sender, type SendOutcome } from './send-outcome';

type SmtpError = SMTPConnection.SMTPError;

const call = <T>(run: (done: (error: SmtpError | null | undefined, value?: T) => void) => void) =>
  new Promise<T>((resolve, reject) => run((error, value) => (error ? reject(error) : resolve(value as T))));

function describe(error: SmtpError): string {
  return shortReason(error.response || `${error.code ?? 'ERROR'}: ${error.message}`);
}

/** The outcome of an SMTP error, given whether any of the body had been read onto the wire. */
export function classifySmtpError(error: SmtpError, bodyStarted: boolean): SendOutcome {
  const reason = describe(error);
  const code = error.responseCode;
  if (code !== undefined && code >= 400) {
    // The server answered: it refused, so nothing went out. 4xx: try later. 5xx to the envelope or the
    // data: the address or the message is refused for good. 5xx elsewhere (EHLO, AUTH): our settings,
    // which an administrator can fix, so retried.
    if (code >= 500 && (error.command === 'RCPT TO' || error.command === 'MAIL FROM' || error.command === 'DATA')) return { kind: 'failed', reason };
    return { kind: 'retry', reason };
  }
  // No answer from the server (connection, TLS, timeout): a code for the desk, the detail kept.
  return bodyStarted ? { kind: 'unknown', reason: NO_ANSWER, detail: reason } : { kind: 'retry', reason: UNREACHABLE, detail: reason };
}

/** The bare address of a From header value ('Name <a@b>' or 'a@b'), for the envelope. */
export function envelopeAddress(from: string): string {
  return /<([^<>\s]+)>\s*$/.exec(from)?.[1] ?? from.trim();
}

export function emailSender(settings: SmtpSettings, timeoutMs: number): Sender {
  return async (notice: OutgoingNotice) => {
    const raw = await composeNoticeEmail(notice, settings.from);
    let bodyStarted = false;
    // The body is read only once the server said 354 to DATA: the first read marks the point
    // after which a failure may have delivered the message.
    const body = new Readable({
      read() {
        bodyStarted = true;
        this.push(raw);
        this.push(null);
      },
    });
    const connection = new SMTPConnection({
      host: settings.host,
      port: settings.port,
      secure: settings.secure,
      connectionTimeout: timeoutMs,
      greetingTimeout: timeoutMs,
      socketTimeout: timeoutMs,
    });
    // Errors also arrive as events; the callbacks below carry them.
    connection.on('error', () => {});
    try {
      await call<void>((done) => connection.connect((error) => done(error)));
      if (settings.user && settings.pass) await call<void>((done) => connection.login({ user: settings.user ?? '', pass: settings.pass ?? '' }, (error) => done(error)));
      const info = await call<SMTPConnection.SentMessageInfo>((done) => connection.send({ from: envelopeAddress(settings.from), to: [notice.address] }, body, done));
      if (info.rejected.length > 0) return { kind: 'failed', reason: shortReason(info.rejectedErrors?.[0]?.response ?? info.response) };
      return { kind: 'sent', detail: shortReason(info.response) };
    } catch (error) {
      return classifySmtpError(error as SmtpError, bodyStarted);
    } finally {
      connection.quit();
      connection.close();
    }
  };
}
