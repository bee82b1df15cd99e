import { describe, expect, it } from 'vitest';
import { createFormTokenKit, FORM_MAX_AGE_MS, FORM_MIN_FILL_MS } from '../../server/complaints/form-token';
import { addressKey, createRateLimiter } from '../../server/complaints/rate-limit';
import { loadConfig } from '../../server/config';

/** The public page's guards without a server: the signed fill-time token and the sliding window. */
describe('the form token', () => {
  it('is accepted between the minimum fill time and its maximum age, and only as signed', () => {
    const clock = { now: 1_700_000_000_000 };
    const kit = createFormTokenKit('secret-a', () => clock.now);
    const token = kit.issue();
    expect(kit.check(token)).toEqual({ ok: false, reason: 'too-fast' });
    clock.now += FORM_MIN_FILL_MS;
    expect(kit.check(token)).toMatchObject({ ok: true });
    expect(createFormTokenKit('secret-b', () => clock.now).check(token)).toEqual({ ok: false, reason: 'invalid' });
    // Back-dating the time in the token breaks its signature.
    const [v, , nonce, mac] = token.split('.');
    expect(kit.check(`${v}.${(clock.now - 60_000).toString(36)}.${nonce}.${mac}`)).toEqual({ ok: false, reason: 'invalid' });
    clock.now += FORM_MAX_AGE_MS;
    expect(kit.check(token)).toEqual({ ok: false, reason: 'expired' });
    expect(kit.check('garbage')).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('the per-address sliding window', () => {
  it('allows `limit` attempts in any window, then says when to retry', () => {
    const clock = { now: 0 };
    const limiter = createRateLimiter({ limit: 3, windowMs: 60_000, now: () => clock.now });
    for (const at of [0, 10_000, 20_000]) {
      clock.now = at;
      expect(limiter.attempt('10.0.0.1')).toBeNull();
    }
    clock.now = 30_000;
    expect(limiter.attempt('10.0.0.1')).toBe(30);
    expect(limiter.attempt('10.0.0.2')).toBeNull();
    // Sliding, not fixed: the first attempt leaves the window at 60 s, the others later.
    clock.now = 60_001;
    expect(limiter.attempt('10.0.0.1')).toBeNull();
    expect(limiter.attempt('10.0.0.1')).toBe(10);
  });

  it('keys IPv6 by its /64 and forgets idle addresses when full', () => {
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe(addressKey('2001:0db8:0001:0002:ffff:1:2:3'));
    expect(addressKey('2001:db8:1:3::1')).not.toBe(addressKey('2001:db8:1:2::1'));
    expect(addressKey('::ffff:127.0.0.9')).toBe('127.0.0.9');
    const clock = { now: 0 };
    const limiter = createRateLimiter({ limit: 1, windowMs: 1000, now: () => clock.now, maxKeys: 2 });
    expect(limiter.attempt('a')).toBeNull();
    expect(limiter.attempt('b')).toBeNull();
    expect(limiter.attempt('c')).toBeNull();
    expect(limiter.attempt('c')).toBe(1);
  });
});

describe('TRUST_PROXY', () => {
  it('is off unless set to 1, and refuses anything else', () => {
    expect(loadConfig({}, '/srv').trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }, '/srv').trustProxy).toBe(true);
    expect(() => loadConfig({ TRUST_PROXY: 'yes' }, '/srv')).toThrow(/TRUST_PROXY/);
  });
});
