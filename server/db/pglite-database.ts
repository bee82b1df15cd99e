import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable, Row } from './database';

/**
 * Embedded PostgreSQL (WASM) in a folder: `npm run server` with no settings, and the default for
 * tests. One process only (two processes on one folder corrupt it), so it is never used for the
 * multi-process or crash tests. PGlite runs one statement at a time and its transactions hold
 * the connection, so a transaction is exclusive here.
 */
export async function openPgliteDatabase(dataDir: string | null): Promise<Database> {
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const pglite = dataDir ? await PGlite.create(dataDir) : await PGlite.create();

  const wrap = (target: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    async query<R extends Row = Row>(sql: string, params: readonly unknown[] = []) {
      const result = await target.query<R>(sql, [...params]);
      return result.rows;
    },
    async exec(sql: string) {
      await target.exec(sql);
    },
  });
  const root = wrap(pglite);

  return {
    kind: 'pglite',
    query: root.query,
    exec: root.exec,
    transaction: (work) => pglite.transaction((tx) => work(wrap(tx))),
    async listen(channel, onPayload) {
      // In-process only (one PGlite per process), so the connection is never lost.
      const unlisten = await pglite.listen(channel, onPayload);
      return () => unlisten();
    },
    close: () => pglite.close(),
  };
}
