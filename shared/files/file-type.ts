/**
 * Recognises the allowed file types from their first bytes. The type a browser reports comes from the
 * file name's extension, so a renamed executable would pass as 'application/pdf'; the magic numbers do not lie
 * that easily, and a file whose bytes disagree with its claimed type is refused.
 */
import type { AllowedFileType } from './file-ref';

/** How many leading bytes {@link sniffFileType} needs. */
export const SNIFF_BYTES = 16;

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0): boolean =>
  signature.every((byte, i) => bytes[offset + i] === byte);

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

// ISO-BMFF brands of HEIF images (HEIC from iPhones, and the generic HEIF ones).
const HEIF_BRANDS = ['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1'];

/** The allowed type the bytes are, or null when they are none of them. */
export function sniffFileType(head: Uint8Array): AllowedFileType | null {
  if (startsWith(head, ascii('%PDF-'))) return 'application/pdf';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(head, ascii('ftyp'), 4)) {
    const brand = String.fromCharCode(...head.slice(8, 12));
    if (HEIF_BRANDS.includes(brand)) return 'image/heic';
  }
  return null;
}

/** Claimed types that name the same format as a sniffed one ('image/jpg' is common, 'image/heif' is HEIC's family). */
const ALIASES: Record<string, AllowedFileType> = { 'image/jpg': 'image/jpeg', 'image/pjpeg': 'image/jpeg', 'image/heif': 'image/heic' };

/**
 * The stored type of a file claimed as `claimed` whose first bytes are `head`: the sniffed type when the
 * claim agrees with it (or is empty, as browsers report for unknown extensions such as .heic), else null.
 */
export function resolveFileType(claimed: string, head: Uint8Array): AllowedFileType | null {
  const sniffed = sniffFileType(head);
  if (!sniffed) return null;
  const normalized = claimed.trim().toLowerCase();
  if (normalized === '' || normalized === 'application/octet-stream') return sniffed;
  return (ALIASES[normalized] ?? normalized) === sniffed ? sniffed : null;
}
