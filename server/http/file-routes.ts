import { createHash } from 'node:crypto';
import type { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { FILE_SIZE_LIMIT, SHA256_HEX } from '@shared/sync/protocol';
import type { Database, Queryable } from '../db/database';
import { jsonError } from './errors';

/**
 * Content-addressed files (ARCHITECTURE.md, "Files"): the address is the SHA-256 of the bytes,
 * checked on upload, so a file can never be replaced under its address and uploads are idempotent.
 * Kept in PostgreSQL (bytea) so a database backup holds everything; 10 MB per file.
 */
export function registerFileRoutes(app: Hono, db: Database): void {
  app.put(
    '/files/:sha256',
    bodyLimit({ maxSize: FILE_SIZE_LIMIT, onError: (c) => jsonError(c, 413, 'file.too-large', `At most ${FILE_SIZE_LIMIT} bytes per file`) }),
    async (c) => {
      const sha256 = c.req.param('sha256');
      if (!SHA256_HEX.test(sha256)) return jsonError(c, 400, 'file.bad-address', 'The address must be 64 lower-case hex digits');
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      const actual = createHash('sha256').update(bytes).digest('hex');
      if (actual !== sha256) return jsonError(c, 400, 'file.hash-mismatch', 'The bytes do not hash to the address', { details: { actual } });
      const inserted = await insertFile(db, sha256, bytes);
      return c.json({ sha256, size: bytes.byteLength }, inserted ? 201 : 200);
    },
  );

  // Hono answers HEAD with the GET route (body dropped), so HEAD reads only the size.
  app.get('/files/:sha256', async (c) => {
    const sha256 = c.req.param('sha256');
    if (!SHA256_HEX.test(sha256)) return jsonError(c, 400, 'file.bad-address', 'The address must be 64 lower-case hex digits');
    const headers = {
      'content-type': 'application/octet-stream',
      etag: `"${sha256}"`,
      // The address is the content: it can be cached for ever.
      'cache-control': 'private, max-age=31536000, immutable',
    };
    if (c.req.method === 'HEAD') {
      const rows = await db.query<{ size: number }>('SELECT size FROM files WHERE sha256 = $1', [sha256]);
      if (!rows[0]) return c.body(null, 404);
      return c.body(null, 200, { ...headers, 'content-length': String(rows[0].size) });
    }
    const rows = await db.query<{ bytes: Uint8Array }>('SELECT bytes FROM files WHERE sha256 = $1', [sha256]);
    if (!rows[0]) return jsonError(c, 404, 'file.not-found', 'No file at this address');
    const bytes = new Uint8Array(rows[0].bytes);
    return c.body(bytes, 200, headers);
  });
}

/** Stores bytes under their (already checked) SHA-256; false when they were there already. */
export async function insertFile(db: Queryable, sha256: string, bytes: Uint8Array): Promise<boolean> {
  const inserted = await db.query(
    'INSERT INTO files (sha256, size, bytes) VALUES ($1, $2, $3) ON CONFLICT (sha256) DO NOTHING RETURNING sha256',
    [sha256, bytes.byteLength, bytes],
  );
  return inserted.length > 0;
}
