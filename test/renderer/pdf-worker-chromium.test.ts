/**
 * The renderer's PDF worker in real Chromium under the app's CSP header (no 'unsafe-eval'):
 * the bench page (bench/pdf) is built with Vite, served with the CSP and asked for both
 * documents through renderPdf; the bytes must be valid PDFs that read back right, with no
 * console error or CSP violation on the way.
 */
import { expect, test } from 'vitest';
// @ts-expect-error plain .mjs helper without types
import { withBenchPage } from '../../bench/lib/browser-page.mjs';
import { pdfText, qpdfCheck, writeTemp } from '../shared/pdf-harness';

type BenchResult = { receipt: string; sheet: string; longestFrameGapMs: number };
type BenchPage = { waitForFunction(fn: () => boolean): Promise<unknown>; evaluate(fn: (cfg: { runs: number }) => unknown, arg: { runs: number }): Promise<BenchResult> };

test('renderPdf in a module worker gives valid PDFs under the CSP', async () => {
  const { result, problems } = (await withBenchPage(new URL('../../bench/pdf', import.meta.url).pathname, async (page: BenchPage) => {
    await page.waitForFunction(() => 'runPdfBench' in globalThis);
    return page.evaluate((cfg) => (globalThis as unknown as { runPdfBench(c: { runs: number }): unknown }).runPdfBench(cfg), { runs: 1 });
  })) as { result: BenchResult; problems: string[] };
  expect(problems).toEqual([]);
  const receipt = writeTemp(Buffer.from(result.receipt, 'base64'));
  const sheet = writeTemp(Buffer.from(result.sheet, 'base64'));
  for (const file of [receipt, sheet]) expect(qpdfCheck(file)).toContain('No syntax or stream encoding errors found');
  expect(pdfText(receipt)).toContain('RYD1-R2026-000417');
  expect(pdfText(receipt)).toContain('+966501234567');
  expect(pdfText(sheet).split('\f').filter((page) => page.trim() !== '')).toHaveLength(3);
}, 180_000);
