/**
 * The renderer's PDF API. Documents are built and rendered in one shared module worker
 * (pdf-worker.ts) so the screen never freezes; the first call loads the font there (~1 s cold),
 * later calls reuse it.
 *
 *   const blob = await renderPdf('receipt', snapshot);
 *   downloadPdf(blob, `receipt-${requestNumber}.pdf`);
 */
import { downloadObjectUrl } from '../bridge/browser-pdf-output';
import type { PdfInputs, PdfKind } from './pdf-kinds';
import type { PdfRequest, PdfResponse } from './pdf-protocol';

export type { PdfInputs, PdfKind } from './pdf-kinds';

type Pending = { resolve: (response: Extract<PdfResponse, { ok: true }>) => void; reject: (error: Error) => void };

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function failAll(error: Error): void {
  for (const { reject } of pending.values()) reject(error);
  pending.clear();
}

function getWorker(): Worker {
  if (worker) return worker;
  const created = new Worker(new URL('./pdf-worker.ts', import.meta.url), { type: 'module', name: 'wasl-pdf' });
  created.addEventListener('message', (event: MessageEvent<PdfResponse>) => {
    const response = event.data;
    const waiting = pending.get(response.id);
    if (!waiting) return;
    pending.delete(response.id);
    if (response.ok) waiting.resolve(response);
    else waiting.reject(new Error(`PDF generation failed: ${response.message}`));
  });
  created.addEventListener('error', (event) => {
    // A worker that failed to load or crashed is dropped; the next call starts a fresh one.
    failAll(new Error(`PDF worker error: ${event.message || 'failed to start'}`));
    created.terminate();
    if (worker === created) worker = null;
  });
  worker = created;
  return created;
}

/** Renders `kind` from its snapshot in the worker; also reports the worker's own time (bench). */
export function renderPdfTimed<K extends PdfKind>(kind: K, input: PdfInputs[K]): Promise<{ blob: Blob; workerMs: number }> {
  const id = nextId++;
  const request = { id, kind, input } as PdfRequest;
  return new Promise((resolve, reject) => {
    pending.set(id, {
      resolve: (response) => resolve({ blob: new Blob([response.bytes], { type: 'application/pdf' }), workerMs: response.ms }),
      reject,
    });
    getWorker().postMessage(request);
  });
}

/** A PDF of `kind` built from `input` (a plain snapshot), as a Blob of type application/pdf. */
export async function renderPdf<K extends PdfKind>(kind: K, input: PdfInputs[K]): Promise<Blob> {
  return (await renderPdfTimed(kind, input)).blob;
}

/** Saves `blob` under `fileName` through the browser's download (the desktop app's session handles it too). */
export function downloadPdf(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  downloadObjectUrl(url, fileName);
  // Revoked later: the download reads the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
