/**
 * The bytes of a CSV file as text. Arabic Windows and older Arabic Excel write CSV in
 * Windows-1256; newer Excel writes UTF-8 with a byte-order mark; "Unicode text" is UTF-16.
 * A BOM decides; otherwise strict UTF-8, and bytes that are not valid UTF-8 are Windows-1256
 * (Arabic text in 1256 is almost never valid UTF-8: its lead bytes lack their continuations).
 */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256';

export function detectEncoding(bytes: Uint8Array): TextEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'windows-1256';
  }
}

/** The text without its BOM. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const encoding = detectEncoding(bytes);
  return { text: new TextDecoder(encoding).decode(bytes), encoding };
}
