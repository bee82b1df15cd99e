/// <reference types="vite/client" />
/**
 * The PDF worker: pdfmake's browser build, the Amiri font and its fontkit metrics live here, so
 * laying out and compressing a document never blocks the UI thread. The font files are Vite
 * assets fetched once from the app's own origin (CSP connect-src 'self'); the document
 * definition is built here from the snapshot, because the layout measures text with the very
 * font pdfmake embeds and a definition with a footer function cannot be posted anyway.
 */
import * as fontkit from 'fontkit';
import pdfmake from 'pdfmake/build/pdfmake';
import { ARABIC_FONT_FILES, arabicFontDescriptors } from '@shared/pdf/fonts';
import { createFontMetrics, type FontMetrics, type ShapingFont } from '@shared/pdf/measure';
import regularUrl from '../../../resources/fonts/Amiri-Regular.ttf?url';
import boldUrl from '../../../resources/fonts/Amiri-Bold.ttf?url';
import { buildPdfDefinition, isPdfKind } from './pdf-kinds';
import type { PdfRequest, PdfResponse } from './pdf-protocol';

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`font ${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

function shapingFont(bytes: Uint8Array): ShapingFont {
  const font = fontkit.create(bytes as Parameters<typeof fontkit.create>[0]);
  if (!('layout' in font)) throw new Error('expected a single font, not a collection');
  return font;
}

/** Fonts loaded once per worker: bytes into pdfmake's virtual file system, metrics from the same bytes. */
async function loadFonts(): Promise<FontMetrics> {
  const [regular, bold] = await Promise.all([fetchBytes(regularUrl), fetchBytes(boldUrl)]);
  // pdfmake takes { data } objects as is (no base64 round trip for 400 KB of font).
  const vfs = { [ARABIC_FONT_FILES.normal]: { data: regular }, [ARABIC_FONT_FILES.bold]: { data: bold } };
  pdfmake.addVirtualFileSystem(vfs as unknown as Parameters<typeof pdfmake.addVirtualFileSystem>[0]);
  pdfmake.addFonts(arabicFontDescriptors());
  // Documents carry no images or links to fetch: nothing may leave the worker.
  pdfmake.setUrlAccessPolicy(() => false);
  return createFontMetrics({ normal: shapingFont(regular), bold: shapingFont(bold) });
}

let metrics: Promise<FontMetrics> | null = null;

async function render(request: PdfRequest): Promise<PdfResponse> {
  if (!isPdfKind(request.kind)) return { id: request.id, ok: false, message: `unknown PDF kind: ${String(request.kind)}` };
  metrics ??= loadFonts();
  let loaded: FontMetrics;
  try {
    loaded = await metrics;
  } catch (error) {
    metrics = null; // a failed fetch may succeed next time
    throw error;
  }
  const started = performance.now();
  const definition = buildPdfDefinition(request.kind, request.input, loaded);
  const bytes = await pdfmake.createPdf(definition).getBuffer();
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return { id: request.id, ok: true, bytes: copy.buffer, ms: performance.now() - started };
}

self.addEventListener('message', (event: MessageEvent<PdfRequest>) => {
  const request = event.data;
  render(request).then(
    (response) => self.postMessage(response, { transfer: response.ok ? [response.bytes] : [] }),
    (error: unknown) => {
      const response: PdfResponse = { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
      self.postMessage(response);
    },
  );
});
