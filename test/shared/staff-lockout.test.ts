import { describe, expect, it } from 'vitest';
import {
  BASE_LOCK_MS, lockDurationMs, lockoutRemainingMs, MAX_FAILED_ATTEMPTS, MAX_LOCK_MS,
  recordFailedAttempt, recordSuccess, type LockoutState,
} from '../../shared/staff/lockout';

const T0 = 1_750_000_000_000;

function fail(times: number, state: LockoutState = recordSuccess(), now = T0): LockoutState {
  let s = state;
  for (let i = 0; i < times; i++) s = recordFailedAttempt(s, now);
  return s;
}

describe('lockout', () => {
  it('does not lock before the fifth failure', () => {
    const s = fail(MAX_FAILED_ATTEMPTS - 1);
    expect(s).toEqual({ failedAttempts: 4, lockedUntil: null });
    expect(lockoutRemainingMs(s, T0)).toBe(0);
  });

  it('locks for 60 s on the fifth failure and counts down', () => {
    const s = fail(5);
    expect(s.lockedUntil).toBe(T0 + 60_000);
    expect(lockoutRemainingMs(s, T0)).toBe(60_000);
    expect(lockoutRemainingMs(s, T0 + 45_000)).toBe(15_000);
    expect(lockoutRemainingMs(s, T0 + 60_000)).toBe(0);
    expect(lockoutRemainingMs(s, T0 + 120_000)).toBe(0);
  });

  it('doubles each further lock', () => {
    const after5 = fail(5);
    const later = T0 + 61_000;
    const after6 = recordFailedAttempt(after5, later);
    expect(after6.lockedUntil).toBe(later + 2 * BASE_LOCK_MS);
    const after7 = recordFailedAttempt(after6, later);
    expect(lockoutRemainingMs(after7, later)).toBe(4 * BASE_LOCK_MS);
  });

  it('caps the lock at 15 minutes, however many failures', () => {
    expect(lockDurationMs(9)).toBe(MAX_LOCK_MS);
    expect(lockDurationMs(100)).toBe(MAX_LOCK_MS);
    expect(lockDurationMs(10_000)).toBe(MAX_LOCK_MS);
    expect(lockoutRemainingMs(fail(50), T0)).toBe(15 * 60_000);
  });

  it('lock lengths run 1, 2, 4, 8 minutes, then 15', () => {
    expect([5, 6, 7, 8, 9].map(lockDurationMs)).toEqual([60_000, 120_000, 240_000, 480_000, 900_000]);
  });

  it('a success resets the count and the lock', () => {
    expect(recordSuccess()).toEqual({ failedAttempts: 0, lockedUntil: null });
    const s = fail(1, recordSuccess());
    expect(s).toEqual({ failedAttempts: 1, lockedUntil: null });
  });
});
