/**
 * Benchmark `import`: a 10,000-row XLSX (made with exceljs in the page) against a desk that already
 * holds 200 of its people. `import.dryrun.10k`: read + map + check every row + blind-index lookups +
 * decide (ms). `import.rows_per_s`: 3,000 of the accepted rows written in batches, encrypted at rest, indexed
 * and searchable (one is searched for by ID at the end).
 */
import { withBenchPage } from '../lib/browser-page.mjs';
import { report } from '../lib/report.mjs';

const ROWS = 10_000;
const EXISTING = 200;
/** Rows written for rows_per_s: enough for six batches, and the whole run stays near two minutes on a shared machine. */
const WRITE = 3_000;

const { result, problems, userAgent } = await withBenchPage(import.meta.dirname, async (page) => {
  await page.waitForFunction(() => 'runImportBench' in globalThis);
  return page.evaluate((cfg) => globalThis.runImportBench(cfg), { rows: ROWS, existing: EXISTING, write: WRITE });
});

console.log(`Chromium ${userAgent}`);
console.log(`${ROWS} rows (${(result.bytes / 1024).toFixed(0)} KB XLSX): read ${result.readMs.toFixed(0)} ms, check + index lookups ${result.checkAndLookupMs.toFixed(0)} ms, ` +
  `decide ${result.decideMs.toFixed(0)} ms; summary ${JSON.stringify(result.summary)}`);
console.log(`import ${result.imported} files in ${result.importMs.toFixed(0)} ms (first batch ${result.firstBatchMs.toFixed(0)} ms, last ${result.lastBatchMs.toFixed(0)} ms); searchable: ${result.searchable}`);
if (result.searchable !== 1 || result.summary.duplicate !== EXISTING) throw new Error('The import did not end searchable, or the duplicates were not found');

const metrics = {
  'import.dryrun.10k': { value: result.dryRunMs, unit: 'ms', target: 3000, better: 'lower' },
  'import.rows_per_s': { value: (1000 * result.imported) / result.importMs, unit: 'docs/s', target: 1000, better: 'higher' },
};
const ok = report('import', metrics);
if (problems.length > 0) console.error(`Console warnings/errors in the bench page:\n  ${problems.join('\n  ')}`);
process.exit(ok && problems.length === 0 ? 0 : 1);
