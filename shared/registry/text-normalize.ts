/**
 * Text normalization for what a receptionist types or pastes at the counter.
 *
 * The rule of the registry is "normalize, don't refuse": text pasted from WhatsApp or a
 * PDF carries bidi controls and zero-width characters the user cannot see, and Arabic
 * keyboards type Arabic-Indic digits. Both are silently fixed here; only what cannot be
 * normalized becomes an inline error (in the field validators, not here).
 */

/** U+0660..U+0669 (Arabic-Indic) and U+06F0..U+06F9 (Extended, the Persian/Urdu keyboard). */
const NON_ASCII_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

/**
 * Invisible format characters that change nothing a reader sees but break equality,
 * lengths and search: LRM/RLM, the embedding/override controls, the isolates, the Arabic
 * letter mark, zero-width space/non-joiner/joiner, word joiner, BOM, soft hyphen.
 * ZWNJ/ZWJ matter for Persian typography, never for Arabic names or numbers.
 */
const INVISIBLES = /[\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\u061C\uFEFF\u00AD]/g;

/**
 * Control characters other than the whitespace ones: they only arrive by pasting
 * and can never be meant. Tab/newline/CR/VT/FF are whitespace and handled separately.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;

/** Every way of breaking a line: CRLF, CR, VT, FF, NEL, the Unicode line/paragraph separators. */
// eslint-disable-next-line no-control-regex -- VT and FF are line breaks in pasted text
const LINE_BREAKS = /\r\n?|[\u000B\u000C\u0085\u2028\u2029]/g;

/** Every Unicode space (NBSP and the narrow NBSP in pasted text included), not line breaks. */
const HORIZONTAL_SPACE = /[^\S\n]+/g;

/**
 * Converts Arabic-Indic (٠-٩) and Extended Arabic-Indic (۰-۹) digits to ASCII 0-9.
 * Other characters are kept unchanged.
 */
export function normalizeDigits(input: string): string {
  return input.replace(NON_ASCII_DIGITS, (digit) => {
    const code = digit.charCodeAt(0);
    // Both blocks are contiguous 0..9 runs, so the offset inside the block is the value.
    const zero = code >= 0x06f0 ? 0x06f0 : 0x0660;
    return String(code - zero);
  });
}

/**
 * Removes bidi controls, zero-width characters, the BOM and soft hyphens.
 * Visible text is unchanged.
 */
export function stripInvisible(input: string): string {
  return input.replace(INVISIBLES, '');
}

/** Options for {@link cleanTextInput}. */
export interface CleanTextOptions {
  /** Keep line breaks (notes, address); otherwise every whitespace run becomes one space. */
  readonly multiline?: boolean;
}

/**
 * Cleans free text before it is stored and displayed.
 *
 * Decisions:
 * - NFC, not NFKC: NFC is canonical equivalence, so the text looks exactly as typed while
 *   composed and decomposed forms (ا + ٓ vs آ) become one spelling for lengths and equality.
 *   NFKC (which also folds presentation forms and ligatures) is only for matching keys.
 * - Digits are kept as typed: display text like an address may rightly use ٠-٩. Fields
 *   that are numbers (ID, mobile, file number) convert digits in their own validators.
 * - Invisible and control characters are removed, whitespace runs collapse to one space,
 *   and the ends are trimmed; with `multiline`, single line breaks survive (CRLF → LF),
 *   each line is trimmed and runs of blank lines collapse to one.
 */
export function cleanTextInput(input: string, options: CleanTextOptions = {}): string {
  const visible = stripInvisible(input)
    .normalize('NFC')
    .replace(LINE_BREAKS, '\n')
    .replace(CONTROLS, '');
  if (!options.multiline) return visible.replace(/\s+/g, ' ').trim();
  return visible
    .split('\n')
    .map((line) => line.replace(HORIZONTAL_SPACE, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Prepares an identifier typed by a person (ID, mobile, file number): invisible
 * characters removed, digits converted, and the separators people type between digit
 * groups (spaces, every kind of dash, dots, parentheses) dropped.
 */
export function compactIdentifier(input: string): string {
  return normalizeDigits(stripInvisible(input)).replace(/[\s\-\u2010-\u2015\u2212.()]/g, '');
}
