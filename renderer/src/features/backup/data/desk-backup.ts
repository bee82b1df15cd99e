/**
 * Making the desk's backup (shared/backup/): every document of every collection, every file of the
 * file store (decrypted here, encrypted again under the passphrase), and the desk's settings. Not
 * the keys the OS keeps (storage secret, blind-index key) nor the desk's signing key, which cannot
 * leave WebCrypto: a restored desk makes new ones, and its old declarations still verify through the
 * published public key in the catalog. Nor the sign-in sessions: their refresh tokens rotate on the
 * server, and a copy put back would look like a stolen token; people sign in again.
 * Everything stays in memory until it is ciphertext: no plaintext copy ever reaches a disk.
 */
import { COLLECTIONS, type CollectionName } from '@shared/db/collections';
import { writeBackup, type BackupSecret } from '@shared/backup/backup-file';
import type { KdfParams } from '@shared/backup/backup-kdf';
import type { BackupContent, BackupFile } from '@shared/backup/backup-records';
import { jsonCollection, type WaslDatabase } from '@renderer/db/database';
import { DESK_SETTINGS_ID, readDeskSettings } from '@renderer/db/desk-settings';
import type { FileStore } from '@renderer/db/file-store';
import { PRINT_SETTINGS_ID } from '@renderer/db/print-settings';
import { randomBytes, webCryptoCipher } from './webcrypto-cipher';

/** What of the desk settings stays behind (see above). */
const SESSION_FIELDS = ['session', 'endedSessions'];

const plain = (doc: Record<string, unknown>) => Object.fromEntries(Object.entries(doc).filter(([key]) => !key.startsWith('_')));

export async function gatherDesk(db: WaslDatabase, files: FileStore): Promise<BackupContent> {
  const documents: BackupContent['documents'] = {};
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    const docs = await jsonCollection(db, name).find().exec();
    documents[name] = docs.map((doc) => plain(doc.toJSON() as Record<string, unknown>));
  }
  const stored: BackupFile[] = [];
  for (const sha256 of await files.listFiles()) {
    const file = await files.getFile(sha256);
    if (file) stored.push({ sha256, type: file.type, size: file.size, createdAt: file.createdAt, bytes: new Uint8Array(await file.blob.arrayBuffer()) });
  }
  const settings: BackupContent['settings'] = {};
  // The desk settings unsealed (their credentials are sealed under this desk's own at-rest key, which stays here).
  const desk = await readDeskSettings(db);
  if (desk) settings[DESK_SETTINGS_ID] = Object.fromEntries(Object.entries(desk).filter(([key]) => !SESSION_FIELDS.includes(key)));
  const print = (await db.getLocal<Record<string, unknown>>(PRINT_SETTINGS_ID))?.toJSON().data;
  if (print) settings[PRINT_SETTINGS_ID] = print;
  return { documents, files: stored, settings };
}

export type MadeBackup = { parts: Uint8Array[]; fileName: string; bytes: number; documents: number; files: number };

/** The backup's file name: the desk code and the date, nothing personal. */
export function backupFileName(deskCode: string, now: Date): string {
  return `wasl-${deskCode}-${now.toISOString().slice(0, 10)}.waslbackup`;
}

/** `secret`: the passphrase typed now, or the key a schedule keeps (backup-schedule.ts). */
export async function makeBackup(db: WaslDatabase, files: FileStore, secret: string | BackupSecret, options: { now: Date; deskCode: string; kdf?: KdfParams }): Promise<MadeBackup> {
  const content = await gatherDesk(db, files);
  const keyed: BackupSecret = typeof secret === 'string' ? { passphrase: secret, kdf: options.kdf } : secret;
  const parts = await writeBackup(content, { ...keyed, cipher: webCryptoCipher(), random: randomBytes, now: options.now });
  const documents = Object.values(content.documents).reduce((sum, docs) => sum + docs.length, 0);
  return { parts, fileName: backupFileName(options.deskCode, options.now), bytes: parts.reduce((sum, part) => sum + part.length, 0), documents, files: content.files.length };
}
