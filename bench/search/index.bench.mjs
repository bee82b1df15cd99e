/**
 * Benchmark `search`: 10k and 100k generated beneficiaries (realistic Saudi name distribution),
 * indexed by the app's search index; then, in a fresh page over the persisted data, the cold
 * start (database open → first results) and every keystroke of 30 partial Arabic queries
 * (bench/search/queries.json): p95 and max of keystroke → result list ready (no rendering).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withBenchPage } from '../lib/browser-page.mjs';
import { report } from '../lib/report.mjs';

const queries = JSON.parse(readFileSync(join(import.meta.dirname, 'queries.json'), 'utf8'));
if (queries.length !== 30) throw new Error('bench/search/queries.json must hold 30 queries');
const SIZES = [10_000, 100_000];

const { result, problems, userAgent } = await withBenchPage(import.meta.dirname, async (page) => {
  await page.waitForFunction(() => 'buildSearchBench' in globalThis);
  const out = {};
  for (const count of SIZES) {
    const name = `bench-search-${count}`;
    const built = await page.evaluate((cfg) => globalThis.buildSearchBench(cfg), { count, name });
    // A reloaded page: a new JS realm over the same origin's IndexedDB; nothing in memory survives.
    // (withBenchPage's page owns its context, so a second page cannot share its storage.)
    await page.reload();
    await page.waitForFunction(() => 'runSearchBench' in globalThis);
    // The reloaded page shares the renderer process, whose heap still holds the build's garbage
    // (about 220 MB at 100k) until a full GC: one young-generation GC while typing then took
    // 17-30 ms of a keystroke (measured in a trace). The app types in a heap of about 11 MB.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.detach();
    const run = await page.evaluate((cfg) => globalThis.runSearchBench(cfg), { name, queries });
    out[count] = { built, run };
  }
  return out;
});

console.log(`Chromium ${userAgent}`);
for (const count of SIZES) {
  const { built, run } = result[count];
  console.log(`${count}: rxdb insert ${built.rxdbInsertMs.toFixed(0)} ms, indexDocs ${built.indexDocsMs.toFixed(0)} ms, ` +
    `catch-up from no checkpoint ${built.catchUpMs.toFixed(0)} ms; cold start ${run.cold.totalMs.toFixed(0)} ms ` +
    `(db open ${run.cold.dbOpenMs.toFixed(0)}, index start ${run.cold.indexStartMs.toFixed(0)}, first search ${run.cold.firstSearchMs.toFixed(1)}, ${run.cold.firstHits} hits); ` +
    `${run.keystrokes} keystrokes p50 ${run.p50.toFixed(2)} p95 ${run.p95.toFixed(2)} max ${run.max.toFixed(1)} ms`);
  console.log(`  slowest: ${run.slowest.map((k) => `${k.prefix}=${k.ms.toFixed(1)}ms/${k.hits}`).join(', ')}`);
  console.log(`  hits per full query: ${run.finals.join(' ')}`);
}

const ms = (value, target) => ({ value, unit: 'ms', target, better: 'lower' });
const metrics = {
  'search.p95.10k': ms(result[10_000].run.p95, 16),
  'search.p95.100k': ms(result[100_000].run.p95, 16),
  'search.coldstart.100k': ms(result[100_000].run.cold.totalMs, 1500),
  'search.coldstart.10k': ms(result[10_000].run.cold.totalMs, 1500),
  // Every keystroke within one frame, not only 95 % of them.
  'search.max.100k': ms(result[100_000].run.max, 16),
  // Reported, not targets of the issue: loose bounds that catch a regression by a multiple.
  'search.index_build.100k_ms': ms(result[100_000].built.indexDocsMs, 60_000),
  'search.catch_up_all.100k_ms': ms(result[100_000].built.catchUpMs, 120_000),
};

const ok = report('search', metrics);
if (problems.length > 0) console.error(`Console warnings/errors in the bench page:\n  ${problems.join('\n  ')}`);
process.exit(ok && problems.length === 0 ? 0 : 1);
