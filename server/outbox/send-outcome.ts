/**
 * What one attempt at sending did. The line between 'retry' and 'unknown' is the at-most-once
 * rule: a notice is tried again ONLY when it provably was not handed over (the provider never got
 * the whole message, or answered that it took nothing). Anything that may have gone out (the
 * message was on the wire and no answer came) is 'unknown': never sent again automatically,
 * listed for staff to check with the beneficiary.
 */
export type SendOutcome =
  /** The provider accepted it (an SMTP 250 after the message; a gateway's 2xx). */
  | { kind: 'sent'; detail: string }
  /** Provably not handed over: try again after the backoff. */
  | { kind: 'retry'; reason: string; detail?: string }
  /** Refused for good (the address, the content): not retried. */
  | { kind: 'failed'; reason: string; detail?: string }
  /** May or may not have gone out: never retried automatically. */
  | { kind: 'unknown'; reason: string; detail?: string };

/**
 * Reasons when no provider answered: codes the desk translates (outbox.reasons.*), never an
 * exception's text on screen. The technical detail stays in the outbox table (last_error).
 */
export const NO_ANSWER = 'outbox.no-answer';
export const UNREACHABLE = 'outbox.unreachable';

/** What a sender needs of a notice (checked by shared/outbox/notice-rules.ts before). */
export type OutgoingNotice = { id: string; address: string; subject: string; text: string };

export type Sender = (notice: OutgoingNotice) => Promise<SendOutcome>;

/** A provider's text, cut short for the log (it goes into an encrypted field of at most 500). */
export function shortReason(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > 480 ? `${clean.slice(0, 477)}...` : clean;
}
