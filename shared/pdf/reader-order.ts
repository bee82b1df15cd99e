/**
 * The text a PDF reader is handed for one drawn line (its /ActualText), so that a reader
 * that reorders right-to-left text gives back the line's LOGICAL text.
 *
 * Why: the glyphs are drawn in visual order (fontkit reverses Arabic runs, marks are
 * positioned glyphs, brackets are drawn mirrored), and pdftotext rebuilds text from glyph
 * positions: marks came back detached ("عبد ُ"), brackets reversed (")هجري("), the comma
 * after a number moved ("الرياض ،12631") and digits glued to words ("٢٥جمادى"). An
 * /ActualText span replaces the glyphs' text with ours, but poppler still reorders it:
 *
 * - it classes each character as R (Arabic letters), L (Latin letters), "number" (digits of
 *   both sets AND # $ % + , - . / : and the Arabic comma) or neutral (spaces, brackets,
 *   tashkeel, everything else) — see {@link readerClass};
 * - a page is right-to-left when it holds more R than L characters;
 * - on a right-to-left page it reads a line from its right end: a run of non-(L|number)
 *   characters is reversed, then a run of non-R characters is kept as is, and so on; on a
 *   left-to-right page the mirror image.
 *
 * {@link readerText} builds the string for which that reading gives the logical text back.
 * A neutral between a run of one direction and the next run can only be read in place when
 * the run it follows is closed by a strong character of its own direction, so a LEFT-TO-RIGHT
 * MARK (or RIGHT-TO-LEFT MARK) is added there: an invisible format character, which search
 * and comparison ignore (like the embedding marks pdftotext adds itself).
 */

export type ReaderClass = 'rtl' | 'ltr' | 'neutral';

const LRM = '\u200e';
const RLM = '\u200f';

/** Poppler's own table (UnicodeTypeTable) for the blocks Wasl's documents use. */
function arabicBlockClass(code: number): ReaderClass {
  if (code <= 0x0603 || code === 0x060d || (code >= 0x0616 && code <= 0x064a)) return 'rtl';
  if ((code >= 0x0604 && code <= 0x060c) || (code >= 0x0659 && code <= 0x066c) || (code >= 0x06f0 && code <= 0x06f9)) return 'ltr';
  if ((code >= 0x060e && code <= 0x0615) || (code >= 0x064b && code <= 0x0658) || code === 0x0670) return 'neutral';
  if ((code >= 0x06d6 && code <= 0x06dc) || (code >= 0x06de && code <= 0x06e4) || (code >= 0x06e7 && code <= 0x06ed)) return 'neutral';
  return 'rtl';
}

/** ASCII: letters are L; # $ % and + , - . / 0–9 : are "numbers" (read left to right). */
function asciiClass(code: number): ReaderClass {
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return 'ltr';
  if ((code >= 0x23 && code <= 0x25) || (code >= 0x2b && code <= 0x3a)) return 'ltr';
  return 'neutral';
}

const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/** How poppler's pdftotext classes one character (strong L and numbers read alike). */
export function readerClass(char: string): ReaderClass {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x80) return asciiClass(code);
  if (code >= 0x0600 && code <= 0x06ff) return arabicBlockClass(code);
  if (code === 0x200e || code === 0x202a || code === 0x202d) return 'ltr';
  if (code === 0x200f || code === 0x202b || code === 0x202e) return 'rtl';
  if (code === 0xa0 || (code >= 0xa2 && code <= 0xa5) || (code >= 0xb0 && code <= 0xb3) || code === 0xb9) return 'ltr';
  if ((code >= 0x2030 && code <= 0x2034) || code === 0x2044) return 'ltr';
  if (code >= 0xfd3e && code <= 0xfd3f) return 'neutral';
  if ((code >= 0xfb50 && code <= 0xfdfc) || (code >= 0xfe70 && code <= 0xfefc)) return 'rtl';
  if (/\p{M}/u.test(char)) return 'neutral';
  if (/\p{L}/u.test(char)) return RTL_LETTER.test(char) ? 'rtl' : 'ltr';
  if (/\p{Nd}/u.test(char)) return 'ltr';
  return 'neutral';
}

interface Section {
  dir: 'rtl' | 'ltr';
  chars: string[];
  /** Whether the section ends with a neutral (so needs a closing mark off its page's direction). */
  openEnd: boolean;
}

/** The line cut into runs of one reading direction; neutrals stay with the run before them. */
function sections(text: string, pageDir: 'rtl' | 'ltr'): Section[] {
  const out: Section[] = [];
  let leading: string[] = [];
  for (const char of text) {
    const cls = readerClass(char);
    const last = out[out.length - 1];
    if (cls === 'neutral') {
      if (last) {
        last.chars.push(char);
        last.openEnd = true;
      } else leading.push(char);
      continue;
    }
    if (last && last.dir === cls) {
      last.chars.push(char);
      last.openEnd = false;
      continue;
    }
    out.push({ dir: cls, chars: [...leading, char], openEnd: false });
    leading = [];
  }
  if (out.length === 0 && leading.length > 0) out.push({ dir: pageDir, chars: leading, openEnd: false });
  return out;
}

/** The /ActualText of a line whose logical text is `text`, on a page read in `pageDir`. */
export function readerText(text: string, pageDir: 'rtl' | 'ltr'): string {
  const parts = sections(text.normalize('NFC'), pageDir).map((section) => {
    // A run against the page's direction that ends with neutrals is closed by a mark of
    // its own direction, or the reader hands those neutrals to the next run.
    const chars = section.openEnd && section.dir !== pageDir ? [...section.chars, section.dir === 'ltr' ? LRM : RLM] : section.chars;
    return section.dir === 'rtl' ? chars.reverse().join('') : chars.join('');
  });
  return (pageDir === 'rtl' ? parts.reverse() : parts).join('');
}

/** A page reads right to left when it holds more R than L characters (poppler's count). */
export function readerPageDirection(texts: Iterable<string>): 'rtl' | 'ltr' {
  let count = 0;
  for (const text of texts) {
    for (const char of text) {
      const cls = readerClass(char);
      // Numbers count for neither side.
      if (cls === 'rtl') count--;
      else if (cls === 'ltr' && /[\p{L}\u200e]/u.test(char)) count++;
    }
  }
  return count >= 0 ? 'ltr' : 'rtl';
}

/** The bidi marks {@link readerText} may add and the embedding marks pdftotext adds. */
export const READER_MARKS = /[\u200e\u200f\u202a-\u202e]/gu;
