import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { jsonError } from './errors';

/**
 * Development-token auth until the accounts issue: `Authorization: Bearer <DEV_TOKEN>`. The
 * stream also takes `?access_token=`, because a browser's EventSource cannot send headers.
 * Compared as SHA-256 digests in constant time, so neither length nor content leaks by timing.
 */
export function bearerAuth(token: string): MiddlewareHandler {
  const expected = createHash('sha256').update(token).digest();
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(.+)$/i.exec(header);
    const isStream = c.req.method === 'GET' && c.req.path.endsWith('/stream');
    const given = match?.[1] ?? (isStream ? c.req.query('access_token') : undefined);
    if (!given || !timingSafeEqual(createHash('sha256').update(given).digest(), expected)) {
      return jsonError(c, 401, 'auth.required', 'A valid bearer token is required');
    }
    await next();
  };
}
