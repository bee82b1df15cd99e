/**
 * A reference to a stored file (ARCHITECTURE.md, "Files"): documents hold the reference, the bytes live
 * in the desk's file store keyed by their SHA-256, so the same scan attached twice is stored once and a
 * reference can be checked against the bytes it names.
 */

export type FileRef = {
  /** lower-case hex SHA-256 of the plain bytes */
  sha256: string;
  /** file name as chosen by the user (cleaned), for display and download */
  name: string;
  /** MIME type, one of ALLOWED_FILE_TYPES */
  type: AllowedFileType;
  /** bytes */
  size: number;
};

/** 10 MB: a phone photo or a multi-page scan fits; a video does not. Checked before anything is read. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export const ALLOWED_FILE_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp', 'image/heic'] as const;
export type AllowedFileType = (typeof ALLOWED_FILE_TYPES)[number];

export type FileErrorCode = 'file.too-large' | 'file.empty' | 'file.type';

export const FILE_NAME_MAX_LENGTH = 120;

export const SHA256_HEX = /^[0-9a-f]{64}$/;

export function isAllowedFileType(type: string): type is AllowedFileType {
  return (ALLOWED_FILE_TYPES as readonly string[]).includes(type);
}

/**
 * The size rule, applied to the size the browser reports before the bytes are read: an oversized file
 * is refused without ever being loaded into memory or storage.
 */
export function checkFileSize(size: number): FileErrorCode | null {
  if (!Number.isFinite(size) || size <= 0) return 'file.empty';
  return size > MAX_FILE_BYTES ? 'file.too-large' : null;
}

/**
 * A display-safe file name: no path parts, no control or bidi-override characters (an RLO in a name
 * can make 'fdp.exe' read as 'exe.pdf'), at most FILE_NAME_MAX_LENGTH characters, never empty.
 */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  const cleaned = base.replace(/[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '').trim();
  return (cleaned === '' ? 'file' : cleaned).slice(0, FILE_NAME_MAX_LENGTH);
}

/** True when `value` looks like a FileRef (for data read back from storage or sync). */
export function isFileRef(value: unknown): value is FileRef {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.sha256 === 'string' && SHA256_HEX.test(v.sha256) && typeof v.name === 'string'
    && typeof v.type === 'string' && isAllowedFileType(v.type) && typeof v.size === 'number';
}
