/**
 * A USB scanner types like a keyboard, in whatever layout the desk has switched on. With the
 * Arabic (101) layout the keys of the QR payload's Latin letters come out as Arabic letters, and
 * digits as Arabic-Indic digits (those parseVerificationInput already forgives). This maps the
 * Arabic-101 characters back to the Latin keys they sit on, so a scan works in either layout.
 * Used only when the text has no Latin letter at all (a typed code is left alone).
 */
const ARABIC_101: Record<string, string> = {
  'ض': 'q', 'ص': 'w', 'ث': 'e', 'ق': 'r', 'ف': 't', 'غ': 'y', 'ع': 'u', 'ه': 'i', 'خ': 'o', 'ح': 'p',
  'ش': 'a', 'س': 's', 'ي': 'd', 'ب': 'f', 'ل': 'g', 'ا': 'h', 'ت': 'j', 'ن': 'k', 'م': 'l',
  'ئ': 'z', 'ء': 'x', 'ؤ': 'c', 'ر': 'v', 'ى': 'n', 'ة': 'm', 'ز': '.', 'ظ': '/',
  // Shifted keys of the payload: ':' is Shift+; and the Arabic layout keeps it there.
  '؛': ':', 'ك': ';', 'و': ',', 'ط': "'",
};

export function fromScannerLayout(text: string): string {
  if (/[A-Za-z]/.test(text)) return text;
  // 'لا' is one key (b) on the Arabic layout.
  return text.replace(/لا/g, 'b').replace(/./gu, (ch) => ARABIC_101[ch] ?? ch);
}
