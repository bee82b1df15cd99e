/// <reference types="vite/client" />
/**
 * The PDF worker: pdfmake (built from its ES sources, engine/), the Amiri font and its fontkit
 * metrics live here, so laying out and compressing a document never blocks the UI thread. The
 * metrics and pdfkit share one parsed font per face and one shaping memo (engine/fontkit-cache.ts):
 * a warm document re-parses and re-shapes nothing it has seen before. The font files are Vite
 * assets fetched once from the app's own origin (CSP connect-src 'self'); the document
 * definition is built here from the snapshot, because the layout measures text with the very
 * font pdfmake embeds and a definition with a footer function cannot be posted anyway.
 */
import pdfmake, { createFont } from './engine/pdfmake-engine';
import { ARABIC_FONT_FILES, arabicFontDescriptors } from '@shared/pdf/fonts';
import { createFontMetrics, type FontMetrics, type ShapingFont } from '@shared/pdf/measure';
import regularUrl from '../../../resources/fonts/Amiri-Regular.ttf?url';
import boldUrl from '../../../resources/fonts/Amiri-Bold.ttf?url';
import { buildPdfDefinition, isPdfKind } from './pdf-kinds';
import type { PdfRequest, PdfResponse } from './pdf-protocol';

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`font ${url}: HTTP ${response.status}`);
  // A Buffer (the worker's global, engine/node-globals.ts): pdfkit takes vfs files as Buffers.
  return Buffer.from(await response.arrayBuffer());
}

function shapingFont(bytes: Uint8Array): ShapingFont {
  const font = createFont(bytes);
  if (!('layout' in font)) throw new Error('expected a single font, not a collection');
  return font;
}

/** Fonts loaded once per worker: bytes into pdfmake's virtual file system, metrics from the same bytes. */
async function loadFonts(): Promise<FontMetrics> {
  const [regular, bold] = await Promise.all([fetchBytes(regularUrl), fetchBytes(boldUrl)]);
  // Stored as is: pdfkit then gets these very objects back, which is what lets
  // engine/fontkit-cache.ts hand it the fonts the metrics below already parsed.
  pdfmake.virtualfs.writeFileSync(ARABIC_FONT_FILES.normal, regular);
  pdfmake.virtualfs.writeFileSync(ARABIC_FONT_FILES.bold, bold);
  pdfmake.addFonts(arabicFontDescriptors());
  // Documents carry no links to fetch and no files but the fonts above (images are data URLs).
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
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
