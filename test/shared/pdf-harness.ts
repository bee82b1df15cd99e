/**
 * Test harness for the Arabic PDF layout: the committed font, pdfmake in Node (the
 * same definition the renderer's worker will use), and poppler/qpdf on the result.
 * Real tools, no mocks: what pdftotext reads back is what a person's viewer shows.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as fontkit from 'fontkit';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { afterAll } from 'vitest';
import { ARABIC_FONT_DIRECTORY, ARABIC_FONT_FILES, arabicFontDescriptors } from '@shared/pdf/fonts';
import { createFontMetrics, type FontMetrics, type ShapingFont } from '@shared/pdf/measure';
import { installReaderTextLayer, LINE_TEXT, type RendererClass } from '@shared/pdf/reader-text-layer';

const root = resolve(import.meta.dirname, '../..');
export const fixtureDir = join(root, 'test/fixtures/pdf');

export function fontBytes(face: keyof typeof ARABIC_FONT_FILES): Buffer {
  return readFileSync(join(root, ARABIC_FONT_DIRECTORY, ARABIC_FONT_FILES[face]));
}

function shapingFont(bytes: Buffer): ShapingFont {
  const font = fontkit.create(bytes);
  if (!('layout' in font)) throw new Error('expected a single font, not a collection');
  return font;
}

export const metrics: FontMetrics = createFontMetrics({ normal: shapingFont(fontBytes('normal')), bold: shapingFont(fontBytes('bold')) });

/** pdfmake's Node entry: an instance with a virtual file system (not in @types/pdfmake). */
interface NodePdfmake {
  virtualfs: { writeFileSync(name: string, data: Buffer): void };
  setFonts(fonts: ReturnType<typeof arabicFontDescriptors>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(definition: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
}
// The module pdfmake's Node entry renders with (the same Node module instance).
const rendererModule = createRequire(import.meta.url)('pdfmake/js/Renderer.js') as { default: RendererClass };
installReaderTextLayer(rendererModule.default);
const printer = pdfmake as unknown as NodePdfmake;
printer.virtualfs.writeFileSync(ARABIC_FONT_FILES.normal, fontBytes('normal'));
printer.virtualfs.writeFileSync(ARABIC_FONT_FILES.bold, fontBytes('bold'));
printer.setFonts(arabicFontDescriptors());
// Everything comes from the virtual file system: no network, no disk.
printer.setUrlAccessPolicy(() => false);
printer.setLocalAccessPolicy(() => false);

export async function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  return printer.createPdf(definition).getBuffer();
}

const workDir = mkdtempSync(join(tmpdir(), 'wasl-pdf-'));
// Each test file loads its own copy of this module: its PDFs and pages go with it.
afterAll(() => rmSync(workDir, { recursive: true, force: true }));
let counter = 0;
export function writeTemp(bytes: Buffer, ext = 'pdf'): string {
  const file = join(workDir, `doc-${++counter}.${ext}`);
  writeFileSync(file, bytes);
  return file;
}

/** pdftotext's plain text, exactly as it gives it (laid-out lines carry their text as /ActualText). */
export function pdfText(file: string, extra: string[] = []): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', ...extra, file, '-'], { encoding: 'utf8' });
}

/**
 * The same definition without the reader text of its lines: the PDF then draws the same
 * glyphs with no /ActualText, so pdftotext -bbox shows the glyphs as drawn (for tests of the
 * drawing itself: visual order, mirrored brackets, margins).
 */
export function withoutReaderText<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutReaderText) as T;
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) if (key !== LINE_TEXT) copy[key] = withoutReaderText(entry);
  return copy as T;
}

export interface PdfWord {
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
}

/** Words with their boxes (pdftotext -bbox), in the order pdftotext read them. */
export function pdfWords(file: string): PdfWord[] {
  const xhtml = execFileSync('pdftotext', ['-enc', 'UTF-8', '-bbox', file, '-'], { encoding: 'utf8' });
  const words: PdfWord[] = [];
  for (const match of xhtml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)) {
    const entity = (m: string): string => ({ '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" })[m] ?? m;
    const text = (match[4] ?? '').replace(/&\w+;/g, entity).normalize('NFKC');
    words.push({ text, xMin: Number(match[1]), xMax: Number(match[3]), yMin: Number(match[2]) });
  }
  return words;
}

export function qpdfCheck(file: string): string {
  return execFileSync('qpdf', ['--check', file], { encoding: 'utf8' });
}

/** Page 1 as PNG bytes at `dpi` (pdftoppm). */
export function renderPage1(file: string, dpi = 60): Buffer {
  const prefix = join(workDir, `page-${++counter}`);
  execFileSync('pdftoppm', ['-r', String(dpi), '-png', '-f', '1', '-l', '1', '-singlefile', file, prefix]);
  return readFileSync(`${prefix}.png`);
}
