import { readerPageDirection, readerText } from './reader-order';

/**
 * pdfmake has no way to give text an /ActualText, so its renderer is taught one: every line
 * laid out by this package carries its logical text on its first inline (under
 * {@link LINE_TEXT}), and each inline of that line is drawn inside a marked-content span
 *   /Span << /ActualText (…) >> BDC BT … ET EMC
 * (marked content, PDF 32000 §14.9.4), nested in the inline's own q … Q so the reader places the span
 * where its glyphs are. The spans of a line, left to right, hold the line's reader text
 * (reader-order.ts), cut at the inlines: adjacent spans touch, so readers join them into
 * one word and reorder it as a whole. Readers (pdftotext, copy and paste, search) take the
 * spans' text instead of guessing it from glyphs drawn in visual order; the drawing does
 * not change.
 *
 * Pure: the caller passes pdfmake's Renderer class (Node: pdfmake/js/Renderer.js; the PDF
 * worker: pdfmake/src/Renderer.js, the module pdfmake itself imports), once per process.
 */

/** The inline property that holds its line's logical text (set by content.ts). */
export const LINE_TEXT = 'waslLineText';

interface InlineLike {
  text?: unknown;
  [LINE_TEXT]?: string;
}
interface LineLike {
  inlines?: InlineLike[];
}
interface PageLike {
  items: Array<{ type: string; item: unknown }>;
}
interface PdfKitLike {
  addContent(data: string): unknown;
}
interface RendererLike {
  pdfDocument: PdfKitLike;
  renderPages(pages: PageLike[]): void;
  renderLine(line: LineLike, x: number, y: number): void;
}
export interface RendererClass {
  prototype: RendererLike;
}

const INSTALLED = Symbol.for('wasl.readerTextLayer');
/** The reader text of each line of the pages being rendered, per renderer, cut per inline. */
const pending = new WeakMap<object, Map<LineLike, string[]>>();

function lineText(line: LineLike): string | undefined {
  return line.inlines?.find((inline) => typeof inline[LINE_TEXT] === 'string')?.[LINE_TEXT];
}

function drawnText(line: LineLike): string {
  return (line.inlines ?? []).map((inline) => (typeof inline.text === 'string' ? inline.text : '')).join('');
}

/** `text` cut into one piece per inline, as many characters as the inline draws (the last takes the rest). */
function cutPerInline(text: string, line: LineLike): string[] {
  const chars = [...text];
  const inlines = line.inlines ?? [];
  let offset = 0;
  return inlines.map((inline, index) => {
    const drawn = typeof inline.text === 'string' ? [...inline.text].length : 0;
    const end = index === inlines.length - 1 ? chars.length : Math.min(chars.length, offset + drawn);
    const piece = chars.slice(offset, end).join('');
    offset = end;
    return piece;
  });
}

/** Reader texts of one page: its direction comes from all of its text, as the reader counts it. */
function pageTexts(page: PageLike, into: Map<LineLike, string[]>): void {
  const lines = page.items.filter((entry) => entry.type === 'line').map((entry) => entry.item as LineLike);
  const direction = readerPageDirection(lines.map((line) => lineText(line) ?? drawnText(line)));
  for (const line of lines) {
    const text = lineText(line);
    if (text !== undefined && text !== '') into.set(line, cutPerInline(readerText(text, direction), line));
  }
}

/** `<< /ActualText <FEFF…> >>`: a PDF text string in UTF-16BE with its byte-order mark. */
function spanDictionary(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  return `<< /ActualText <${hex}> >>`;
}

export function installReaderTextLayer(renderer: RendererClass): void {
  const proto = renderer.prototype as RendererLike & { [INSTALLED]?: boolean };
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  const renderPages = proto.renderPages;
  const renderLine = proto.renderLine;
  proto.renderPages = function (this: RendererLike, pages: PageLike[]): void {
    const texts = new Map<LineLike, string[]>();
    for (const page of pages) pageTexts(page, texts);
    pending.set(this, texts);
    try {
      renderPages.call(this, pages);
    } finally {
      pending.delete(this);
    }
  };
  proto.renderLine = function (this: RendererLike, line: LineLike, x: number, y: number): void {
    const pieces = pending.get(this)?.get(line);
    if (pieces === undefined) {
      renderLine.call(this, line, x, y);
      return;
    }
    // Each inline is one pdfkit fragment: q cm BT … ET Q. The span goes round BT … ET.
    const doc = this.pdfDocument;
    const addContent = doc.addContent;
    let next = 0;
    let open = false;
    doc.addContent = function (this: PdfKitLike, data: string): unknown {
      if (data === 'BT' && !open && next < pieces.length && pieces[next] !== '') {
        open = true;
        addContent.call(this, `/Span ${spanDictionary(pieces[next] ?? '')} BDC`);
      }
      const result = addContent.call(this, data);
      if (data === 'ET') {
        if (open) addContent.call(this, 'EMC');
        open = false;
        next++;
      }
      return result;
    };
    try {
      renderLine.call(this, line, x, y);
    } finally {
      doc.addContent = addContent;
    }
  };
}
