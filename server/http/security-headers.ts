import type { MiddlewareHandler } from 'hono';

/**
 * Headers on every answer of the sync server (policy 6b, confidentiality). Its answers carry
 * personal data (pulls, pushes' conflicts, the change stream, accounts, desk keys) and the desks
 * keep that data encrypted at rest: a copy in the browser's HTTP disk cache would sit there in
 * plaintext, so nothing is ever stored (no-store). The rest match what the browser build's
 * static server sends (server/web/serve-renderer.ts): no MIME sniffing, no Referer, never framed.
 */
export const API_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Cache-Control': 'no-store',
  // HTTP/1.0 caches on the way know only this one.
  Pragma: 'no-cache',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  // JSON and event streams only: nothing here may load, run or be framed.
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
};

/**
 * The public complaint page (server/complaints, policy 3.5a) is HTML for a browser: it may load its
 * one stylesheet from this origin and post its forms here, nothing else: no script at all, no
 * inline style, no image, no frame. Everything else stays as strict as the API's.
 */
export const PUBLIC_PAGE_PREFIX = '/complaint';
export const PUBLIC_PAGE_CSP =
  "default-src 'none'; style-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'; object-src 'none'";

export function isPublicPagePath(path: string): boolean {
  return path === PUBLIC_PAGE_PREFIX || path.startsWith(`${PUBLIC_PAGE_PREFIX}/`);
}

/** Set after the route ran, so they win over a route's own (the SSE helper's `no-cache`). */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(API_SECURITY_HEADERS)) c.res.headers.set(name, value);
    if (isPublicPagePath(c.req.path)) c.res.headers.set('Content-Security-Policy', PUBLIC_PAGE_CSP);
  };
}
