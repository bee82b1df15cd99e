/**
 * Benchmark `pdf`: declarations rendered by the renderer's PDF worker in Chromium under the app's
 * CSP, warm (font loaded and parsed): p50 of a one-page declaration and of a three-page one
 * (48 requirements), both with a pad signature (ms, request → Blob on the UI thread), and the
 * one-page size. The PDFs the page produced are checked with qpdf and pdfinfo, so a fast but
 * broken document cannot pass.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withBenchPage } from '../lib/browser-page.mjs';
import { median, report } from '../lib/report.mjs';

const RUNS = 15;

const { result, problems, userAgent } = await withBenchPage(import.meta.dirname, async (page) => {
  await page.waitForFunction(() => 'runPdfBench' in globalThis);
  return page.evaluate((cfg) => globalThis.runPdfBench(cfg), { runs: RUNS });
});

const dir = mkdtempSync(join(tmpdir(), 'wasl-bench-pdf-'));
function checked(name, b64, pages) {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, Buffer.from(b64, 'base64'));
  execFileSync('qpdf', ['--check', file], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const count = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  if (count !== pages) throw new Error(`${name}: expected ${pages} page(s), got ${count}`);
  return file;
}
checked('declaration-1page', result.declaration1, 1);
checked('declaration-3pages', result.declaration3, 3);
checked('receipt', result.receipt, 1);
checked('sheet', result.sheet, 3);

const p50 = (samples, key) => median(samples.map((s) => s[key]));
console.log(`Chromium ${userAgent}; ${RUNS} warm runs each; PDFs in ${dir} (qpdf --check ok)`);
console.log(`cold first declaration: ${result.cold.wallMs.toFixed(0)} ms (worker start + font fetch/parse; in worker ${result.cold.workerMs.toFixed(0)} ms)`);
console.log(`declaration 1 page: p50 ${p50(result.onePage, 'wallMs').toFixed(1)} ms (in worker ${p50(result.onePage, 'workerMs').toFixed(1)}), ` +
  `3 pages: p50 ${p50(result.threePages, 'wallMs').toFixed(1)} ms (in worker ${p50(result.threePages, 'workerMs').toFixed(1)}); ` +
  `longest UI frame gap while rendering 3 pages ${result.longestFrameGapMs.toFixed(1)} ms`);

const metrics = {
  'pdf.p50.1page': { value: p50(result.onePage, 'wallMs'), unit: 'ms', target: 150, better: 'lower' },
  // No target in the issue for three pages: a guard at three times the one-page target.
  'pdf.p50.3page': { value: p50(result.threePages, 'wallMs'), unit: 'ms', target: 600, better: 'lower' },
  'pdf.size.1page': { value: result.onePage[0].bytes / 1024, unit: 'KB', target: 150, better: 'lower' },
  // Reported, not a target of the issue: a loose bound that catches a regression by a multiple.
  'pdf.cold.1page': { value: result.cold.wallMs, unit: 'ms', target: 5000, better: 'lower' },
};

const ok = report('pdf', metrics);
if (problems.length > 0) console.error(`Console warnings/errors in the bench page:\n  ${problems.join('\n  ')}`);
process.exit(ok && problems.length === 0 ? 0 : 1);
