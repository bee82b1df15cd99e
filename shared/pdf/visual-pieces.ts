import type { Bidi, EmbeddingLevels } from 'bidi-js';
import { isBidiControl } from './bidi-controls';
import type { PieceClass } from './script-class';

/**
 * One line of a paragraph turned into the pieces pdfmake draws left to right
 * (UAX #9 rules L1–L4 on the line, with levels resolved over the whole paragraph).
 *
 * Each piece becomes one pdfmake inline (noWrap, so pdfmake does not split it):
 * - an 'other' piece (Latin, European digits, brackets, punctuation) is written in visual
 *   order; pdfkit splits it after every U+0020 and fontkit keeps each chunk's order. The
 *   spaces before it (on its left) open it: pdfkit cuts a leading space off as a chunk of
 *   its own, drawn on the left. Mirroring (UAX #9 L4) is done here: fontkit does not
 *   apply Bidi_Mirrored, and Amiri's rtlm does not cover brackets;
 * - an 'rtl' piece (Arabic letters or Arabic-Indic digits, at one level, no space inside)
 *   carries font features ({ kern: false }, see RTL_FEATURES), so pdfkit shapes it as ONE
 *   fontkit run; fontkit reverses right-to-left runs, so it is written in reversed visual
 *   order — for letters that is their logical order, so joining is right — and the spaces
 *   on its left go at the END of the string, which the reversal puts on the left.
 */
/**
 * Features of rtl pieces. Amiri kerns the gap after non-joining letters (alef, waw, dal…)
 * by up to 0.12 em, which made a glyph-reading pdftotext split "إيجار" into "إ يجار". Readers
 * now take each line's /ActualText (reader-text-layer.ts); kern stays off because the look
 * barely changes (those letters keep their side bearings) and viewers that read glyphs still
 * get whole words.
 */
export const RTL_FEATURES: Readonly<Record<string, boolean>> = Object.freeze({ kern: false });

export interface VisualPiece {
  /** The string to give pdfmake. */
  text: string;
  /** The characters as they appear on the page, left to right (spaces included). */
  visual: string;
  cls: PieceClass;
  /** Bidi level (odd: right to left). */
  level: number;
  /** Font features for pdfmake's `fontFeatures` (rtl pieces only). */
  features?: Readonly<Record<string, boolean>>;
}

interface Cell {
  char: string;
  cls: PieceClass;
  level: number;
}

/** Visual cells of logical range [start, end), mirrored, surrogate pairs kept whole. */
function visualCells(bidi: Bidi, text: string, levels: EmbeddingLevels, classes: PieceClass[], start: number, end: number): Cell[] {
  const order = bidi.getReorderedIndices(text, levels, start, end - 1).slice(start, end);
  const mirrors = bidi.getMirroredCharactersMap(text, levels.levels, start, end - 1);
  const cells: Cell[] = [];
  for (let k = 0; k < order.length; k++) {
    const index = order[k] ?? 0;
    const unit = text.charCodeAt(index);
    // A reversed run puts a low surrogate before its high one: emit the pair once, whole.
    if (unit >= 0xdc00 && unit <= 0xdfff && order[k + 1] === index - 1) {
      cells.push({ char: text.slice(index - 1, index + 1), cls: classes[index] ?? 'other', level: levels.levels[index] ?? 0 });
      k++;
      continue;
    }
    if (unit >= 0xd800 && unit <= 0xdbff && order[k + 1] === index + 1) {
      cells.push({ char: text.slice(index, index + 2), cls: classes[index] ?? 'other', level: levels.levels[index] ?? 0 });
      k++;
      continue;
    }
    // X9: explicit controls have done their work on the levels; they are never drawn.
    if (isBidiControl(text[index] ?? '')) continue;
    cells.push({ char: mirrors.get(index) ?? text[index] ?? '', cls: classes[index] ?? 'other', level: levels.levels[index] ?? 0 });
  }
  return cells;
}

/** Punctuation and symbols (not letters, digits or spaces) may ride in an rtl piece. */
const NEUTRAL = /^[^\p{L}\p{N}\p{M} ]+$/u;

/**
 * A stretch of cells at one level with no space inside that holds Arabic is drawn as one
 * rtl piece, its punctuation (and already-mirrored brackets) included: pdftotext then sees
 * "الاستحقاق:" or "هـ،" as one word and gives the colon or comma back on the right side
 * of the Arabic word, instead of guessing from a lone glyph between two runs.
 */
function absorbNeutrals(cells: Cell[]): Cell[] {
  const out = cells.map((cell) => ({ ...cell }));
  let start = 0;
  while (start < out.length) {
    let end = start;
    const level = out[start]?.level;
    while (end < out.length && out[end]?.char !== ' ' && out[end]?.level === level) end++;
    const stretch = out.slice(start, end);
    if (stretch.some((cell) => cell.cls === 'rtl') && stretch.every((cell) => cell.cls === 'rtl' || NEUTRAL.test(cell.char))) {
      for (const cell of stretch) cell.cls = 'rtl';
    }
    start = Math.max(end, start + 1);
  }
  return out;
}

/** The pdfmake pieces of one line, left to right. Leading/trailing spaces must be trimmed by the caller. */
export function linePieces(
  bidi: Bidi,
  text: string,
  levels: EmbeddingLevels,
  classes: PieceClass[],
  start: number,
  end: number,
): VisualPiece[] {
  const pieces: VisualPiece[] = [];
  let spaces = '';
  let current: { cells: string[]; cls: PieceClass; level: number; lead: string } | null = null;
  const flush = (): void => {
    if (!current) return;
    const body = current.cells.join('');
    const visual = current.lead + body;
    if (current.cls === 'rtl') {
      const logical = [...current.cells].reverse().join('');
      pieces.push({ text: logical + current.lead, visual, cls: 'rtl', level: current.level, features: RTL_FEATURES });
    } else {
      pieces.push({ text: visual, visual, cls: 'other', level: current.level });
    }
    current = null;
  };
  for (const cell of absorbNeutrals(visualCells(bidi, text, levels, classes, start, end))) {
    if (cell.char === ' ') {
      spaces += ' ';
      continue;
    }
    const continues =
      current !== null &&
      current.cls === cell.cls &&
      // An rtl piece may hold no space and only one level; other pieces keep visual order anyway.
      (cell.cls === 'other' || (spaces === '' && current.level === cell.level));
    if (continues && current) {
      current.cells.push(spaces + cell.char);
    } else {
      flush();
      current = { cells: [cell.char], cls: cell.cls, level: cell.level, lead: spaces };
    }
    spaces = '';
  }
  flush();
  return pieces;
}
