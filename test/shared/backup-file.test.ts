import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { readBackup, readBackupHeader, sealBackup, writeBackup, CHUNK_BYTES, type BackupHeader } from '@shared/backup/backup-file';
import { DEFAULT_KDF, passphraseProblem, type KdfParams } from '@shared/backup/backup-kdf';
import { encodeRecords, type BackupContent } from '@shared/backup/backup-records';
import { randomBytes, webCryptoCipher } from '@renderer/features/backup/data/webcrypto-cipher';

// The smallest cost a reader accepts: these tests are about the format, not the KDF's price.
const FAST: KdfParams = { algorithm: 'scrypt', N: 2 ** 10, r: 8, p: 1 };
const cipher = webCryptoCipher();
const PASSPHRASE = 'نخلة-الواحة-2026';
const now = new Date('2026-03-01T09:00:00Z');

/** Synthetic desk: documents in two collections, a setting, and a file larger than one chunk. */
function content(): BackupContent {
  const scan = Uint8Array.from({ length: CHUNK_BYTES + 70_000 }, (_, i) => (i * 31 + 7) % 256);
  return {
    documents: {
      beneficiaries: Array.from({ length: 1_200 }, (_, i) => ({ id: `b-${i}`, fullName: `ريم خالد ${i}`, fileNumber: `RYD1-2026-${String(i + 1).padStart(6, '0')}` })),
      requests: [{ id: 'r-1', requestNumber: 'RYD1-R2026-000001' }],
    },
    files: [{ sha256: bytesToHex(sha256(scan)), type: 'image/png', size: scan.length, createdAt: now.toISOString(), bytes: scan }],
    settings: { desk: { deskId: 'desk-1', deskCode: 'RYD1' } },
  };
}

const write = async (data = content(), passphrase = PASSPHRASE) => {
  const parts = await writeBackup(data, { passphrase, cipher, random: randomBytes, now, kdf: FAST });
  return Uint8Array.from(parts.flatMap((part) => [...part]));
};

describe('desk backup file', () => {
  it('round-trips every document, file byte and setting; the header has the version and counts, no plaintext', async () => {
    const original = content();
    const file = await write(original);
    const header = readBackupHeader(file);
    expect(header.ok && header.value.header).toMatchObject({ format: 1, chunks: 2, counts: { documents: { beneficiaries: 1_200, requests: 1 }, files: 1, settings: 1 } });
    // Encrypted: no name, number or file bytes readable anywhere in the file.
    const text = new TextDecoder().decode(file);
    for (const secret of ['ريم خالد', 'RYD1-2026-000001', 'desk-1']) expect(text).not.toContain(secret);
    const read = await readBackup(file, PASSPHRASE, cipher);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.content.documents).toEqual(original.documents);
    expect(read.value.content.settings).toEqual(original.settings);
    expect(Buffer.from(read.value.content.files[0]?.bytes ?? []).equals(Buffer.from(original.files[0]?.bytes ?? []))).toBe(true);
  });

  it('a wrong passphrase is told as such', async () => {
    const file = await write();
    expect(await readBackup(file, 'كلمة-خاطئة-تماما', cipher)).toEqual({ ok: false, error: 'backup.wrong-passphrase' });
  });

  it('a truncated file is refused, wherever it was cut', async () => {
    const file = await write();
    for (const length of [3, 20, 200, CHUNK_BYTES / 2, file.length - 1]) {
      const result = await readBackup(file.subarray(0, length), PASSPHRASE, cipher);
      expect(result.ok, `cut at ${length}`).toBe(false);
      expect(['backup.truncated', 'backup.not-a-backup']).toContain(!result.ok && result.error);
    }
  });

  it('a tampered chunk, a tampered header, a dropped last chunk or trailing bytes: damaged', async () => {
    const file = await write();
    const opened = readBackupHeader(file);
    if (!opened.ok) throw new Error('header');
    const flipped = file.slice();
    const at = opened.value.bodyStart + 4 + 1000;
    flipped[at] = (flipped[at] ?? 0) ^ 0x01;
    expect(await readBackup(flipped, PASSPHRASE, cipher)).toEqual({ ok: false, error: 'backup.damaged' });
    // The header claims one chunk fewer (so the file "ends" after the first): its bytes are the chunks' additional data.
    const headerText = new TextDecoder().decode(opened.value.headerBytes).replace('"chunks":2', '"chunks":1');
    const edited = new Uint8Array([...file.subarray(0, 8), ...new Uint8Array(new Uint32Array([0]).buffer), ...new TextEncoder().encode(headerText), ...file.subarray(opened.value.bodyStart)]);
    new DataView(edited.buffer).setUint32(8, new TextEncoder().encode(headerText).length);
    expect(await readBackup(edited, PASSPHRASE, cipher)).toEqual({ ok: false, error: 'backup.damaged' });
    expect(await readBackup(Uint8Array.from([...file, 0, 0, 0, 0]), PASSPHRASE, cipher)).toEqual({ ok: false, error: 'backup.damaged' });
  });

  it('a file whose bytes do not hash to its address is damaged, even sealed with the right passphrase', async () => {
    const data = content();
    const wrong = { ...data, files: data.files.map((file) => ({ ...file, sha256: 'b'.repeat(64) })) };
    expect(await readBackup(await write(wrong), PASSPHRASE, cipher)).toEqual({ ok: false, error: 'backup.damaged' });
  });

  it('counts that do not match the records are refused, even when every chunk opens', async () => {
    const data = content();
    const lying = { documents: { beneficiaries: 1_201, requests: 1 }, files: 1, settings: 1 };
    const parts = await sealBackup(encodeRecords(data), lying, { passphrase: PASSPHRASE, cipher, random: randomBytes, now, kdf: FAST });
    expect(await readBackup(Uint8Array.from(parts.flatMap((p) => [...p])), PASSPHRASE, cipher)).toEqual({ ok: false, error: 'backup.counts' });
  });

  it('not a backup, a newer format, or a header asking for absurd KDF memory: refused before any work', async () => {
    expect(readBackupHeader(new TextEncoder().encode('PK\u0003\u0004 a spreadsheet'))).toEqual({ ok: false, error: 'backup.not-a-backup' });
    const file = await write();
    const opened = readBackupHeader(file);
    if (!opened.ok) throw new Error('header');
    const rewrite = (change: (h: BackupHeader) => void) => {
      const header = JSON.parse(new TextDecoder().decode(opened.value.headerBytes)) as BackupHeader;
      change(header);
      const bytes = new TextEncoder().encode(JSON.stringify(header));
      const out = new Uint8Array(12 + bytes.length);
      out.set(file.subarray(0, 8));
      new DataView(out.buffer).setUint32(8, bytes.length);
      out.set(bytes, 12);
      return out;
    };
    expect(readBackupHeader(rewrite((h) => (h.format = 2)))).toEqual({ ok: false, error: 'backup.newer-format' });
    expect(readBackupHeader(rewrite((h) => (h.kdf.N = 2 ** 24)))).toEqual({ ok: false, error: 'backup.damaged' });
  });

  it('writes with the memory-hard default (scrypt N=2^17, r=8: 128 MiB) and a passphrase of at least 10 characters', () => {
    expect(DEFAULT_KDF).toEqual({ algorithm: 'scrypt', N: 2 ** 17, r: 8, p: 1 });
    expect(passphraseProblem('قصيرة')).toBe('backup.passphrase-short');
    expect(passphraseProblem(PASSPHRASE)).toBeNull();
  });
});
