/**
 * How each character is handed to pdfmake. fontkit (through pdfkit) shapes every
 * space-separated chunk on its own and REVERSES the glyphs of any chunk whose first
 * strong script is right-to-left; so a character either belongs to such a chunk ('rtl':
 * we hand it over in reversed visual order and fontkit turns it back) or not ('other':
 * we hand it over in visual order and fontkit keeps it). Combining marks and joiners have
 * no script of their own, so they follow their base letter — they must be shaped with it.
 */
export type PieceClass = 'rtl' | 'other';

/** The right-to-left scripts fontkit reverses (its RTL table, narrowed to those in use). */
const RTL_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
/** Marks and join controls ride with the letter before them; tatweel joins like a letter. */
const FOLLOWER = /^(?:\p{M}|\u200c|\u200d|\u0640)$/u;

/** The class of every UTF-16 unit of `text` (index-aligned with bidi-js levels). */
export function classifyPieces(text: string): PieceClass[] {
  const classes: PieceClass[] = new Array<PieceClass>(text.length);
  const followers: number[] = [];
  let previous: PieceClass | null = null;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i) ?? 0;
    const char = String.fromCodePoint(code);
    const width = char.length;
    let cls: PieceClass | null;
    if (RTL_SCRIPT.test(char)) cls = 'rtl';
    else if (FOLLOWER.test(char)) cls = previous;
    else cls = 'other';
    if (cls === null) followers.push(i);
    else {
      // Marks at the very start take the class of the first letter after them.
      for (const index of followers.splice(0)) classes[index] = cls;
      previous = cls;
    }
    for (let k = 0; k < width; k++) classes[i + k] = cls ?? 'other';
    i += width - 1;
  }
  for (const index of followers) classes[index] = 'other';
  return classes;
}
