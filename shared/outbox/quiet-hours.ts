/**
 * Quiet hours: no SMS between 22:00 and 08:00 Riyadh time unless the notice is urgent (a text in
 * the night wakes people; an e-mail waits in the inbox, so e-mail has no quiet hours). Riyadh keeps
 * UTC+3 all year (no daylight saving), so the offset is a constant, not a time-zone lookup. Pure:
 * the clock is passed in.
 */
const RIYADH_OFFSET_MS = 3 * 60 * 60 * 1000;
export const QUIET_START_HOUR = 22;
export const QUIET_END_HOUR = 8;
const HOUR_MS = 60 * 60 * 1000;

export type SendChannel = 'sms' | 'email';

function riyadhHour(now: Date): number {
  return new Date(now.getTime() + RIYADH_OFFSET_MS).getUTCHours();
}

export function isQuietHour(now: Date): boolean {
  const hour = riyadhHour(now);
  return hour >= QUIET_START_HOUR || hour < QUIET_END_HOUR;
}

/**
 * The earliest moment the notice may go out: `now`, or 08:00 Riyadh time after the quiet hours
 * for a non-urgent SMS.
 */
export function earliestSendTime(now: Date, channel: SendChannel, urgent: boolean): Date {
  if (channel !== 'sms' || urgent || !isQuietHour(now)) return now;
  const local = new Date(now.getTime() + RIYADH_OFFSET_MS);
  const morning = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), QUIET_END_HOUR) - RIYADH_OFFSET_MS;
  // Before midnight (22:00-24:00) the morning is tomorrow's.
  return new Date(riyadhHour(now) >= QUIET_START_HOUR ? morning + 24 * HOUR_MS : morning);
}
