import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The public complaint form's anti-abuse token (policy 3.5a: an open link, so no CAPTCHA and no
 * login): the server signs the moment it served the form, and a submission is accepted only when
 * the form has been open for at least `minFillMs` (a person reads and types; a script posts at
 * once) and for at most `maxAgeMs` (a captured form cannot be replayed for ever). The nonce makes
 * every served form distinct: a case records the nonce it was made from (unique in the database),
 * so one form becomes at most one case even when posted again within the window.
 * HMAC-SHA256 with a server secret: the client cannot forge or back-date a token.
 */
export type FormTokenCheck =
  | { ok: true; issuedAt: number; nonce: string }
  | { ok: false; reason: 'invalid' | 'too-fast' | 'expired' };

export type FormTokenKit = {
  issue(): string;
  check(token: string): FormTokenCheck;
};

export const FORM_MIN_FILL_MS = 3_000;
export const FORM_MAX_AGE_MS = 2 * 60 * 60_000;
/** Clocks of several server processes may differ a little; a token "from the future" beyond this is forged. */
const CLOCK_SKEW_MS = 60_000;
const TOKEN = /^v1\.([0-9a-z]{1,12})\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/;

export function createFormTokenKit(secret: string, now: () => number, limits = { minFillMs: FORM_MIN_FILL_MS, maxAgeMs: FORM_MAX_AGE_MS }): FormTokenKit {
  const mac = (payload: string) => createHmac('sha256', `complaint-form:${secret}`).update(payload).digest();
  return {
    issue() {
      const payload = `v1.${now().toString(36)}.${randomBytes(16).toString('base64url')}`;
      return `${payload}.${mac(payload).toString('base64url')}`;
    },
    check(token) {
      const match = TOKEN.exec(token);
      if (!match) return { ok: false, reason: 'invalid' };
      const [, issued = '', nonce = '', signature = ''] = match;
      const expected = mac(`v1.${issued}.${nonce}`);
      const given = Buffer.from(signature, 'base64url');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'invalid' };
      const issuedAt = Number.parseInt(issued, 36);
      const age = now() - issuedAt;
      if (age < -CLOCK_SKEW_MS) return { ok: false, reason: 'invalid' };
      if (age < limits.minFillMs) return { ok: false, reason: 'too-fast' };
      if (age > limits.maxAgeMs) return { ok: false, reason: 'expired' };
      return { ok: true, issuedAt, nonce };
    },
  };
}
