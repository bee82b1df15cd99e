import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { isPlainObject } from '@shared/sync/deep-equal';
import { jsonError } from './errors';

/** Small JSON bodies (sign-in, accounts, desks): 16 KB is far more than any of them needs. */
export const SMALL_BODY_LIMIT = 16 * 1024;

export const smallBody = bodyLimit({ maxSize: SMALL_BODY_LIMIT, onError: (c) => jsonError(c, 413, 'request.too-large', `At most ${SMALL_BODY_LIMIT} bytes`) });

/** The body as a plain object, or a 400 answer to return. */
export async function readObject(c: Context): Promise<{ ok: true; body: Record<string, unknown> } | { ok: false; response: Response }> {
  if (!(c.req.header('content-type') ?? '').toLowerCase().startsWith('application/json')) {
    return { ok: false, response: jsonError(c, 415, 'request.content-type', 'Send application/json') };
  }
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    return { ok: false, response: jsonError(c, 400, 'request.invalid-json', 'The body is not JSON') };
  }
  if (!isPlainObject(body)) return { ok: false, response: jsonError(c, 400, 'request.not-an-object', 'The body must be a JSON object') };
  return { ok: true, body };
}

/** Text PostgreSQL cannot store (in text or jsonb): NUL, and UTF-16 surrogates without their pair. */
// eslint-disable-next-line no-control-regex -- NUL is exactly what this pattern is for
export const UNSTORABLE_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** A string field of at most `max` code units, or undefined when missing, of another type or unstorable. */
export function stringField(body: Record<string, unknown>, key: string, max: number): string | undefined {
  const value = body[key];
  return typeof value === 'string' && value.length <= max && !UNSTORABLE_TEXT.test(value) ? value : undefined;
}

/** The first string (key or value) in a JSON value that PostgreSQL cannot store, if any. Iterative: depth costs no stack. */
export function findUnstorableText(value: unknown): string | null {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === 'string') {
      if (UNSTORABLE_TEXT.test(item)) return item;
    } else if (Array.isArray(item)) {
      stack.push(...item);
    } else if (item !== null && typeof item === 'object') {
      for (const [key, child] of Object.entries(item)) {
        if (UNSTORABLE_TEXT.test(key)) return key;
        stack.push(child);
      }
    }
  }
  return null;
}
