import type { MiddlewareHandler } from 'hono';
import type { ServerAudit } from './audit-log';
import { actorIdOf, deskIdOf, principalOf, sourceOf, wasAudited } from './principal';

/**
 * Every 4xx answer is audited (rate-limited in ServerAudit) unless its route audited it already:
 * who, from where, what, and the stable error code; never the body, which may hold personal data.
 */
export function refusalAudit(audit: ServerAudit, onError: (error: unknown) => void): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const status = c.res.status;
    if (status < 400 || status >= 500 || c.req.method === 'OPTIONS' || wasAudited(c)) return;
    // Only the API's JSON errors carry a code; the public page's HTML refusals (a flood's 429s) are not parsed.
    const isJson = (c.res.headers.get('content-type') ?? '').startsWith('application/json');
    const body = (isJson ? await c.res.clone().json().catch(() => null) : null) as { error?: { code?: unknown } } | null;
    const code = typeof body?.error?.code === 'string' ? body.error.code : null;
    const principal = principalOf(c);
    await audit
      .recordRefusal({
        action: 'request.refused',
        actorId: actorIdOf(principal),
        deskId: deskIdOf(principal),
        source: sourceOf(c),
        code,
        details: { status, method: c.req.method, path: c.req.path.slice(0, 200) },
      })
      .catch(onError);
  };
}
