/**
 * Retries of a notice that provably did not go out (the server never handed it over: connection
 * refused, a 4xx "try later" before the message was accepted, a gateway's 5xx that says it took
 * nothing). The wait grows so a provider that is down is not hammered; after the last attempt the
 * notice is failed and listed for staff to use another channel. Pure.
 */
export const BACKOFF_SCHEDULE_MS: readonly number[] = [60_000, 5 * 60_000, 15 * 60_000, 60 * 60_000];

/** Attempts in all (the first send and its retries). */
export const MAX_SEND_ATTEMPTS = BACKOFF_SCHEDULE_MS.length + 1;

/**
 * The wait before the next attempt after `attempts` failed ones, or null when none is left.
 * `scale` shrinks the schedule (tests run it in milliseconds).
 */
export function retryDelayMs(attempts: number, scale = 1, schedule: readonly number[] = BACKOFF_SCHEDULE_MS): number | null {
  if (attempts < 1 || attempts > schedule.length) return null;
  return Math.round((schedule[attempts - 1] ?? 0) * scale);
}
