/**
 * The EXIF block of a JPEG, by bytes (policy 3.8c: a photo's location is stripped unless kept on purpose).
 * The desk re-encodes every photo through a canvas, which writes no EXIF at all; when the field worker
 * keeps the location, the original APP1 "Exif" segment is carried over with its orientation set to 1
 * (the canvas has already turned the pixels upright, so the old tag would turn them twice). Pure.
 */
const SOI = [0xff, 0xd8];
const APP1 = 0xe1;
const EXIF_ID = [0x45, 0x78, 0x69, 0x66, 0x00, 0x00]; // "Exif\0\0"
const ORIENTATION_TAG = 0x0112;
const GPS_IFD_TAG = 0x8825;

/** The APP1 Exif segment (marker included), or null when the JPEG carries none. */
export function exifSegment(jpeg: Uint8Array): Uint8Array | null {
  if (jpeg[0] !== SOI[0] || jpeg[1] !== SOI[1]) return null;
  let offset = 2;
  while (offset + 4 <= jpeg.length && jpeg[offset] === 0xff) {
    const marker = jpeg[offset + 1] ?? 0;
    // Start of scan: image data follows, no more headers.
    if (marker === 0xda) return null;
    const length = ((jpeg[offset + 2] ?? 0) << 8) | (jpeg[offset + 3] ?? 0);
    if (length < 2) return null;
    if (marker === APP1 && EXIF_ID.every((byte, i) => jpeg[offset + 4 + i] === byte)) return jpeg.slice(offset, offset + 2 + length);
    offset += 2 + length;
  }
  return null;
}

/** The JPEG with `segment` right after its start marker (a canvas's JPEG has no Exif segment of its own). */
export function withExifSegment(jpeg: Uint8Array, segment: Uint8Array): Uint8Array {
  const out = new Uint8Array(jpeg.length + segment.length);
  out.set(jpeg.subarray(0, 2), 0);
  out.set(segment, 2);
  out.set(jpeg.subarray(2), 2 + segment.length);
  return out;
}

type Tiff = { view: DataView; start: number; little: boolean; ifd0: number };

function tiffOf(segment: Uint8Array): Tiff | null {
  const start = 10; // marker (2) + length (2) + "Exif\0\0" (6)
  if (segment.length < start + 8) return null;
  const view = new DataView(segment.buffer, segment.byteOffset, segment.byteLength);
  const order = view.getUint16(start);
  if (order !== 0x4949 && order !== 0x4d4d) return null;
  const little = order === 0x4949;
  const ifd0 = view.getUint32(start + 4, little);
  return start + ifd0 + 2 <= segment.length ? { view, start, little, ifd0 } : null;
}

/** Offsets of IFD0's entries: each 12 bytes, tag first. */
function ifd0Entries(tiff: Tiff): number[] {
  const base = tiff.start + tiff.ifd0;
  const count = tiff.view.getUint16(base, tiff.little);
  const entries: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const entry = base + 2 + i * 12;
    if (entry + 12 > tiff.view.byteLength) break;
    entries.push(entry);
  }
  return entries;
}

/** True when IFD0 points at a GPS block (the photo says where it was taken). */
export function hasGpsInfo(segment: Uint8Array): boolean {
  const tiff = tiffOf(segment);
  return tiff !== null && ifd0Entries(tiff).some((entry) => tiff.view.getUint16(entry, tiff.little) === GPS_IFD_TAG);
}

/** A copy of the segment with its orientation tag (if any) set to 1, "upright". */
export function withUprightOrientation(segment: Uint8Array): Uint8Array {
  const copy = segment.slice();
  const tiff = tiffOf(copy);
  if (!tiff) return copy;
  for (const entry of ifd0Entries(tiff)) {
    if (tiff.view.getUint16(entry, tiff.little) === ORIENTATION_TAG) tiff.view.setUint16(entry + 8, 1, tiff.little);
  }
  return copy;
}
