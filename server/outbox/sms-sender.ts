/**
 * SMS through a provider-neutral HTTP gateway: one POST per message to SMS_GATEWAY_URL with the
 * configured JSON body (outbox-config.ts), the notice's id as the reference (and Idempotency-Key
 * header), which the gateway's status callback quotes back (sms-status-routes.ts).
 *
 * At-most-once rule for HTTP: the message is handed over when the gateway answers 2xx. No
 * connection at all (refused, DNS, connect timeout) and a 5xx or 429 answer (the gateway says it
 * took nothing: an error, overloaded) are retried; another 4xx is the gateway's refusal of this
 * message (a bad number), failed with its reason. A request that went out and got no answer
 * (hung, connection cut) may have been accepted: 'unknown', unless the gateway drops repeats of
 * a reference (SMS_GATEWAY_IDEMPOTENT), when trying again cannot send it twice.
 */
import type { SmsSettings } from './outbox-config';
import { NO_ANSWER, shortReason, UNREACHABLE, type OutgoingNotice, type Sender, type SendOutcome } from './send-outcome';

/** Fills the body template; each value JSON-escaped (the template is JSON, values go inside its strings). */
export function smsBody(settings: SmsSettings, notice: OutgoingNotice): string {
  const values: Record<string, string> = {
    to: notice.address,
    text: notice.text,
    sender: settings.sender,
    reference: notice.id,
    callback: settings.callbackUrl,
  };
  return settings.bodyTemplate.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => {
    const value = values[key];
    return value === undefined ? whole : JSON.stringify(value).slice(1, -1);
  });
}

const CONNECT_FAILURES = ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT'];

function causeCode(error: unknown): string {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return '';
}

async function answerText(response: Response): Promise<string> {
  const text = await response.text().catch(() => '');
  return shortReason(`HTTP ${response.status}${text ? `: ${text}` : ''}`);
}

export function smsSender(settings: SmsSettings, timeoutMs: number): Sender {
  return async (notice: OutgoingNotice): Promise<SendOutcome> => {
    const headers: Record<string, string> = { 'content-type': 'application/json', 'idempotency-key': notice.id };
    if (settings.token) headers.authorization = `Bearer ${settings.token}`;
    let response: Response;
    try {
      response = await fetch(settings.url, { method: 'POST', headers, body: smsBody(settings, notice), signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      const code = causeCode(error);
      const detail = shortReason(code || (error instanceof Error ? `${error.name}: ${error.message}` : 'request failed'));
      if (CONNECT_FAILURES.includes(code)) return { kind: 'retry', reason: UNREACHABLE, detail };
      return settings.idempotent ? { kind: 'retry', reason: NO_ANSWER, detail } : { kind: 'unknown', reason: NO_ANSWER, detail };
    }
    if (response.ok) {
      await response.body?.cancel();
      return { kind: 'sent', detail: `HTTP ${response.status}` };
    }
    const reason = await answerText(response);
    if (response.status >= 500 || response.status === 429) return { kind: 'retry', reason };
    return { kind: 'failed', reason };
  };
}
