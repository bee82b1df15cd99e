/**
 * A visit photo made small on the desk (policy 3.8c: ≤ 300 KB each, so a day of photos syncs over a weak
 * line): decoded upright (EXIF orientation applied), scaled so its long side is at most 1600 px, and
 * re-encoded as JPEG through an OffscreenCanvas (a <canvas> where there is none), lowering the quality and
 * then the size until it fits. Re-encoding writes no EXIF, so the location is gone; only when the field
 * worker keeps it on purpose is the original Exif block carried over (shared/visits/jpeg-exif.ts).
 */
import { VISIT_LIMITS } from '@shared/db/schemas/visit.schema';
import { exifSegment, withExifSegment, withUprightOrientation } from '@shared/visits/jpeg-exif';

export const PHOTO_LONG_SIDE = 1600;
const QUALITIES = [0.82, 0.72, 0.62, 0.5];
const SHRINK = 0.8;
const MIN_LONG_SIDE = 480;

export type CompressedPhoto = { bytes: Uint8Array<ArrayBuffer>; width: number; height: number; ms: number };
export type PhotoError = 'visits.photo.unreadable' | 'visits.photo.too-detailed';

type Surface = { draw(bitmap: ImageBitmap, width: number, height: number): void; encode(quality: number): Promise<Blob> };

function surface(width: number, height: number): Surface {
  const offscreen = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(width, height) : null;
  const canvas = offscreen ?? Object.assign(document.createElement('canvas'), { width, height });
  const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null;
  if (!context) throw new Error('no 2d canvas');
  return {
    draw(bitmap, w, h) {
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, w, h);
      context.imageSmoothingQuality = 'high';
      context.drawImage(bitmap, 0, 0, w, h);
    },
    encode(quality) {
      if (offscreen) return offscreen.convertToBlob({ type: 'image/jpeg', quality });
      return new Promise((done, fail) => (canvas as HTMLCanvasElement).toBlob((blob) => (blob ? done(blob) : fail(new Error('encode failed'))), 'image/jpeg', quality));
    },
  };
}

async function encodeWithin(bitmap: ImageBitmap, longSide: number, limit: number): Promise<{ blob: Blob; width: number; height: number } | null> {
  const scale = Math.min(1, longSide / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const target = surface(width, height);
  target.draw(bitmap, width, height);
  for (const quality of QUALITIES) {
    const blob = await target.encode(quality);
    if (blob.size <= limit) return { blob, width, height };
  }
  return null;
}

/**
 * @param keepLocation carry the original EXIF (with its GPS) over: a deliberate choice of the field worker
 * @param limit bytes; the visit's limit by default
 */
export async function compressPhoto(file: Blob, keepLocation: boolean, limit: number = VISIT_LIMITS.photoBytes): Promise<CompressedPhoto | PhotoError> {
  const started = performance.now();
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    return 'visits.photo.unreadable';
  }
  try {
    const exif = keepLocation ? exifSegment(new Uint8Array(await file.slice(0, 128 * 1024).arrayBuffer())) : null;
    const room = limit - (exif?.length ?? 0);
    for (let longSide = PHOTO_LONG_SIDE; longSide >= MIN_LONG_SIDE; longSide = Math.round(longSide * SHRINK)) {
      const fitted = await encodeWithin(bitmap, longSide, room);
      if (!fitted) continue;
      const plain = new Uint8Array(await fitted.blob.arrayBuffer());
      const bytes = exif ? withExifSegment(plain, withUprightOrientation(exif)) : plain;
      return { bytes: bytes as Uint8Array<ArrayBuffer>, width: fitted.width, height: fitted.height, ms: performance.now() - started };
    }
    return 'visits.photo.too-detailed';
  } finally {
    bitmap.close();
  }
}
