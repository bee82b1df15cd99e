/** Auto-lock after a period without keyboard or pointer activity (a shared reception PC). */
export const DEFAULT_IDLE_LOCK_MINUTES = 5;
export const MIN_IDLE_LOCK_MINUTES = 1;
export const MAX_IDLE_LOCK_MINUTES = 60;

/** Whole minutes between 1 and 60. */
export function validateIdleMinutes(n: number): boolean {
  return Number.isInteger(n) && n >= MIN_IDLE_LOCK_MINUTES && n <= MAX_IDLE_LOCK_MINUTES;
}

export function shouldAutoLock(lastActivityMs: number, nowMs: number, idleMinutes: number): boolean {
  return nowMs - lastActivityMs >= idleMinutes * 60_000;
}
