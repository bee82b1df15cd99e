import { describe, expect, it } from 'vitest';
import { DEFAULT_IDLE_LOCK_MINUTES, shouldAutoLock, validateIdleMinutes } from '../../shared/staff/idle';

describe('idle lock', () => {
  it('defaults to five minutes, within range', () => {
    expect(DEFAULT_IDLE_LOCK_MINUTES).toBe(5);
    expect(validateIdleMinutes(DEFAULT_IDLE_LOCK_MINUTES)).toBe(true);
  });

  it.each([1, 30, 60])('accepts %i minutes', (n) => expect(validateIdleMinutes(n)).toBe(true));
  it.each([0, -5, 61, 2.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses %s minutes', (n) =>
    expect(validateIdleMinutes(n)).toBe(false));

  it('locks once the idle time is reached, not before', () => {
    const last = 1_000_000;
    expect(shouldAutoLock(last, last + 5 * 60_000 - 1, 5)).toBe(false);
    expect(shouldAutoLock(last, last + 5 * 60_000, 5)).toBe(true);
    expect(shouldAutoLock(last, last + 60_000, 1)).toBe(true);
  });

  it('does not lock when the clock goes backwards', () => {
    expect(shouldAutoLock(1_000_000, 0, 5)).toBe(false);
  });
});
