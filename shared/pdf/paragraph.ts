import bidiFactory, { type Bidi } from 'bidi-js';
import { withoutBidiControls } from './bidi-controls';
import { breakLines, breakUnits } from './line-break';
import type { MeasureText } from './measure';
import { classifyPieces } from './script-class';
import { linePieces, type VisualPiece } from './visual-pieces';

export type ParagraphDirection = 'rtl' | 'ltr' | 'auto';

export interface ParagraphOptions {
  /** Width available to the text, in points (for a table cell: the column's content width). */
  width: number;
  fontSize: number;
  /** Widths of the face the text is set in (regular or bold). */
  measure: MeasureText;
  /** Base direction (UAX #9 P2–P3 for 'auto'). Default 'rtl'. */
  direction?: ParagraphDirection;
}

export interface LaidOutLine {
  /** The line's text in logical order (what pdftotext should give back). */
  text: string;
  /** Left to right, ready for pdfmake: one inline each. */
  pieces: VisualPiece[];
  /** Drawn width in points, as pdfmake will measure it. */
  width: number;
}

export interface LaidOutParagraph {
  direction: 'rtl' | 'ltr';
  lines: LaidOutLine[];
}

/** Points within which the rough width is not trusted. */
const EDGE = 2;

let sharedBidi: Bidi | null = null;
/** bidi-js builds its tables on first use; one instance serves every paragraph. */
function bidi(): Bidi {
  sharedBidi ??= bidiFactory();
  return sharedBidi;
}

/** Lay out one paragraph (line feeds start new paragraphs of the same base direction). */
export function layoutParagraph(text: string, options: ParagraphOptions): LaidOutParagraph {
  const requested = options.direction ?? 'rtl';
  const blocks = text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').split('\n');
  const lines: LaidOutLine[] = [];
  let resolved: 'rtl' | 'ltr' | null = null;
  for (const block of blocks) {
    const laid = layoutBlock(block, options, requested);
    resolved ??= laid.direction;
    lines.push(...laid.lines);
  }
  return { direction: resolved ?? (requested === 'ltr' ? 'ltr' : 'rtl'), lines };
}

/** Right-to-left paragraph: the common case in Wasl's documents. */
export function layoutRtlParagraph(text: string, options: Omit<ParagraphOptions, 'direction'>): LaidOutParagraph {
  return layoutParagraph(text, { ...options, direction: 'rtl' });
}

function layoutBlock(block: string, options: ParagraphOptions, requested: ParagraphDirection): LaidOutParagraph {
  const { width, fontSize } = options;
  // Controls are never drawn (X9), so they take no width (the font has no glyph for them).
  const measure: MeasureText = (text, size, features) => options.measure(withoutBidiControls(text), size, features);
  const engine = bidi();
  // Levels come from the whole paragraph (rules P–I); only the reordering is per line (L1–L2).
  const levels = engine.getEmbeddingLevels(block, requested);
  const direction = (levels.paragraphs[0]?.level ?? (requested === 'ltr' ? 0 : 1)) % 2 === 1 ? 'rtl' : 'ltr';
  const classes = classifyPieces(block);
  const piecesOf = (start: number, end: number): VisualPiece[] => linePieces(engine, block, levels, classes, start, end);
  const drawnWidth = (pieces: VisualPiece[]): number =>
    pieces.reduce((sum, piece) => sum + measure(piece.text, fontSize, piece.features), 0);

  const units = breakUnits(block, width, fontSize, measure);
  if (units.length === 0) return { direction, lines: [{ text: '', pieces: [], width: 0 }] };
  const spans = breakLines(units, (line) => {
    // Cheap test on the logical text; the exact one (pieces as drawn, where chunks and
    // so kerning differ slightly) only near the edge.
    const rough = measure(block.slice(line.start, line.end), fontSize);
    if (rough < width - EDGE) return true;
    if (rough > width + EDGE) return false;
    return drawnWidth(piecesOf(line.start, line.end)) <= width;
  });
  const lines = spans.map((span) => {
    const pieces = piecesOf(span.start, span.end);
    return { text: withoutBidiControls(block.slice(span.start, span.end)), pieces, width: drawnWidth(pieces) };
  });
  return { direction, lines };
}
