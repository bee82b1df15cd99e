/**
 * A USB scanner types like a keyboard, in whatever layout the desk has switched on. With the
 * Arabic (101) layout the keys of the QR payload's Latin letters come out as Arabic letters, and
 * digits as Arabic-Indic digits (those parseVerificationInput already forgives). This maps the
 * Arabic-101 characters (plain and shifted) back to the Latin keys they sit on, so a scan works
 * in either layout.
 * Used only when the text has no Latin letter at all (a typed code is left alone).
 */
const ARABIC_101: Record<string, string> = {
  // Unshifted letter keys.
  'ض': 'q', 'ص': 'w', 'ث': 'e', 'ق': 'r', 'ف': 't', 'غ': 'y', 'ع': 'u', 'ه': 'i', 'خ': 'o', 'ح': 'p',
  'ش': 'a', 'س': 's', 'ي': 'd', 'ب': 'f', 'ل': 'g', 'ا': 'h', 'ت': 'j', 'ن': 'k', 'م': 'l',
  'ئ': 'z', 'ء': 'x', 'ؤ': 'c', 'ر': 'v', 'ى': 'n', 'ة': 'm',
  // Shifted letter keys: the payload is upper case, so a scanner holds Shift for its letters.
  '\u064E': 'Q', '\u064B': 'W', '\u064F': 'E', '\u064C': 'R', 'إ': 'Y', '‘': 'U', '÷': 'I', '×': 'O', '؛': 'P',
  '\u0650': 'A', '\u064D': 'S', ']': 'D', '[': 'F', 'أ': 'H', 'ـ': 'J', '،': 'K', '/': 'L',
  '~': 'Z', '\u0652': 'X', '}': 'C', '{': 'V', 'آ': 'N', '’': 'M',
};

/** Keys that type two letters (lam-alef ligatures). */
const LIGATURES: [RegExp, string][] = [[/لإ/g, 'T'], [/لأ/g, 'G'], [/لآ/g, 'B'], [/لا/g, 'b']];

export function fromScannerLayout(text: string): string {
  if (/[A-Za-z]/.test(text)) return text;
  let out = text;
  for (const [pattern, key] of LIGATURES) out = out.replace(pattern, key);
  // ':' (Shift+;) and '-' are the same on both layouts.
  return out.replace(/./gu, (ch) => ARABIC_101[ch] ?? ch);
}
