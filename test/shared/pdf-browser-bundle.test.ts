/**
 * pdfmake's prebuilt browser bundle carries its own copies of pdfkit and fontkit. Same
 * definition, same font bytes → the same page: pixel for pixel, and the same glyphs for
 * pdftotext. (The app's PDF worker bundles pdfmake's ES sources instead, with the reader text
 * layer installed: renderer/src/pdf/engine; the bundle has no such hook, so its text is
 * compared with the Node entry's page drawn without reader text.)
 */
import { createRequire } from 'node:module';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { expect, test } from 'vitest';
import { ARABIC_FONT_FILES, arabicFontDescriptors } from '@shared/pdf/fonts';
import { buildSampleDocument } from '@shared/pdf/sample-document';
import { fontBytes, metrics, pdfText, renderPage1, renderPdf, withoutReaderText, writeTemp } from './pdf-harness';

interface BrowserPdfmake {
  addVirtualFileSystem(files: Record<string, string>): void;
  addFonts(fonts: ReturnType<typeof arabicFontDescriptors>): void;
  createPdf(definition: TDocumentDefinitions): { getBuffer(): Promise<Uint8Array> };
}

test('the browser bundle draws the same page as the Node entry', async () => {
  const browser = createRequire(import.meta.url)('pdfmake/build/pdfmake.js') as BrowserPdfmake;
  browser.addVirtualFileSystem({
    [ARABIC_FONT_FILES.normal]: fontBytes('normal').toString('base64'),
    [ARABIC_FONT_FILES.bold]: fontBytes('bold').toString('base64'),
  });
  browser.addFonts(arabicFontDescriptors());
  const definition = buildSampleDocument(metrics);
  const fromBundle = writeTemp(Buffer.from(await browser.createPdf(definition).getBuffer()));
  const fromNode = writeTemp(await renderPdf(buildSampleDocument(metrics)));
  const glyphsFromNode = writeTemp(await renderPdf(withoutReaderText(buildSampleDocument(metrics))));
  expect(pdfText(fromBundle)).toBe(pdfText(glyphsFromNode));
  const a = PNG.sync.read(renderPage1(fromBundle, 60));
  const b = PNG.sync.read(renderPage1(fromNode, 60));
  expect(pixelmatch(a.data, b.data, undefined, a.width, a.height, { threshold: 0 })).toBe(0);
});
