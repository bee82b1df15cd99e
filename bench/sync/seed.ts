/**
 * Seeds a server with the 100k initial documents (not timed). The first batch goes through the
 * real push endpoint, so the server's ajv check proves the documents fit the schema; the rest
 * goes straight into the `documents` table with the store's own INSERT (document-store.ts),
 * which takes seconds instead of the minutes the per-document duplicate lookups of a push take.
 */
import pg from 'pg';
import type { PushRow } from '../../shared/sync/protocol';
import { initialDocs, INITIAL_COUNT } from './docs';

const VIA_PUSH = 1000;
const SQL_BATCH = 5000;

export async function seedInitial(options: { databaseUrl: string; schema: string; serverUrl: string; token: string; count?: number }): Promise<{ count: number; ms: number; docBytes: number }> {
  const t0 = performance.now();
  const docs = initialDocs(options.count ?? INITIAL_COUNT);
  const rows: PushRow[] = docs.slice(0, VIA_PUSH).map((doc) => ({ newDocumentState: { ...doc, _deleted: false } }));
  const response = await fetch(`${options.serverUrl}/sync/beneficiaries/push`, {
    method: 'POST',
    headers: { authorization: `Bearer ${options.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(rows),
  });
  if (!response.ok) throw new Error(`seed push refused: ${response.status} ${await response.text()}`);
  const conflicts = (await response.json()) as unknown[];
  if (conflicts.length > 0) throw new Error(`seed push: ${conflicts.length} conflicts (server not empty?)`);

  const client = new pg.Client({ connectionString: options.databaseUrl, options: `-c search_path=${options.schema}` });
  await client.connect();
  try {
    for (let i = VIA_PUSH; i < docs.length; i += SQL_BATCH) {
      const payload = docs.slice(i, i + SQL_BATCH).map((doc) => ({ id: doc.id, data: doc, deleted: false }));
      await client.query(
        `INSERT INTO documents (collection, id, seq, data, deleted, updated_at)
         SELECT 'beneficiaries', w.value ->> 'id', nextval('document_seq'), w.value -> 'data', false, now()
         FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS w(value, ord) ORDER BY w.ord`,
        [JSON.stringify(payload)],
      );
    }
    await client.query('ANALYZE documents');
  } finally {
    await client.end();
  }
  const docBytes = new TextEncoder().encode(JSON.stringify(docs.slice(0, 1000))).length / 1000;
  return { count: docs.length, ms: performance.now() - t0, docBytes };
}
