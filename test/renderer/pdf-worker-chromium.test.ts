/**
 * The renderer's PDF worker in real Chromium under the app's CSP header (no 'unsafe-eval'):
 * the bench page (bench/pdf) is built with Vite (with the worker's engine plugin), served with
 * the CSP and asked for declarations (1 and 3 pages, pad-signed), a receipt and a requirements
 * sheet through renderPdf; the bytes must be valid PDFs that read back right, with no console
 * error or CSP violation on the way. The PDF worker caches fonts and shaping across documents
 * (renderer/src/pdf/engine): the documents here come after one another in one worker.
 */
import { expect, test } from 'vitest';
// @ts-expect-error plain .mjs helper without types
import { withBenchPage } from '../../bench/lib/browser-page.mjs';
import { expectedText, readBack } from '../fixtures/declaration/read-back';
import { buildReceipt } from '@shared/intake/pdf/receipt';
import { RECEIPT } from '../../bench/pdf/inputs';
import { metrics, pdfText, qpdfCheck, renderPage1, renderPdf, writeTemp } from '../shared/pdf-harness';

type BenchResult = { declaration1: string; declaration3: string; receipt: string; sheet: string; longestFrameGapMs: number };
type BenchPage = { waitForFunction(fn: () => boolean): Promise<unknown>; evaluate(fn: (cfg: { runs: number }) => unknown, arg: { runs: number }): Promise<BenchResult> };

test('renderPdf in a module worker gives valid PDFs under the CSP', async () => {
  const { result, problems } = (await withBenchPage(new URL('../../bench/pdf', import.meta.url).pathname, async (page: BenchPage) => {
    await page.waitForFunction(() => 'runPdfBench' in globalThis);
    return page.evaluate((cfg) => (globalThis as unknown as { runPdfBench(c: { runs: number }): unknown }).runPdfBench(cfg), { runs: 1 });
  })) as { result: BenchResult; problems: string[] };
  expect(problems).toEqual([]);
  const file = (b64: string): string => writeTemp(Buffer.from(b64, 'base64'));
  const [declaration1, declaration3, receipt, sheet] = [file(result.declaration1), file(result.declaration3), file(result.receipt), file(result.sheet)] as const;
  const pages = (file: string): string[] => pdfText(file).split('\f').filter((page) => page.trim() !== '');
  for (const file of [declaration1, declaration3, receipt, sheet]) expect(qpdfCheck(file)).toContain('No syntax or stream encoding errors found');
  expect(pdfText(receipt)).toContain('RYD1-R2026-000417');
  expect(pdfText(receipt)).toContain('+966501234567');
  expect(pages(sheet)).toHaveLength(3);
  expect(pages(declaration1)).toHaveLength(1);
  expect(pages(declaration3)).toHaveLength(3);
  for (const file of [declaration1, declaration3]) {
    const text = pdfText(file);
    for (const value of ['1098765432', '+966501234567', 'RYD1-R2026-000417', 'Fatimah Abdullah Al-Qahtani']) expect(text).toContain(value);
  }
  // Every requirement of the long one reads back whole and in order (shaped from the memo after the first).
  const lines = readBack(pdfText(declaration3)).split('\n');
  const positions = Array.from({ length: 48 }, (_, i) => lines.indexOf(expectedText(
    `صورة مصدّقة (عقد الإيجار أو صك الملكية) للمستند رقم ${i + 1} مع إثبات السداد للأشهر الثلاثة الأخيرة`)));
  expect(positions.every((p) => p >= 0)).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  // The same PDF in the browser as in Node: the worker's receipt, made after three declarations
  // (warm font and shaping caches), draws pixel for pixel what pdfmake's Node build draws.
  const node = writeTemp(await renderPdf(buildReceipt(RECEIPT, metrics)));
  expect(renderPage1(receipt, 100).equals(renderPage1(node, 100))).toBe(true);
}, 180_000);
