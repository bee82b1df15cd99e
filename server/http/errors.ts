import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { SyncErrorBody } from '@shared/sync/protocol';

/** Every error answer is JSON with a stable code (protocol.ts SyncErrorBody). */
export function jsonError(c: Context, status: ContentfulStatusCode, code: string, message: string, extra: { row?: number; details?: unknown } = {}) {
  const body: SyncErrorBody = { error: { code, message, ...extra } };
  return c.json(body, status);
}
