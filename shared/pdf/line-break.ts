import type { MeasureText } from './measure';

/** A logical range [start, end) of the paragraph text. */
export interface Span {
  start: number;
  end: number;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * The units a line may break between: the words between U+0020 spaces; a word wider
 * than the line is cut between grapheme clusters (so a letter keeps its tashkeel) —
 * it loses its joining at the cut, which beats running off the page.
 */
export function breakUnits(text: string, width: number, fontSize: number, measure: MeasureText): Span[] {
  const units: Span[] = [];
  const words = text.matchAll(/[^ ]+/g);
  for (const match of words) {
    const start = match.index;
    const end = start + match[0].length;
    if (measure(match[0], fontSize) <= width) {
      units.push({ start, end });
      continue;
    }
    let pieceStart = start;
    let pieceEnd = start;
    for (const { segment, index } of graphemes.segment(match[0])) {
      const next = start + index + segment.length;
      if (pieceEnd > pieceStart && measure(text.slice(pieceStart, next), fontSize) > width) {
        units.push({ start: pieceStart, end: pieceEnd });
        pieceStart = pieceEnd;
      }
      pieceEnd = next;
    }
    units.push({ start: pieceStart, end: pieceEnd });
  }
  return units;
}

/**
 * Greedy line breaking on the LOGICAL text with the font's real widths (before any
 * reordering: bidi reorders within a line, never across lines). `fits` gets the final
 * say, so the caller can check the line exactly as it will be drawn.
 */
export function breakLines(units: Span[], fits: (line: Span) => boolean): Span[] {
  const lines: Span[] = [];
  let first = 0;
  while (first < units.length) {
    const head = units[first];
    if (!head) break;
    let last = first;
    while (last + 1 < units.length) {
      const candidate = units[last + 1];
      if (!candidate || !fits({ start: head.start, end: candidate.end })) break;
      last++;
    }
    lines.push({ start: head.start, end: units[last]?.end ?? head.end });
    first = last + 1;
  }
  return lines;
}
