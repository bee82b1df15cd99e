/**
 * Scheduled backups (desktop app): once a day into the folder the admin chose (main keeps the folder,
 * electron/main/backup-output.ts). Nobody types a passphrase at 3 a.m., so the desk keeps the key
 * derived from it — never the passphrase — sealed under this desk's at-rest key like the desk's other
 * credentials (db/desk-settings.ts); each file still gets its own chunk key (shared/backup/backup-file.ts).
 */
import { passphraseKey, type BackupSecret } from '@shared/backup/backup-file';
import type { KdfParams } from '@shared/backup/backup-kdf';
import { fromBase64, toBase64 } from '@shared/declaration/encoding';
import type { WaslBridge } from '@shared/ipc/contract';
import type { WaslDatabase } from '@renderer/db/database';
import { atRestKey, decryptValue, encryptValue } from '@renderer/db/encryption-webcrypto';
import type { FileStore } from '@renderer/db/file-store';
import { makeBackup } from './desk-backup';
import { joinParts } from './backup-passphrase';
import { randomBytes } from './webcrypto-cipher';

const SCHEDULE_ID = 'backup-schedule';
export const SCHEDULE_INTERVAL_MS = 24 * 60 * 60 * 1000;

type Stored = { sealed: string; lastAt: string | null };
type Kept = { key: string; salt: string; kdf: KdfParams };

const bytesOf = (text: string): Uint8Array => {
  const bytes = fromBase64(text);
  if (!bytes) throw new Error('backup schedule: the kept key is damaged');
  return bytes;
};

function passwordOf(db: WaslDatabase): string {
  const password: unknown = db.password;
  // The app's database always has one (getDatabase); a key must never be kept unsealed.
  if (typeof password !== 'string') throw new Error('backup schedule: the database has no at-rest key');
  return password;
}

/** Keeps the passphrase's key for the daily backups (the passphrase itself is dropped). */
export async function keepScheduleKey(db: WaslDatabase, passphrase: string, kdf?: KdfParams): Promise<void> {
  const { key, salt, kdf: params } = await passphraseKey(passphrase, randomBytes, kdf);
  const kept: Kept = { key: toBase64(key), salt: toBase64(salt), kdf: params };
  await db.upsertLocal<Stored>(SCHEDULE_ID, { sealed: await encryptValue(await atRestKey(passwordOf(db)), kept), lastAt: null });
}

async function readSchedule(db: WaslDatabase): Promise<{ secret: BackupSecret; lastAt: string | null } | null> {
  const stored = (await db.getLocal<Stored>(SCHEDULE_ID))?.toJSON().data;
  if (!stored) return null;
  const kept = (await decryptValue(await atRestKey(passwordOf(db)), stored.sealed)) as Kept;
  return { secret: { key: bytesOf(kept.key), salt: bytesOf(kept.salt), kdf: kept.kdf }, lastAt: stored.lastAt };
}

export type ScheduledOutcome = 'off' | 'not-due' | 'no-folder' | 'written';

/** Makes the day's backup when one is due; the caller runs this now and then (use-backup-schedule.ts). */
export async function runScheduledBackup(db: WaslDatabase, files: FileStore, bridge: WaslBridge, deskCode: string, now: Date): Promise<ScheduledOutcome> {
  const schedule = await readSchedule(db);
  if (!schedule) return 'off';
  if (schedule.lastAt && now.getTime() - Date.parse(schedule.lastAt) < SCHEDULE_INTERVAL_MS) return 'not-due';
  if ((await bridge.invoke('backup:get-folder', undefined)).folder === null) return 'no-folder';
  const made = await makeBackup(db, files, schedule.secret, { now, deskCode });
  const written = await bridge.invoke('backup:write-to-folder', { fileName: made.fileName, bytes: joinParts(made.parts) });
  if (written.outcome === 'no-folder') return 'no-folder';
  const stored = (await db.getLocal<Stored>(SCHEDULE_ID))?.toJSON().data;
  if (stored) await db.upsertLocal<Stored>(SCHEDULE_ID, { ...stored, lastAt: now.toISOString() });
  return 'written';
}
