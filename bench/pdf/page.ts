/**
 * The PDF bench page: the renderer's real API (renderPdf → module worker → pdfmake) under the
 * app's CSP. Subjects: a short declaration (1 page) and a 48-requirement declaration (3 pages),
 * both signed on a canvas like the pad's. Cold = first document (worker start, font fetch and
 * parse); warm = the rest. The intake receipt and requirements sheet are rendered once each so
 * the worker test (test/renderer/pdf-worker-chromium.test.ts) can read them back too.
 */
import { renderPdfTimed } from '@renderer/pdf/render-pdf';
import type { PdfInputs, PdfKind } from '@renderer/pdf/pdf-kinds';
import { longDeclaration, shortDeclaration } from './declaration-inputs';
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

/** A looping pen stroke on a transparent 360×120 canvas, as a PNG data URL (what the pad stores). */
function padSignature(): string {
  const canvas = document.createElement('canvas');
  canvas.width = 360;
  canvas.height = 120;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d canvas');
  context.strokeStyle = '#141e6e';
  context.lineWidth = 3;
  context.beginPath();
  for (let t = 0; t <= 1; t += 0.002) {
    const x = 20 + 320 * t + 18 * Math.cos(t * 40);
    const y = 60 + 35 * Math.sin(t * 40) * Math.sin(t * 6);
    if (t === 0) context.moveTo(x, y);
    else context.lineTo(x, y);
  }
  context.stroke();
  return canvas.toDataURL('image/png');
}

async function runPdfBench({ runs }: { runs: number }) {
  const signature = padSignature();
  const onePageInput = shortDeclaration(signature);
  const threePageInput = longDeclaration(signature);
  const cold = await once('declaration', onePageInput);
  const onePage: Sample[] = [];
  const threePages: Sample[] = [];
  // Alternate the two documents so neither benefits from running right after itself.
  for (let i = 0; i < runs; i++) {
    const { blob: _a, ...one } = await once('declaration', onePageInput);
    const { blob: _b, ...three } = await once('declaration', threePageInput);
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
  const threePageDoc = await once('declaration', threePageInput);
  spinning = false;
  const receipt = await once('receipt', RECEIPT);
  const sheet = await once('requirements-sheet', SHEET_3_PAGES);
  return {
    cold: { wallMs: cold.wallMs, workerMs: cold.workerMs },
    onePage,
    threePages,
    longestFrameGapMs: longestFrameGap,
    declaration1: await base64(cold.blob),
    declaration3: await base64(threePageDoc.blob),
    receipt: await base64(receipt.blob),
    sheet: await base64(sheet.blob),
  };
}

Object.assign(globalThis, { runPdfBench });
