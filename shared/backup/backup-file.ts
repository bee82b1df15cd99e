/**
 * The desk backup file (format 1). Layout:
 *   "WASLBAK1"                      8 bytes, what the file is
 *   header length (u32) + header    JSON: format, creation time, KDF and its salt, key check, chunking, counts
 *   chunks                          each: ciphertext length (u32) + AES-256-GCM ciphertext (tag included)
 * The payload (backup-records.ts) is cut into chunks of `chunkBytes` and each is sealed on its own, so
 * neither side holds more than one chunk's plaintext beyond the content itself. Chunk i's nonce is i
 * (the chunk key is new for every file: HKDF of the passphrase key with the file's own salt), and its additional data binds the whole header, the
 * index and whether it is the last: a chunk moved, dropped, repeated, a file cut after a chunk, or a
 * header edited (counts, parameters) fails authentication. Nothing is returned before every chunk has
 * opened and the counts match: a restore checks the whole file before it replaces anything.
 * Crypto is passed in (WebCrypto's AES-GCM in every process; shared/ has no platform of its own).
 */
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { fromBase64, toBase64 } from '../declaration/encoding';
import { err, ok, type Result } from '../result';
import { deriveBackupKey, DEFAULT_KDF, kdfParamsAcceptable, keyCheck, SALT_BYTES, type KdfParams } from './backup-kdf';
import { countsOf, decodeRecords, encodeRecords, type BackupContent, type BackupCounts } from './backup-records';

export const BACKUP_FORMAT = 1;
const MAGIC = new TextEncoder().encode('WASLBAK1');
export const CHUNK_BYTES = 1024 * 1024;
const TAG_BYTES = 16;
const MAX_HEADER_BYTES = 64 * 1024;

export type BackupHeader = {
  format: number;
  createdAt: string;
  kdf: KdfParams & { salt: string };
  /** this file's own salt: its chunk key is HKDF(passphrase key, fileSalt), so one passphrase key seals many files safely */
  fileSalt: string;
  keyCheck: string;
  chunkBytes: number;
  chunks: number;
  counts: BackupCounts;
};

/** AES-256-GCM with a raw key; decrypt throws when authentication fails. */
export type BackupCipher = {
  encrypt(key: Uint8Array, iv: Uint8Array, additionalData: Uint8Array, plain: Uint8Array): Promise<Uint8Array>;
  decrypt(key: Uint8Array, iv: Uint8Array, additionalData: Uint8Array, sealed: Uint8Array): Promise<Uint8Array>;
};

export type BackupErrorCode = 'backup.not-a-backup' | 'backup.newer-format' | 'backup.truncated' | 'backup.damaged' | 'backup.wrong-passphrase' | 'backup.counts';


function u32(value: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, value);
  return out;
}

/** The file's parts as one buffer. */
export function joinBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function nonce(index: number): Uint8Array {
  const iv = new Uint8Array(12);
  const view = new DataView(iv.buffer);
  view.setUint32(4, Math.floor(index / 2 ** 32));
  view.setUint32(8, index >>> 0);
  return iv;
}

const additionalData = (headerBytes: Uint8Array, index: number, last: boolean) => joinBytes([headerBytes, u32(index), Uint8Array.of(last ? 1 : 0)]);

/**
 * The passphrase, or a key already derived from it (scheduled backups keep the derived key, never the
 * passphrase: backup-schedule in the renderer) with the salt and parameters it was derived with.
 */
export type BackupSecret = { passphrase: string; kdf?: KdfParams } | { key: Uint8Array; salt: Uint8Array; kdf: KdfParams };

export type WriteBackupOptions = { cipher: BackupCipher; random: (length: number) => Uint8Array; now: Date } & BackupSecret;

/** The passphrase key (scrypt), its salt and parameters: what a scheduled backup keeps. */
export async function passphraseKey(passphrase: string, random: (length: number) => Uint8Array, kdf: KdfParams = DEFAULT_KDF) {
  const salt = random(SALT_BYTES);
  return { key: await deriveBackupKey(passphrase, salt, kdf), salt, kdf };
}

/** Each file's chunk key: a fresh salt per file, so chunk nonces (their index) never repeat under one key. */
const fileKey = (key: Uint8Array, fileSalt: Uint8Array) => hkdf(sha256, key, fileSalt, FILE_KEY_INFO, 32);
const FILE_KEY_INFO = new TextEncoder().encode('wasl-backup-file-key-v1');

/** The encrypted file as parts (a Blob or a file write takes them as they are). */
export async function writeBackup(content: BackupContent, options: WriteBackupOptions): Promise<Uint8Array[]> {
  return sealBackup(encodeRecords(content), countsOf(content), options);
}

