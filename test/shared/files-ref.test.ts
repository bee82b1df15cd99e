import { describe, expect, it } from 'vitest';
import { checkFileSize, cleanFileName, isFileRef, MAX_FILE_BYTES } from '../../shared/files/file-ref';
import { resolveFileType, sniffFileType } from '../../shared/files/file-type';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

const PDF = bytes('%PDF-1.7\n');
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const WEBP = bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 ');
const HEIC = bytes([0, 0, 0, 0x18], 'ftypheic', [0, 0, 0, 0]);
const EXE = bytes('MZ', [0x90, 0]);

describe('file size rule', () => {
  it('refuses empty files and files over 10 MB, accepts exactly 10 MB', () => {
    expect(checkFileSize(0)).toBe('file.empty');
    expect(checkFileSize(Number.NaN)).toBe('file.empty');
    expect(checkFileSize(MAX_FILE_BYTES)).toBeNull();
    expect(checkFileSize(MAX_FILE_BYTES + 1)).toBe('file.too-large');
  });
});

describe('file type by content', () => {
  it('recognises pdf, jpeg, png, webp and heic by their first bytes', () => {
    expect([PDF, JPEG, PNG, WEBP, HEIC, EXE].map(sniffFileType)).toEqual(['application/pdf', 'image/jpeg', 'image/png', 'image/webp', 'image/heic', null]);
  });

  it('accepts a claimed type that agrees with the bytes (or none), refuses a disguised file', () => {
    expect(resolveFileType('application/pdf', PDF)).toBe('application/pdf');
    expect(resolveFileType('image/jpg', JPEG)).toBe('image/jpeg');
    expect(resolveFileType('', HEIC)).toBe('image/heic');
    expect(resolveFileType('image/heif', HEIC)).toBe('image/heic');
    expect(resolveFileType('application/pdf', EXE)).toBeNull();
    expect(resolveFileType('image/png', PDF)).toBeNull();
    expect(resolveFileType('application/x-msdownload', EXE)).toBeNull();
  });
});

describe('file names and references', () => {
  it('keeps the base name, strips controls and bidi overrides, never empty', () => {
    expect(cleanFileName('C:\\scans\\هوية.pdf')).toBe('هوية.pdf');
    expect(cleanFileName('a/b/report\u202Efdp.exe')).toBe('reportfdp.exe');
    expect(cleanFileName('  ')).toBe('file');
    expect(cleanFileName('x'.repeat(300))).toHaveLength(120);
  });

  it('recognises well-formed references only', () => {
    expect(isFileRef({ sha256: 'a'.repeat(64), name: 'x.pdf', type: 'application/pdf', size: 3 })).toBe(true);
    expect(isFileRef({ sha256: 'A'.repeat(64), name: 'x.pdf', type: 'application/pdf', size: 3 })).toBe(false);
    expect(isFileRef({ sha256: 'a'.repeat(64), name: 'x.exe', type: 'application/x-msdownload', size: 3 })).toBe(false);
  });
});
