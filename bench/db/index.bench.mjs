/**
 * Benchmark `db`: 10,000 ~1 KB beneficiary-like documents, raw Dexie bulkPut versus RxDB-on-Dexie
 * bulkInsert through the app's database code, plus an indexed prefix query, in Chromium.
 * Medians over RUNS runs (env DB_BENCH_RUNS, default 5). The ratio is the median of the per-run
 * ratios: each run's raw and RxDB inserts run back to back under the same machine load.
 */
import { withBenchPage } from '../lib/browser-page.mjs';
import { median, report } from '../lib/report.mjs';

const COUNT = 10_000;
const RUNS = Number(process.env.DB_BENCH_RUNS ?? 5);

const { result, problems, userAgent } = await withBenchPage(import.meta.dirname, async (page) => {
  // These callbacks run in the page, where `globalThis` is the window.
  await page.waitForFunction(() => 'runDbBench' in globalThis);
  return page.evaluate((cfg) => globalThis.runDbBench(cfg), { count: COUNT, runs: RUNS });
});

const pick = (f) => median(result.runs.map(f));
const rawMs = pick((r) => r.raw.insertMs);
const rxdbMs = pick((r) => r.rxdb.insertMs);
const validatedMs = pick((r) => r.rxdbValidated.insertMs);
const found = result.runs[0].rxdb.found;

console.log(`Chromium ${userAgent}; ${RUNS} run(s) of ${COUNT} docs, ${Math.round(result.docBytes)} bytes each; ` +
  `production validation: ${result.validateInProduction ? 'on' : 'off'}; indexed query finds ${found} (raw ${result.runs[0].raw.found})`);
for (const [i, r] of result.runs.entries()) {
  console.log(`run ${i + 1}: raw ${r.raw.insertMs.toFixed(0)} ms, raw read-then-put ${r.rawReadThenPutMs.toFixed(0)} ms, rxdb ${r.rxdb.insertMs.toFixed(0)} ms, ` +
    `rxdb+z-schema ${r.rxdbValidated.insertMs.toFixed(0)} ms, query rxdb ${r.rxdb.queryMs.toFixed(1)} / raw ${r.raw.queryMs.toFixed(1)} ms, open ${r.openMs.toFixed(0)} ms`);
}

const metrics = {
  'db.insert10k.ratio_to_raw': { value: pick((r) => r.rxdb.insertMs / r.raw.insertMs), unit: 'ratio', target: 3, better: 'lower' },
  'db.insert10k.raw_ms': { value: rawMs, unit: 'ms', target: 2000, better: 'lower' },
  'db.insert10k.rxdb_ms': { value: rxdbMs, unit: 'ms', target: 6000, better: 'lower' },
  'db.insert10k.rxdb_docs_per_s': { value: (COUNT / rxdbMs) * 1000, unit: 'docs/s', target: 2000, better: 'higher' },
  // Why production skips z-schema (renderer/src/db/database.ts, VALIDATE_IN_PRODUCTION): with it
  // the ratio is ~5. Development and tests do validate, so the target only guards against
  // z-schema getting much slower still.
  'db.insert10k.rxdb_validated_ms': { value: validatedMs, unit: 'ms', target: 12000, better: 'lower' },
  'db.insert10k.validated_ratio_to_raw': { value: pick((r) => r.rxdbValidated.insertMs / r.raw.insertMs), unit: 'ratio', target: 10, better: 'lower' },
  'db.query.indexed_ms': { value: pick((r) => r.rxdb.queryMs), unit: 'ms', target: 50, better: 'lower' },
  'db.query.raw_indexed_ms': { value: pick((r) => r.raw.queryMs), unit: 'ms', target: 50, better: 'lower' },
  'db.open_app_ms': { value: pick((r) => r.openMs), unit: 'ms', target: 500, better: 'lower' },
  'db.doc_size': { value: result.docBytes / 1024, unit: 'KB', target: 0.9, better: 'higher' },
};

const ok = report('db', metrics);
if (problems.length > 0) {
  console.error(`Console warnings/errors in the bench page (CSP violations included):\n  ${problems.join('\n  ')}`);
}
process.exit(ok && problems.length === 0 ? 0 : 1);
