/**
 * Runs in Chromium (production build): builds a desk of N generated beneficiaries (RxDB on
 * Dexie + the search index), and, in a fresh page, measures cold start and per-keystroke search.
 *
 * The bench database is opened without a password: crypto-js encryption of 100k generated
 * files would take minutes and says nothing about search (the index holds no encrypted field;
 * the cold start only opens the database and asks for changes since the checkpoint).
 */
import { createWaslDatabase } from '../../renderer/src/db/database';
import { createSearchIndex } from '../../renderer/src/db/search-index';
import { generateDocs } from './generate';

const KEY = '5a'.repeat(32);
const BATCH = 5000;

async function buildSearchBench({ count, name }: { count: number; name: string }) {
  const docs = generateDocs(count);
  const db = await createWaslDatabase({ name });
  const i0 = performance.now();
  for (let i = 0; i < docs.length; i += BATCH) {
    const result = await db.beneficiaries.bulkInsert(docs.slice(i, i + BATCH));
    if (result.error.length > 0) throw new Error(`insert failed: ${JSON.stringify(result.error[0])}`);
  }
  const rxdbInsertMs = performance.now() - i0;
  const index = createSearchIndex(db, KEY);
  const t0 = performance.now();
  for (let i = 0; i < docs.length; i += BATCH) await index.indexDocs(docs.slice(i, i + BATCH));
  const indexDocsMs = performance.now() - t0;
  // The arrival path: catch up on every document since no checkpoint (as after an initial sync).
  const c0 = performance.now();
  await index.start();
  const catchUpMs = performance.now() - c0;
  await index.close();
  await db.close();
  return { rxdbInsertMs, indexDocsMs, catchUpMs };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function runSearchBench({ name, queries }: { name: string; queries: string[] }) {
  const t0 = performance.now();
  const db = await createWaslDatabase({ name });
  const t1 = performance.now();
  const index = createSearchIndex(db, KEY);
  await index.start();
  const t2 = performance.now();
  const first = await index.search(queries[0] ?? '');
  const t3 = performance.now();
  const cold = { totalMs: t3 - t0, dbOpenMs: t1 - t0, indexStartMs: t2 - t1, firstSearchMs: t3 - t2, firstHits: first.length };

  const keystrokes: { prefix: string; ms: number; hits: number }[] = [];
  for (const query of queries) {
    for (let i = 1; i <= query.length; i++) {
      const prefix = query.slice(0, i);
      const s = performance.now();
      const hits = await index.search(prefix);
      keystrokes.push({ prefix, ms: performance.now() - s, hits: hits.length });
    }
  }
  const sorted = keystrokes.map((k) => k.ms).sort((a, b) => a - b);
  const slowest = [...keystrokes].sort((a, b) => b.ms - a.ms).slice(0, 8);
  const finals = queries.map((q) => keystrokes.find((k) => k.prefix === q)?.hits ?? 0);
  await index.close();
  await db.close();
  return { cold, keystrokes: keystrokes.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1) ?? NaN, slowest, finals };
}

Object.assign(globalThis, { buildSearchBench, runSearchBench });
