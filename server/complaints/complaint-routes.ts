import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Context, Hono, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { PublicPageKey } from '@shared/cases/public-page-text';
import { loadStoredSecret } from '../auth/secrets';
import { sourceOf } from '../auth/principal';
import { createFormTokenKit, type FormTokenKit } from './form-token';
import { complaintFormPage } from './form-html';
import { messagePage, statusFormPage, STYLESHEET_PATH } from './page-html';
import { createRateLimiter, type RateLimiter } from './rate-limit';
import { ATTACHMENT_MAX_BYTES, langOf, lookUpStatus, page, submitComplaint, type ComplaintDeps, type PageContext } from './complaint-handlers';
import { PUBLIC_LIMITS } from './web-case-document';

/**
 * The public complaint page (policy 3.5a: "a direct link on the website"), served by the sync
 * server to anyone, without sign-in: GET/POST /complaint (the form; a plain POST, no script) and
 * GET/POST /complaint/status (number + check code → status and dates). Registered before the
 * authentication middleware; its own CSP comes from security-headers.ts.
 */

/** Per address, sliding window (rate-limit.ts, in memory per process). A family or an office shares one address. */
export const SUBMIT_LIMIT = { limit: 10, windowMs: 10 * 60_000 };
export const LOOKUP_LIMIT = { limit: 30, windowMs: 10 * 60_000 };
/** The attachment (5 MB, complaint-handlers.ts) plus the text fields and the multipart framing. */
export const SUBMIT_BODY_LIMIT = ATTACHMENT_MAX_BYTES + 64 * 1024;
const LOOKUP_BODY_LIMIT = 4 * 1024;

/**
 * Who is asking: the connection's address, or behind a trusted proxy the last X-Forwarded-For entry (the
 * one the proxy appended; earlier ones the client may have written itself).
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  const forwarded = trustProxy ? c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim() : undefined;
  return forwarded || sourceOf(c);
}

function limited(limiter: RateLimiter, back: string, trustProxy: boolean): MiddlewareHandler {
  return async (c, next) => {
    const retryAfter = limiter.attempt(clientAddress(c, trustProxy));
    if (retryAfter === null) return next();
    c.header('Retry-After', String(retryAfter));
    return page(c, 429, messagePage(langOf(c), 'error.rate-limited', back));
  };
}

const tooLarge = (back: string, message: PublicPageKey) => (c: Context) => page(c, 413, messagePage(langOf(c), message, back));

export function registerComplaintRoutes(app: Hono, deps: ComplaintDeps): void {
  const stylesheet = readFileSync(join(import.meta.dirname, 'public-page.css'), 'utf8');
  let kit: Promise<FormTokenKit> | null = null;
  // The key is read from the database on first use (createApp is synchronous); a failed read is retried next time.
  const tokens = () => (kit ??= loadStoredSecret(deps.db, 'complaint-form-key').then(
    (secret) => createFormTokenKit(secret, deps.now),
    (error: unknown) => {
      kit = null;
      throw error;
    },
  ));
  const context: PageContext = { deps, tokens };
  const submits = createRateLimiter({ ...SUBMIT_LIMIT, now: deps.now });
  const lookups = createRateLimiter({ ...LOOKUP_LIMIT, now: deps.now });

  app.get(STYLESHEET_PATH, (c) => c.body(stylesheet, 200, { 'content-type': 'text/css; charset=utf-8' }));
  app.get('/complaint', async (c) => {
    try {
      const token = (await tokens()).issue();
      return page(c, 200, complaintFormPage(langOf(c), { token, values: {}, errors: {}, problem: null, limits: PUBLIC_LIMITS }));
    } catch (error) {
      deps.onError(error);
      return page(c, 500, messagePage(langOf(c), 'error.failure', '/complaint'));
    }
  });
  app.post(
    '/complaint',
    limited(submits, '/complaint', deps.trustProxy),
    bodyLimit({ maxSize: SUBMIT_BODY_LIMIT, onError: tooLarge('/complaint', 'error.too-large') }),
    (c) => submitComplaint(c, context),
  );
  app.get('/complaint/status', (c) => page(c, 200, statusFormPage(langOf(c), null)));
  app.post(
    '/complaint/status',
    limited(lookups, '/complaint/status', deps.trustProxy),
    bodyLimit({ maxSize: LOOKUP_BODY_LIMIT, onError: tooLarge('/complaint/status', 'error.refused') }),
    (c) => lookUpStatus(c, context),
  );
}
