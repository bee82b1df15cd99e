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

/** A string field of at most `max` code units, or undefined when missing or of another type. */
export function stringField(body: Record<string, unknown>, key: string, max: number): string | undefined {
  const value = body[key];
  return typeof value === 'string' && value.length <= max ? value : undefined;
}