/** Seals a payload under a header naming `counts` (writeBackup's own; tests seal payloads that do not match their counts). */
export async function sealBackup(records: readonly Uint8Array[], counts: BackupCounts, options: WriteBackupOptions): Promise<Uint8Array[]> {
  const { key: passphraseKeyBytes, salt, kdf } = 'key' in options ? options : await passphraseKey(options.passphrase, options.random, options.kdf);
  const fileSalt = options.random(SALT_BYTES);
  const key = fileKey(passphraseKeyBytes, fileSalt);
  const payload = joinBytes(records);
  const chunks = Math.max(1, Math.ceil(payload.length / CHUNK_BYTES));
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    createdAt: options.now.toISOString(),
    kdf: { ...kdf, salt: toBase64(salt) },
    fileSalt: toBase64(fileSalt),
    keyCheck: toBase64(keyCheck(passphraseKeyBytes)),
    chunkBytes: CHUNK_BYTES,
    chunks,
    counts,
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const parts: Uint8Array[] = [MAGIC, u32(headerBytes.length), headerBytes];
  for (let index = 0; index < chunks; index += 1) {
    const plain = payload.subarray(index * CHUNK_BYTES, (index + 1) * CHUNK_BYTES);
    const sealed = await options.cipher.encrypt(key, nonce(index), additionalData(headerBytes, index, index === chunks - 1), plain);
    parts.push(u32(sealed.length), sealed);
  }
  return parts;
}

function isCounts(value: unknown): value is BackupCounts {
  if (typeof value !== 'object' || value === null) return false;
  const { documents, files, settings } = value as Record<string, unknown>;
  return typeof documents === 'object' && documents !== null && Object.values(documents).every((n) => Number.isInteger(n)) && Number.isInteger(files) && Number.isInteger(settings);
}

/** The header, checked for shape; an error code when the file is not a backup this version can read. */
export function readBackupHeader(file: Uint8Array): Result<{ header: BackupHeader; headerBytes: Uint8Array; bodyStart: number }, BackupErrorCode> {
  if (file.length < MAGIC.length + 4 || !MAGIC.every((byte, i) => file[i] === byte)) return err('backup.not-a-backup');
  const length = new DataView(file.buffer, file.byteOffset + MAGIC.length, 4).getUint32(0);
  if (length > MAX_HEADER_BYTES) return err('backup.damaged');
  const start = MAGIC.length + 4;
  if (file.length < start + length) return err('backup.truncated');
  const headerBytes = file.subarray(start, start + length);
  let header: BackupHeader;
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(headerBytes)) as BackupHeader;
  } catch {
    return err('backup.damaged');
  }
  if (typeof header !== 'object' || header === null || typeof header.format !== 'number') return err('backup.damaged');
  if (header.format > BACKUP_FORMAT) return err('backup.newer-format');
  if (header.format !== BACKUP_FORMAT || !kdfParamsAcceptable(header.kdf) || typeof header.kdf.salt !== 'string' || typeof header.fileSalt !== 'string' || typeof header.keyCheck !== 'string' ||
      header.chunkBytes !== CHUNK_BYTES || !Number.isInteger(header.chunks) || header.chunks < 1 || !isCounts(header.counts)) {
    return err('backup.damaged');
  }
  return ok({ header, headerBytes, bodyStart: start + length });
}

/**
 * Opens the whole file: header, passphrase, every chunk, the records and their counts. Only a file
 * that passes every check gives its content; anything else gives why, and nothing else.
 */
export async function readBackup(file: Uint8Array, passphrase: string, cipher: BackupCipher): Promise<Result<{ header: BackupHeader; content: BackupContent }, BackupErrorCode>> {
  const opened = readBackupHeader(file);
  if (!opened.ok) return opened;
  const { header, headerBytes } = opened.value;
  const [salt, fileSalt] = [fromBase64(header.kdf.salt), fromBase64(header.fileSalt)];
  if (!salt || !fileSalt) return err('backup.damaged');
  const passphraseKeyBytes = await deriveBackupKey(passphrase, salt, header.kdf);
  if (toBase64(keyCheck(passphraseKeyBytes)) !== header.keyCheck) return err('backup.wrong-passphrase');
  const key = fileKey(passphraseKeyBytes, fileSalt);
  const plain: Uint8Array[] = [];
  let at = opened.value.bodyStart;
  for (let index = 0; index < header.chunks; index += 1) {
    if (file.length < at + 4) return err('backup.truncated');
    const length = new DataView(file.buffer, file.byteOffset + at, 4).getUint32(0);
    if (length < TAG_BYTES || length > header.chunkBytes + TAG_BYTES) return err('backup.damaged');
    if (file.length < at + 4 + length) return err('backup.truncated');
    try {
      plain.push(await cipher.decrypt(key, nonce(index), additionalData(headerBytes, index, index === header.chunks - 1), file.subarray(at + 4, at + 4 + length)));
    } catch {
      return err('backup.damaged');
    }
    at += 4 + length;
  }
  if (at !== file.length) return err('backup.damaged');
  const content = decodeRecords(joinBytes(plain));
  if (!content || !content.files.every((file) => bytesToHex(sha256(file.bytes)) === file.sha256)) return err('backup.damaged');
  if (JSON.stringify(sortedCounts(countsOf(content))) !== JSON.stringify(sortedCounts(header.counts))) return err('backup.counts');
  return ok({ header, content });
}

function sortedCounts(counts: BackupCounts): BackupCounts {
  const documents = Object.fromEntries(Object.entries(counts.documents).filter(([, n]) => n > 0).sort(([a], [b]) => a.localeCompare(b)));
  return { documents, files: counts.files, settings: counts.settings };
}
