/**
 * Benchmark `visits`: a generated 12 MP camera-like JPEG (≈ several MB, with Exif orientation and GPS)
 * made into a visit photo by the renderer's compressor in Chromium under the app's CSP (policy 3.8c:
 * ≤ 300 KB each, location stripped unless kept on purpose). Reports the size and the time of each run;
 * fails when a photo is over 300 KB, still carries Exif when stripped, or lost its GPS when kept.
 */
import { withBenchPage } from '../lib/browser-page.mjs';
import { median, report } from '../lib/report.mjs';

const RUNS = 3;

const { result, problems, userAgent } = await withBenchPage(import.meta.dirname, async (page) => {
  await page.waitForFunction(() => 'runVisitsBench' in globalThis);
  return page.evaluate((cfg) => globalThis.runVisitsBench(cfg), { runs: RUNS });
});

const { input, stripped, kept } = result;
console.log(`Chromium ${userAgent}; input 4000×3000 JPEG ${(input.bytes / 1024).toFixed(0)} KB (GPS ${input.gps}); ${RUNS} runs`);
for (const r of stripped) console.log(`  stripped: ${(r.bytes / 1024).toFixed(1)} KB ${r.width}×${r.height} in ${r.ms.toFixed(0)} ms (Exif ${r.exif})`);
console.log(`  kept location: ${(kept.bytes / 1024).toFixed(1)} KB in ${kept.ms.toFixed(0)} ms (GPS ${kept.gps})`);

const checks = [];
if (!input.gps) checks.push('the generated photo carries no GPS');
if (stripped.some((r) => r.exif)) checks.push('a stripped photo still carries Exif');
if (!kept.gps) checks.push('a photo kept with its location lost its GPS');
for (const c of checks) console.error(c);

const metrics = {
  'visits.photo.input': { value: input.bytes / 1024, unit: 'KB', target: 1024, better: 'higher' },
  'visits.photo.size.max': { value: Math.max(...stripped.map((r) => r.bytes), kept.bytes) / 1024, unit: 'KB', target: 300, better: 'lower' },
  'visits.photo.p50': { value: median(stripped.map((r) => r.ms)), unit: 'ms', target: 5000, better: 'lower' },
};
const ok = report('visits', metrics);
if (problems.length > 0) console.error(`Console warnings/errors in the bench page:\n  ${problems.join('\n  ')}`);
process.exit(ok && problems.length === 0 && checks.length === 0 ? 0 : 1);
