/**
 * The PDF bench page: the renderer's real API (renderPdf → module worker → pdfmake) under the
 * app's CSP. Cold = first document (worker start, font fetch and parse); warm = the rest.
 */
import { renderPdfTimed } from '@renderer/pdf/render-pdf';
import type { PdfInputs, PdfKind } from '@renderer/pdf/pdf-kinds';
import { RECEIPT, SHEET_3_PAGES } from './inputs';

type Sample = { wallMs: number; workerMs: number; bytes: number };

async function once<K extends PdfKind>(kind: K, input: PdfInputs[K]): Promise<Sample & { blob: Blob }> {
  const started = performance.now();
  const { blob, workerMs } = await renderPdfTimed(kind, input);
  return { wallMs: performance.now() - started, workerMs, bytes: blob.size, blob };
}

async function base64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

async function runPdfBench({ runs }: { runs: number }) {
  const cold = await once('receipt', RECEIPT);
  const onePage: Sample[] = [];
  const threePages: Sample[] = [];
  // Alternate the two documents so neither benefits from running right after itself.
  for (let i = 0; i < runs; i++) {
    const { blob: _a, ...one } = await once('receipt', RECEIPT);
    const { blob: _b, ...three } = await once('requirements-sheet', SHEET_3_PAGES);
    onePage.push(one);
    threePages.push(three);
  }
  // The UI thread stays free while the worker renders: the longest gap between animation frames.
  let longestFrameGap = 0;
  let last = performance.now();
  let spinning = true;
  const spin = (): void => {
    const now = performance.now();
    longestFrameGap = Math.max(longestFrameGap, now - last);
    last = now;
    if (spinning) requestAnimationFrame(spin);
  };
  requestAnimationFrame(spin);
  const sheet = await once('requirements-sheet', SHEET_3_PAGES);
  spinning = false;
  return {
    cold: { wallMs: cold.wallMs, workerMs: cold.workerMs },
    onePage,
    threePages,
    longestFrameGapMs: longestFrameGap,
    receipt: await base64(cold.blob),
    sheet: await base64(sheet.blob),
  };
}

Object.assign(globalThis, { runPdfBench });
