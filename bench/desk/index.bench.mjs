/**
 * Benchmark `desk`: a desk holding 100,000 files, 100,000 requests and 200,000 contacts, encrypted
 * at rest (the app's createWaslDatabase with a password). Seeding is not timed (reported). Then, in a
 * reloaded page: desk.coldstart.100k (from the page's navigation to the registry's search answering:
 * app load, database open, search index ready, one query), desk.lists.100k (the due-soon and overdue
 * lists' first showing, from the intake data function the requests screen uses) and desk.heap.100k
 * (the renderer's JS heap after a forced GC, with the registry, a file and the request lists open); and,
 * reported, the one pass per desk for duplicate-check copies an earlier server left (desk.heldcopy_pass).
 * DESK_BENCH_COUNT overrides 100,000 for a quick run.
 */
import { withBenchPage } from '../lib/browser-page.mjs';
import { report } from '../lib/report.mjs';

const COUNT = Number(process.env.DESK_BENCH_COUNT ?? 100_000);
const NAME = 'bench-desk';

const { result, problems, userAgent } = await withBenchPage(import.meta.dirname, async (page) => {
  page.on('console', (msg) => msg.type() === 'log' && console.log(`  page: ${msg.text()}`));
  await page.waitForFunction(() => 'seedDeskBench' in globalThis);
  const seeded = await page.evaluate((cfg) => globalThis.seedDeskBench(cfg), { name: NAME, count: COUNT });
  // A reloaded page: a new JS realm over the same origin's IndexedDB, as when the app is opened again.
  await page.reload();
  await page.waitForFunction(() => 'openDeskBench' in globalThis);
  const run = await page.evaluate((cfg) => globalThis.openDeskBench(cfg), { name: NAME, query: 'محمد' });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return { seeded, run, heapBytes: usedSize };
}, { persistentProfile: true });

const { seeded, run, heapBytes } = result;
const label = COUNT === 100_000 ? '100k' : `${COUNT}`;
console.log(`Chromium ${userAgent}; ${COUNT} files, ${COUNT} requests (${seeded.running} running), ${seeded.interactions} contacts, encrypted`);
console.log(`seed (not timed): files ${(seeded.filesMs / 1000).toFixed(1)} s (the search index following), index settled ${(seeded.indexMs / 1000).toFixed(1)} s after, ` +
  `requests ${(seeded.requestsMs / 1000).toFixed(1)} s, contacts ${(seeded.interactionsMs / 1000).toFixed(1)} s`);
const c = run.cold;
console.log(`cold start ${c.totalMs.toFixed(0)} ms: page load ${c.loadMs.toFixed(0)}, db open ${c.dbOpenMs.toFixed(0)}, index start ${c.indexStartMs.toFixed(0)}, ` +
  `first search ${c.firstSearchMs.toFixed(1)} (${c.hits} hits)`);
console.log(`due lists ${run.listsMs.toFixed(0)} ms (${run.overdue} overdue, ${run.dueSoon} due soon, first ${run.shown} rows read; again ${run.listsAgainMs.toFixed(0)} ms); ` +
  `a file ${run.fileMs.toFixed(0)} ms (${run.timeline} timeline items); to refer + unit queue ${run.queuesMs.toFixed(0)} ms (${run.queueRows} rows shown of ${run.toRefer} and ${run.unitQueue}); ` +
  `heap ${(heapBytes / 1024 / 1024).toFixed(0)} MB`);
console.log(`the one pass for duplicate-check copies (held-copy-purge.ts): ${(run.heldCopyPassMs / 1000).toFixed(1)} s; files after it ${run.keptAfterPass} of ${COUNT}`);
// A desk of complete files: the pass must leave every one.
if (run.keptAfterPass !== COUNT) problems.push(`the held-copy pass left ${run.keptAfterPass} of ${COUNT} complete files`);
console.log(`(the former due-list query, one $in over the running statuses: ${run.formerInMs.toFixed(0)} ms for ${run.formerCount} requests)`);

const ms = (value, target) => ({ value, unit: 'ms', target, better: 'lower' });
const metrics = {
  [`desk.coldstart.${label}`]: ms(c.totalMs, 1500),
  [`desk.heap.${label}`]: { value: Math.round((heapBytes / 1024 / 1024) * 10) / 10, unit: 'MB', target: 300, better: 'lower' },
  [`desk.lists.${label}`]: ms(run.listsMs, 200),
  // Reported, not targets of the issue: loose bounds that catch a regression by a multiple.
  [`desk.file.${label}`]: ms(run.fileMs, 1000),
  [`desk.heldcopy_pass.${label}`]: ms(run.heldCopyPassMs, 120_000),
};

const ok = report('desk', metrics);
if (problems.length > 0) console.error(`Console warnings/errors in the bench page:\n  ${problems.join('\n  ')}`);
process.exit(ok && problems.length === 0 ? 0 : 1);
