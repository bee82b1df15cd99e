/**
 * Explicit bidi controls (UAX #9 X1–X10). They steer the levels and are then removed
 * (rule X9): the font has no glyph for them and pdftotext must not give them back.
 */
const CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

export function isBidiControl(char: string): boolean {
  return CONTROLS.test(char);
}

/**
 * Wrap a value that must read left to right as a unit (mobile, e-mail, ID, code) in a
 * left-to-right isolate (LRI … PDI), so neutral characters at its edges (the '+' of
 * +9665…) stay with it instead of taking the Arabic paragraph's direction.
 */
export function isolateLtr(value: string): string {
  return `\u2066${value}\u2069`;
}

/** The same for a value that must read right to left inside a left-to-right line. */
export function isolateRtl(value: string): string {
  return `\u2067${value}\u2069`;
}

/** A string without its bidi controls: what a reader (or pdftotext) sees. */
export function withoutBidiControls(text: string): string {
  return text.replace(new RegExp(CONTROLS.source, 'gu'), '');
}
