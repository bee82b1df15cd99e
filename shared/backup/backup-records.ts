/**
 * What a backup holds, as the plaintext payload (encrypted in chunks by backup-file.ts): a run of
 * records, each `[kind u8][meta length u32][meta JSON][data length u32][data]`. Documents go in
 * batches per collection (JSON), files one record each (their bytes as they are), desk settings as
 * local documents (JSON). Pure: no storage, no crypto.
 */
export type BackupFile = { sha256: string; type: string; size: number; createdAt: string; bytes: Uint8Array };

export type BackupContent = {
  /** every document of every collection, RxDB's own fields left out */
  documents: Record<string, Record<string, unknown>[]>;
  /** the file store's files, decrypted (the backup encrypts them again, under the passphrase) */
  files: BackupFile[];
  /** desk-local settings (RxDB local documents) by id */
  settings: Record<string, Record<string, unknown>>;
};

export type BackupCounts = { documents: Record<string, number>; files: number; settings: number };

export function countsOf(content: BackupContent): BackupCounts {
  return {
    documents: Object.fromEntries(Object.entries(content.documents).map(([name, docs]) => [name, docs.length])),
    files: content.files.length,
    settings: Object.keys(content.settings).length,
  };
}

const KIND = { documents: 1, file: 2, setting: 3 } as const;
const DOCUMENT_BATCH = 500;
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

function record(kind: number, meta: unknown, data: Uint8Array): Uint8Array {
  const metaBytes = encoder.encode(JSON.stringify(meta));
  const out = new Uint8Array(1 + 4 + metaBytes.length + 4 + data.length);
  const view = new DataView(out.buffer);
  out[0] = kind;
  view.setUint32(1, metaBytes.length);
  out.set(metaBytes, 5);
  view.setUint32(5 + metaBytes.length, data.length);
  out.set(data, 9 + metaBytes.length);
  return out;
}

/** The payload as a list of records (joined and cut into chunks by the writer). */
export function encodeRecords(content: BackupContent): Uint8Array[] {
  const parts: Uint8Array[] = [];
  for (const [id, value] of Object.entries(content.settings)) parts.push(record(KIND.setting, { id }, encoder.encode(JSON.stringify(value))));
  for (const [collection, docs] of Object.entries(content.documents)) {
    for (let at = 0; at < docs.length; at += DOCUMENT_BATCH) {
      parts.push(record(KIND.documents, { collection }, encoder.encode(JSON.stringify(docs.slice(at, at + DOCUMENT_BATCH)))));
    }
  }
  for (const file of content.files) {
    parts.push(record(KIND.file, { sha256: file.sha256, type: file.type, size: file.size, createdAt: file.createdAt }, file.bytes));
  }
  return parts;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads the records back; null when the payload is not a well-formed run of records. */
export function decodeRecords(payload: Uint8Array): BackupContent | null {
  const content: BackupContent = { documents: {}, files: [], settings: {} };
  const view = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
  let at = 0;
  try {
    while (at < payload.length) {
      const kind = payload[at];
      const metaLength = view.getUint32(at + 1);
      const meta: unknown = JSON.parse(decoder.decode(payload.subarray(at + 5, at + 5 + metaLength)));
      const dataLength = view.getUint32(at + 5 + metaLength);
      const dataStart = at + 9 + metaLength;
      if (dataStart + dataLength > payload.length || !isObject(meta)) return null;
      const data = payload.subarray(dataStart, dataStart + dataLength);
      at = dataStart + dataLength;
      if (!addRecord(content, kind, meta, data)) return null;
    }
  } catch {
    return null;
  }
  return content;
}

function addRecord(content: BackupContent, kind: number | undefined, meta: Record<string, unknown>, data: Uint8Array): boolean {
  if (kind === KIND.setting && typeof meta.id === 'string') {
    const value: unknown = JSON.parse(decoder.decode(data));
    if (!isObject(value)) return false;
    content.settings[meta.id] = value;
    return true;
  }
  if (kind === KIND.documents && typeof meta.collection === 'string') {
    const docs: unknown = JSON.parse(decoder.decode(data));
    if (!Array.isArray(docs) || !docs.every(isObject)) return false;
    (content.documents[meta.collection] ??= []).push(...docs);
    return true;
  }
  if (kind === KIND.file && typeof meta.sha256 === 'string' && typeof meta.type === 'string' && typeof meta.createdAt === 'string' && meta.size === data.length) {
    content.files.push({ sha256: meta.sha256, type: meta.type, size: data.length, createdAt: meta.createdAt, bytes: data.slice() });
    return true;
  }
  return false;
}
