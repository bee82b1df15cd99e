/**
 * The visit photo bench page: the renderer's real compressor (features/visits/data/photo-compress.ts) in
 * Chromium under the app's CSP, on a generated 12 MP (4000×3000) camera-like JPEG (gradients, edges and
 * sensor noise, quality 0.95) carrying an Exif block with orientation and a GPS pointer, as a phone's does.
 */
import { compressPhoto } from '@renderer/features/visits/data/photo-compress';
import { exifSegment, hasGpsInfo } from '@shared/visits/jpeg-exif';
import { syntheticExif } from './exif-fixture';

const WIDTH = 4000;
const HEIGHT = 3000;

async function generatedPhoto(): Promise<Blob> {
  const canvas = new OffscreenCanvas(WIDTH, HEIGHT);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d canvas');
  const image = context.createImageData(WIDTH, HEIGHT);
  let seed = 12345;
  const noise = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 41) - 20;
  for (let y = 0; y < HEIGHT; y += 1) {
    for (let x = 0; x < WIDTH; x += 1) {
      const i = (y * WIDTH + x) * 4;
      const wave = 40 * Math.sin(x / 37) * Math.cos(y / 53);
      image.data[i] = 120 + (x / WIDTH) * 100 + wave + noise();
      image.data[i + 1] = 90 + (y / HEIGHT) * 120 - wave + noise();
      image.data[i + 2] = ((x >> 6) + (y >> 6)) % 2 === 0 ? 200 + noise() : 60 + noise();
      image.data[i + 3] = 255;
    }
  }
  context.putImageData(image, 0, 0);
  const plain = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.95 })).arrayBuffer());
  const exif = syntheticExif();
  const out = new Uint8Array(plain.length + exif.length);
  out.set(plain.subarray(0, 2));
  out.set(exif, 2);
  out.set(plain.subarray(2), 2 + exif.length);
  return new Blob([out], { type: 'image/jpeg' });
}

type Run = { bytes: number; ms: number; width: number; height: number; exif: boolean; gps: boolean };

async function run(photo: Blob, keepLocation: boolean): Promise<Run> {
  const result = await compressPhoto(photo, keepLocation);
  if (typeof result === 'string') throw new Error(result);
  const exif = exifSegment(result.bytes);
  return { bytes: result.bytes.length, ms: result.ms, width: result.width, height: result.height, exif: exif !== null, gps: exif !== null && hasGpsInfo(exif) };
}

async function runVisitsBench(config: { runs: number }) {
  const photo = await generatedPhoto();
  const input = { bytes: photo.size, gps: hasGpsInfo(exifSegment(new Uint8Array(await photo.arrayBuffer())) ?? new Uint8Array()) };
  const stripped: Run[] = [];
  for (let i = 0; i < config.runs; i += 1) stripped.push(await run(photo, false));
  const kept = await run(photo, true);
  return { input, stripped, kept };
}

Object.assign(globalThis, { runVisitsBench });
