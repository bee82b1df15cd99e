/**
 * A visit photo's Exif block (policy 3.8c: location stripped unless kept on purpose): found in a JPEG's
 * headers, its GPS pointer seen, its orientation set upright when carried over to the re-encoded photo.
 */
import { describe, expect, test } from 'vitest';
import { exifSegment, hasGpsInfo, withExifSegment, withUprightOrientation } from '@shared/visits/jpeg-exif';
import { syntheticExif } from '../../bench/visits/exif-fixture';

const plainJpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xdb, 0x00, 0x04, 0x00, 0x00, 0xff, 0xda, 0x00, 0x02, 0xff, 0xd9]);

describe('the Exif block of a JPEG', () => {
  test('a canvas JPEG has none; carried over, it is found with its GPS', () => {
    expect(exifSegment(plainJpeg)).toBeNull();
    const exif = syntheticExif();
    const kept = withExifSegment(plainJpeg, exif);
    expect(exifSegment(kept)).toEqual(exif);
    expect(hasGpsInfo(exif)).toBe(true);
  });

  test('orientation is set upright, the rest untouched', () => {
    const exif = syntheticExif();
    const upright = withUprightOrientation(exif);
    const view = new DataView(upright.buffer);
    // IFD0's first entry (orientation) value: after marker+length (4), "Exif\0\0" (6), TIFF header (8), count (2), tag/type/count (8).
    expect(view.getUint16(4 + 6 + 8 + 2 + 8)).toBe(1);
    expect(hasGpsInfo(upright)).toBe(true);
    expect(exif[4 + 6 + 8 + 2 + 9]).toBe(6);
  });

  test('not a JPEG, or a broken header: nothing found', () => {
    expect(exifSegment(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBeNull();
    expect(exifSegment(new Uint8Array([0xff, 0xd8, 0xff, 0xe1, 0x00, 0x00]))).toBeNull();
    expect(hasGpsInfo(new Uint8Array(8))).toBe(false);
  });
});
