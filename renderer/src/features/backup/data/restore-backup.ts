/**
 * Restoring a backup onto a fresh desk. The whole file is opened and checked first (shared/backup:
 * the passphrase, every chunk's integrity, the format version, the counts, every file's hash); only a
 * file that passes all of it replaces anything, and only on a desk that holds nothing of its own yet
 * (setup not done): a restore never mixes two desks. Documents go in through RxDB (encrypted at rest
 * under this desk's own key, indexed for search, and pending for sync: a desk that was joined to a
 * server reconciles with it at its next sync, nothing duplicated since every document keeps its id),
 * files through the file store (encrypted again under this desk's key), the settings last, because
 * the desk settings' presence is what makes the desk "set up".
 *
 * Erasures are never undone by a restore (PDPL Art. 18): before the settings are written (so before the
 * desk can be used), every erasure record is applied again: those in the restored catalog and those known
 * elsewhere (`erasures`: e.g. the server's catalog), which a backup taken before the erasure lacks.
 */
import { COLLECTIONS, type CollectionName } from '@shared/db/collections';
import { readBackup, type BackupErrorCode } from '@shared/backup/backup-file';
import type { BackupContent } from '@shared/backup/backup-records';
import { err, ok, type Result } from '@shared/result';
import { jsonCollection, type WaslDatabase } from '@renderer/db/database';
import { DESK_SETTINGS_ID, isDeskSettings, readDeskSettings, writeDeskSettings, type DeskSettings } from '@renderer/db/desk-settings';
import type { FileStore } from '@renderer/db/file-store';
import { reapplyErasures, recordErasure } from '@renderer/db/apply-erasure';
import type { ErasureRecord } from '@shared/data-rights/erasure-record';
import { PRINT_SETTINGS_ID } from '@renderer/db/print-settings';
import { webCryptoCipher } from './webcrypto-cipher';

export type RestoreError = BackupErrorCode | 'backup.desk-not-empty' | 'backup.unknown-collection';

export type RestoreSummary = { documents: number; files: number };

/** Opens and checks the whole file; nothing on the desk changes. */
export async function checkBackup(file: Uint8Array, passphrase: string): Promise<Result<BackupContent, RestoreError>> {
  const read = await readBackup(file, passphrase, webCryptoCipher());
  if (!read.ok) return read;
  const { content } = read.value;
  if (Object.keys(content.documents).some((name) => !(name in COLLECTIONS))) return err('backup.unknown-collection');
  // A backup is of a desk that was set up: without valid desk settings it restores nothing usable.
  return isDeskSettings(content.settings[DESK_SETTINGS_ID]) ? ok(content) : err('backup.damaged');
}

export type RestoreOptions = { erasures?: readonly ErasureRecord[]; now?: () => Date };

export async function restoreBackup(db: WaslDatabase, files: FileStore, file: Uint8Array, passphrase: string, options: RestoreOptions = {}): Promise<Result<RestoreSummary, RestoreError>> {
  if (await readDeskSettings(db)) return err('backup.desk-not-empty');
  const checked = await checkBackup(file, passphrase);
  if (!checked.ok) return checked;
  const content = checked.value;
  for (const stored of content.files) {
    const put = await files.putFile(stored.bytes.slice().buffer, stored.sha256, stored.type);
    // Checked whole already (hash, size); the store's own type check could only refuse what it once took.
    if (!put.ok || put.value.sha256 !== stored.sha256) throw new Error(`restore: file ${stored.sha256} not stored (${put.ok ? 'other hash' : put.error})`);
  }
  let documents = 0;
  for (const [name, docs] of Object.entries(content.documents)) {
    if (docs.length === 0) continue;
    const result = await jsonCollection(db, name as CollectionName).bulkUpsert(docs);
    if (result.error.length > 0) throw new Error(`restore: ${result.error.length} ${name} documents not written`);
    documents += docs.length;
  }
  const desk = content.settings[DESK_SETTINGS_ID] as DeskSettings;
  const erasing = { db, files, deskId: desk.deskId, now: options.now ?? (() => new Date()) };
  for (const record of options.erasures ?? []) await recordErasure(erasing, record);
  await reapplyErasures(erasing);
  const print = content.settings[PRINT_SETTINGS_ID];
  if (print) await db.upsertLocal(PRINT_SETTINGS_ID, print);
  // Sealed again under this desk's at-rest key; last, since it makes the desk "set up".
  await writeDeskSettings(db, desk);
  return ok({ documents, files: content.files.length });
}
