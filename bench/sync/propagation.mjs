/**
 * Desk to desk while online: two desks (pages in their own browser contexts) on one server,
 * both in sync with their SSE stream open; desk B saves a new file and desk C is timed until the
 * file is in its database. One write at a time, with a pause between, as people type.
 */
import { percentile } from './load.mjs';

/**
 * @param {(label: string) => Promise<import('@playwright/test').Page>} openDesk
 * @param {{ serverUrl: string, token: string, writes: number, pauseMs: number }} cfg
 */
export async function measurePropagation(openDesk, cfg) {
  const writer = await openDesk('desk-b');
  const reader = await openDesk('desk-c');
  const connect = { serverUrl: cfg.serverUrl, token: cfg.token };
  await writer.evaluate((c) => globalThis.syncBench.openDesk({ ...c, name: 'bench-desk-b' }), connect);
  await reader.evaluate((c) => globalThis.syncBench.openDesk({ ...c, name: 'bench-desk-c' }), connect);
  const latencies = [];
  let missed = 0;
  for (let n = 0; n < cfg.writes; n++) {
    const id = await reader.evaluate((i) => {
      const docId = globalThis.syncBench.docId(i);
      globalThis.syncBench.watchFor(docId);
      return docId;
    }, n);
    const written = await writer.evaluate((i) => globalThis.syncBench.writeFile({ n: i }), n);
    if (written.id !== id) throw new Error(`bench sync: wrote ${written.id}, watching ${id}`);
    const arrived = await reader.evaluate((c) => globalThis.syncBench.arrival(c), { id, timeoutMs: 15_000 });
    if (arrived === null) missed += 1;
    else latencies.push(arrived - written.at);
    await new Promise((done) => setTimeout(done, cfg.pauseMs));
  }
  await writer.evaluate(() => globalThis.syncBench.closeDesk());
  await reader.evaluate(() => globalThis.syncBench.closeDesk());
  // A file that never arrived counts as the timeout: the p95 must not improve by losing writes.
  const all = [...latencies, ...Array.from({ length: missed }, () => 15_000)];
  return { p50: percentile(all, 50), p95: percentile(all, 95), max: Math.max(...all), missed, count: all.length };
}
