/**
 * The desk's file store (ARCHITECTURE.md, "Files"): scans attached to requests, in a plain Dexie
 * database 'wasl-files' apart from RxDB (desk-local; documents hold only FileRefs). Content is
 * addressed by the SHA-256 of the plain bytes, so the same scan attached twice is stored once.
 * Bytes are encrypted at rest with AES-GCM under a key derived (HKDF-SHA-256) from the desk's
 * storage secret, with the hash as additional data: a row moved under another hash fails to decrypt.
 * Size is checked on the size the browser reports, BEFORE the bytes are read; the type is checked
 * on the first bytes (a renamed file is refused).
 */
import { Dexie, type EntityTable } from 'dexie';
import { checkFileSize, cleanFileName, isAllowedFileType, type FileErrorCode, type FileRef } from '@shared/files/file-ref';
import { resolveFileType, SNIFF_BYTES } from '@shared/files/file-type';
import { err, ok, type Result } from '@shared/result';
import { getBridge } from '../bridge/bridge';

export type StoredFileRow = {
  sha256: string;
  iv: Uint8Array<ArrayBuffer>;
  bytes: ArrayBuffer;
  type: string;
  size: number;
  createdAt: string;
};

type FileDb = Dexie & { files: EntityTable<StoredFileRow, 'sha256'> };

export type StoredFile = { sha256: string; type: string; size: number; blob: Blob; createdAt: string };

export interface FileStore {
  /** Stores the bytes (once per content) and returns the reference to keep in a document. */
  putFile(file: Blob | ArrayBuffer, name: string, type: string): Promise<Result<FileRef, FileErrorCode>>;
  /** The decrypted file, or null when this desk does not hold it. */
  getFile(sha256: string): Promise<StoredFile | null>;
  /** The address of every file this desk holds (the desk backup reads them one by one). */
  listFiles(): Promise<string[]>;
  /** Removes a file's bytes (an erasure, PDPL Art. 18); a file this desk does not hold is already gone. */
  deleteFile(sha256: string): Promise<void>;
  close(): void;
}

export type FileStoreOptions = {
  /** The desk's storage secret (bridge 'keys:get-storage-secret'). */
  secret: string;
  name?: string;
  /** fake-indexeddb in Node tests; the realm's IndexedDB otherwise. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  now?: () => Date;
};

export const FILE_DATABASE_NAME = 'wasl-files';

const encoder = new TextEncoder();

async function deriveKey(secret: string): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', encoder.encode(secret), 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: encoder.encode('wasl-file-store'), info: encoder.encode('wasl-files-aes-gcm-v1') },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

// A Blob from another realm (an iframe, jsdom) fails instanceof; duck typing does not.
const isBlob = (file: Blob | ArrayBuffer): file is Blob => typeof (file as Blob).arrayBuffer === 'function' && typeof (file as Blob).slice === 'function' && 'size' in file;

const toHex = (buffer: ArrayBuffer): string => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');

export function createFileStore(options: FileStoreOptions): FileStore {
  const dexie = new Dexie(options.name ?? FILE_DATABASE_NAME, {
    ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
    ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
  }) as FileDb;
  dexie.version(1).stores({ files: 'sha256' });
  const key = deriveKey(options.secret);
  const now = options.now ?? (() => new Date());

  async function putFile(file: Blob | ArrayBuffer, name: string, type: string): Promise<Result<FileRef, FileErrorCode>> {
    const size = isBlob(file) ? file.size : file.byteLength;
    const sizeProblem = checkFileSize(size);
    if (sizeProblem) return err(sizeProblem);
    const head = new Uint8Array(isBlob(file) ? await file.slice(0, SNIFF_BYTES).arrayBuffer() : file.slice(0, SNIFF_BYTES));
    const resolved = resolveFileType(type, head);
    if (!resolved || !isAllowedFileType(resolved)) return err('file.type');
    const plain = isBlob(file) ? await file.arrayBuffer() : file;
    // The size a Blob reports is what it reads; checked again in case an ArrayBuffer view lied.
    const readProblem = checkFileSize(plain.byteLength);
    if (readProblem) return err(readProblem);
    const sha256 = toHex(await crypto.subtle.digest('SHA-256', plain));
    const ref: FileRef = { sha256, name: cleanFileName(name), type: resolved, size: plain.byteLength };
    if (await dexie.files.get(sha256)) return ok(ref);
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const bytes = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode(sha256) }, await key, plain);
    await dexie.files.put({ sha256, iv, bytes, type: resolved, size: plain.byteLength, createdAt: now().toISOString() });
    return ok(ref);
  }

  async function getFile(sha256: string): Promise<StoredFile | null> {
    const row = await dexie.files.get(sha256);
    if (!row) return null;
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: row.iv, additionalData: encoder.encode(sha256) }, await key, row.bytes);
    return { sha256, type: row.type, size: row.size, blob: new Blob([plain], { type: row.type }), createdAt: row.createdAt };
  }

  const listFiles = async () => (await dexie.files.toCollection().primaryKeys()).map(String);

  const deleteFile = async (sha256: string) => { await dexie.files.delete(sha256); };

  return { putFile, getFile, listFiles, deleteFile, close: () => dexie.close() };
}

let current: Promise<FileStore> | null = null;

/** The desk's file store, opened once with the storage secret from the bridge. */
export function getFileStore(): Promise<FileStore> {
  if (!current) {
    const opening = (async () => createFileStore({ secret: (await getBridge().invoke('keys:get-storage-secret', undefined)).secret }))();
    current = opening;
    opening.catch(() => {
      if (current === opening) current = null;
    });
  }
  return current;
}

export async function closeFileStore(): Promise<void> {
  const opening = current;
  current = null;
  (await opening?.catch(() => null))?.close();
}

/** {@link FileStore.putFile} on the desk's store. */
export async function putFile(file: Blob | ArrayBuffer, name: string, type: string): Promise<Result<FileRef, FileErrorCode>> {
  return (await getFileStore()).putFile(file, name, type);
}

/** {@link FileStore.getFile} on the desk's store. */
export async function getFile(sha256: string): Promise<StoredFile | null> {
  return (await getFileStore()).getFile(sha256);
}
