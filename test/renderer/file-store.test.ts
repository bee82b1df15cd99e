/**
 * The desk file store on Dexie/fake-indexeddb with real WebCrypto: round trip, content addressing,
 * encryption at rest (raw IndexedDB holds no plain bytes; another secret cannot read them), and the
 * refusals (size before reading, empty, disguised type) with nothing stored.
 */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createFileStore, type FileStore, type StoredFileRow } from '../../renderer/src/db/file-store';
import { MAX_FILE_BYTES } from '../../shared/files/file-ref';
import { uniqueName } from './db-fixtures';

const SECRET = 'a-long-storage-secret-for-tests';
const open: { close(): void }[] = [];
afterEach(() => open.splice(0).forEach((s) => s.close()));

function store(name: string, secret = SECRET): FileStore {
  const s = createFileStore({ secret, name, indexedDB, IDBKeyRange, now: () => new Date('2026-03-01T07:00:00.000Z') });
  open.push(s);
  return s;
}

async function rawRows(name: string): Promise<StoredFileRow[]> {
  const raw = new Dexie(name, { indexedDB, IDBKeyRange });
  raw.version(1).stores({ files: 'sha256' });
  open.push(raw);
  return raw.table<StoredFileRow>('files').toArray();
}

const MARKER = 'SECRET-SCAN-CONTENT-1234567890';
const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.4\n${text}\n%%EOF`);

describe('file store', () => {
  it('stores once per content, returns the bytes, and keeps them encrypted at rest', async () => {
    const name = uniqueName('wasl-files-');
    const files = store(name);
    const bytes = pdf(MARKER);
    const first = await files.putFile(new Blob([bytes], { type: 'application/pdf' }), 'scan.pdf', 'application/pdf');
    const second = await files.putFile(bytes.buffer, 'نسخة.pdf', '');
    expect(first.ok && second.ok && first.value.sha256 === second.value.sha256).toBe(true);
    if (!first.ok) return;
    expect(first.value).toMatchObject({ name: 'scan.pdf', type: 'application/pdf', size: bytes.byteLength });
    expect(first.value.sha256).toMatch(/^[0-9a-f]{64}$/);
    const expectedHash = [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');
    expect(first.value.sha256).toBe(expectedHash);

    const back = await files.getFile(first.value.sha256);
    expect(new Uint8Array(await (back?.blob.arrayBuffer() ?? new ArrayBuffer(0)))).toEqual(bytes);
    expect(await files.getFile('0'.repeat(64))).toBeNull();

    const rows = await rawRows(name);
    expect(rows).toHaveLength(1);
    const stored = new TextDecoder('latin1').decode(rows[0]?.bytes);
    expect(stored).not.toContain(MARKER);
    expect(stored).not.toContain('%PDF');

    // Another secret derives another key: the row cannot be read with it.
    files.close();
    await expect(store(name, 'another-long-secret-value').getFile(first.value.sha256)).rejects.toThrow();
  });

  it('refuses an oversized file from its reported size without reading it, an empty one and a disguised one', async () => {
    const name = uniqueName('wasl-files-');
    const files = store(name);
    const big = new Blob([pdf('x'), new Uint8Array(MAX_FILE_BYTES)], { type: 'application/pdf' });
    // If the store read the bytes of an oversized file, this would throw instead of refusing.
    const unreadable = Object.assign(big, { arrayBuffer: () => Promise.reject(new Error('read an oversized file')) });
    expect(await files.putFile(unreadable, 'big.pdf', 'application/pdf')).toEqual({ ok: false, error: 'file.too-large' });
    expect(await files.putFile(new Blob([]), 'empty.pdf', 'application/pdf')).toEqual({ ok: false, error: 'file.empty' });
    const exe = new TextEncoder().encode('MZ\u0090\u0000 program');
    expect(await files.putFile(new Blob([exe], { type: 'application/pdf' }), 'invoice.pdf', 'application/pdf')).toEqual({ ok: false, error: 'file.type' });
    expect(await files.putFile(pdf('ok').buffer, 'a.png', 'image/png')).toEqual({ ok: false, error: 'file.type' });
    expect(await rawRows(name)).toEqual([]);
    // Exactly at the limit is accepted.
    const atLimit = new Uint8Array(MAX_FILE_BYTES);
    atLimit.set(pdf('limit'));
    expect((await files.putFile(atLimit.buffer, 'limit.pdf', 'application/pdf')).ok).toBe(true);
  });
});
