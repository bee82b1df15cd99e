/**
 * Sign-in lockout: after MAX_FAILED_ATTEMPTS failures the account locks for 60 s; every further
 * failure after that (once the lock has expired or while it runs) locks again for twice as long,
 * capped at 15 minutes. A success clears everything. Pure: the caller passes the clock.
 */
export const MAX_FAILED_ATTEMPTS = 5;
export const BASE_LOCK_MS = 60_000;
export const MAX_LOCK_MS = 15 * 60_000;

export type LockoutState = { failedAttempts: number; lockedUntil: number | null };

/** Lock length for the given total number of failures (0 = no lock yet). */
export function lockDurationMs(failedAttempts: number): number {
  if (failedAttempts < MAX_FAILED_ATTEMPTS) return 0;
  const doublings = failedAttempts - MAX_FAILED_ATTEMPTS;
  // 2 ** doublings grows without bound; stop before it overflows the cap.
  return doublings >= 10 ? MAX_LOCK_MS : Math.min(BASE_LOCK_MS * 2 ** doublings, MAX_LOCK_MS);
}

export function recordFailedAttempt(state: LockoutState, nowMs: number): LockoutState {
  const failedAttempts = state.failedAttempts + 1;
  const duration = lockDurationMs(failedAttempts);
  return { failedAttempts, lockedUntil: duration > 0 ? nowMs + duration : null };
}

export function recordSuccess(): LockoutState {
  return { failedAttempts: 0, lockedUntil: null };
}

/** Milliseconds until the account may try again; 0 when it is not locked. */
export function lockoutRemainingMs(state: LockoutState, nowMs: number): number {
  if (state.lockedUntil === null) return 0;
  return Math.max(0, state.lockedUntil - nowMs);
}
