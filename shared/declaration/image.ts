/**
 * Images that go into a declaration PDF (the pad drawing, the association's logo). pdfmake
 * draws PNG and JPEG only and throws on anything else — mid-generation, leaving no PDF — so
 * every image is checked by its bytes (not its name or claimed type) before it gets there.
 */
import type { SignatureImage } from '../db/schemas/declaration.schema';
import type { Digest } from './canonical';
import { fromBase64, toBase64, toHex } from './encoding';
import type { Result } from '../result';

export type ImageType = 'image/png' | 'image/jpeg';
export type ImageError = 'image.not-an-image';

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_MAGIC = [0xff, 0xd8, 0xff];

/** The image type the bytes really are, or null. */
export function sniffImageType(bytes: Uint8Array): ImageType | null {
  const starts = (magic: number[]): boolean => bytes.length > magic.length && magic.every((byte, i) => bytes[i] === byte);
  if (starts(PNG_MAGIC)) return 'image/png';
  if (starts(JPEG_MAGIC)) return 'image/jpeg';
  return null;
}

/** A data URL pdfmake can draw (re-labelled with the sniffed type), or 'image.not-an-image'. */
export function checkImageDataUrl(dataUrl: string): Result<string, ImageError> {
  const match = /^data:([\w.+-]+\/[\w.+-]+)?;base64,([A-Za-z0-9+/=\s]+)$/.exec(dataUrl);
  const bytes = match ? fromBase64((match[2] ?? '').replace(/\s/g, '')) : null;
  const type = bytes ? sniffImageType(bytes) : null;
  if (!bytes || !type) return { ok: false, error: 'image.not-an-image' };
  return { ok: true, value: `data:${type};base64,${toBase64(bytes)}` };
}

/** The stored form of a pad drawing: inline base64 PNG with its hash and size. */
export async function padSignatureImage(png: Uint8Array, digest: Digest): Promise<Result<SignatureImage, ImageError>> {
  if (sniffImageType(png) !== 'image/png') return { ok: false, error: 'image.not-an-image' };
  return { ok: true, value: { sha256: toHex(await digest(png)), type: 'image/png', size: png.length, data: toBase64(png) } };
}

/** The data URL of an inline pad image, for the PDF; null for paper or no image. */
export function signatureDataUrl(image: SignatureImage | null): string | null {
  return image?.data === undefined ? null : `data:${image.type};base64,${image.data}`;
}
