/**
 * Text widths measured the way pdfmake will draw them. pdfkit lays a string out one
 * space-terminated chunk at a time ("word " + "word"), each shaped by fontkit, and adds
 * the advances; doing the same here makes our line breaks agree with pdfmake to the
 * hundredth of a point, so a laid-out line never overflows and gets wrapped again.
 */

/** OpenType features by tag, as fontkit takes them (false switches a default feature off). */
export type FontFeatures = Readonly<Record<string, boolean>>;

/**
 * Width in PDF points of `text` set at `fontSize`. With `features`, pdfkit shapes the
 * whole string as one run (no chunking at spaces), and so does this.
 */
export type MeasureText = (text: string, fontSize: number, features?: FontFeatures) => number;

/** One measure per face the layout uses. */
export interface FontMetrics {
  normal: MeasureText;
  bold: MeasureText;
}

/**
 * The part of a fontkit font the measure needs (structural, so shared/ does not import
 * fontkit: the caller creates the font from the bytes it loaded and passes it in).
 */
export interface ShapingFont {
  unitsPerEm: number;
  layout(text: string, features?: Record<string, boolean>): { advanceWidth: number };
}

/** A cached measure over a fontkit font, chunked like pdfkit's EmbeddedFont.layout. */
export function createFontMeasure(font: ShapingFont): MeasureText {
  const chunkUnits = new Map<string, number>();
  const unitsOf = (chunk: string): number => {
    let units = chunkUnits.get(chunk);
    if (units === undefined) {
      units = font.layout(chunk).advanceWidth;
      chunkUnits.set(chunk, units);
    }
    return units;
  };
  const runUnits = new Map<string, number>();
  return (text, fontSize, features) => {
    if (features) {
      const key = `${JSON.stringify(features)}\u0000${text}`;
      let run = runUnits.get(key);
      if (run === undefined) {
        // fontkit writes the features it applied into the object it is given: hand it a copy.
        run = font.layout(text, { ...features }).advanceWidth;
        runUnits.set(key, run);
      }
      return (run / font.unitsPerEm) * fontSize;
    }
    let units = 0;
    let last = 0;
    for (let index = 0; index <= text.length; index++) {
      const atEnd = index === text.length;
      if ((atEnd && last < index) || text[index] === ' ' || text[index] === '\t') {
        units += unitsOf(text.slice(last, index + 1));
        last = index + 1;
      }
    }
    return (units / font.unitsPerEm) * fontSize;
  };
}

/** Metrics for the regular and bold faces. */
export function createFontMetrics(fonts: { normal: ShapingFont; bold: ShapingFont }): FontMetrics {
  return { normal: createFontMeasure(fonts.normal), bold: createFontMeasure(fonts.bold) };
}
