/** Messages between the UI thread (render-pdf.ts) and the PDF worker (pdf-worker.ts). */
import type { PdfInputs, PdfKind } from './pdf-kinds';

export type PdfRequest = { [K in PdfKind]: { id: number; kind: K; input: PdfInputs[K] } }[PdfKind];

/** `bytes` is transferred, not copied; `ms` is the worker's own time for this document (for the bench). */
export type PdfResponse =
  | { id: number; ok: true; bytes: ArrayBuffer; ms: number }
  | { id: number; ok: false; message: string };
