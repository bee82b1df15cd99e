/**
 * The one IPC contract between the renderer and the Electron main process.
 * Channels are `domain:verb`. The preload exposes exactly one object on the window, `wasl`,
 * of type {@link WaslBridge}; the browser build implements the same interface.
 */
import type { Locale } from '../i18n/locale';

export interface AppInfo {
  /** Application version from package.json. */
  version: string;
  /** 'electron' for the desktop app, 'browser' for the browser build. */
  shell: 'electron' | 'browser';
  platform: string;
}

/**
 * How the desk's storage secret is protected:
 * - 'os': Electron safeStorage backed by the OS keychain;
 * - 'basic_text': Electron on Linux without a keyring (weak: warn the user);
 * - 'webcrypto': browser build, derived from a non-extractable WebCrypto key.
 */
export type SecretProtection = 'os' | 'basic_text' | 'webcrypto';

export interface StorageSecret {
  /** A random string used as the at-rest encryption password of the desk's database. */
  secret: string;
  protection: SecretProtection;
}

/**
 * The desk's blind-index key: keyed hashes (HMAC-SHA256) of national IDs and mobiles in the
 * desk-local search index. The desk's own, like the storage secret, because the index only
 * lives on this desk; a file pulled from another desk is hashed on arrival.
 */
export interface BlindIndexKey {
  /** 32 bytes as 64 lowercase hex characters. */
  key: string;
  protection: SecretProtection;
}

/**
 * A finished PDF handed to the shell: a plain file name (no folders) and its bytes. Main writes
 * only where the user chose (save) or into its own print folder (print).
 */
export interface PdfOutput {
  fileName: string;
  bytes: Uint8Array;
}

/** Save: written where the user picked, or the dialog was cancelled (nothing written). */
export type PdfSaveResult = { outcome: 'saved'; path: string } | { outcome: 'cancelled' };

/**
 * Print: 'viewer' — the desktop opens the file in the system PDF viewer, which prints it (see
 * README, "Printing"); 'preview' — the browser build downloads it and opens the browser's preview.
 */
export type PdfPrintResult = { outcome: 'viewer' | 'preview' };

/**
 * A desk backup the renderer made (shared/backup/backup-file.ts): already encrypted under the
 * passphrase; main writes it as it is and refuses anything that is not a backup file.
 */
export interface BackupOutput {
  fileName: string;
  bytes: Uint8Array;
}

/** On demand: where the user picked ('saved'), or the dialog was cancelled (nothing written). */
export type BackupSaveResult = { outcome: 'saved'; path: string } | { outcome: 'cancelled' };
/** The folder for scheduled backups, kept by main; the browser build has none ('unsupported'). */
export type BackupFolderResult = { outcome: 'chosen'; folder: string } | { outcome: 'cancelled' } | { outcome: 'unsupported' };
/** A scheduled backup: written into the chosen folder, or none was chosen yet. */
export type BackupWriteResult = { outcome: 'written'; path: string } | { outcome: 'no-folder' };

/** Commands the application menu sends to the renderer. */
export type MenuCommand = 'lock' | 'sign-out' | 'switch-language' | 'about';

/** Request/response pairs, one per channel. */
export interface IpcContract {
  'app:get-info': { request: undefined; response: AppInfo };
  'app:set-locale': { request: { locale: Locale }; response: undefined };
  'keys:get-storage-secret': { request: undefined; response: StorageSecret };
  'keys:get-blind-index-key': { request: undefined; response: BlindIndexKey };
  /** A revoked desk's wipe: the storage secret and blind-index key are destroyed; new ones come at the next start. */
  'keys:wipe': { request: undefined; response: { wiped: true } };
  'pdf:save': { request: PdfOutput; response: PdfSaveResult };
  'pdf:print': { request: PdfOutput; response: PdfPrintResult };
  'backup:save': { request: BackupOutput; response: BackupSaveResult };
  'backup:get-folder': { request: undefined; response: { folder: string | null } };
  'backup:choose-folder': { request: undefined; response: BackupFolderResult };
  'backup:write-to-folder': { request: BackupOutput; response: BackupWriteResult };
}

/** Events the main process pushes to the renderer. */
export interface IpcEvents {
  'menu:command': MenuCommand;
}

export type IpcChannel = keyof IpcContract;
export type IpcEventChannel = keyof IpcEvents;

export const IPC_CHANNELS = ['app:get-info', 'app:set-locale', 'keys:get-storage-secret', 'keys:get-blind-index-key', 'keys:wipe', 'pdf:save', 'pdf:print',
  'backup:save', 'backup:get-folder', 'backup:choose-folder', 'backup:write-to-folder'] as const satisfies readonly IpcChannel[];
export const IPC_EVENT_CHANNELS = ['menu:command'] as const satisfies readonly IpcEventChannel[];

export interface WaslBridge {
  invoke<C extends IpcChannel>(channel: C, request: IpcContract[C]['request']): Promise<IpcContract[C]['response']>;
  /** Subscribes to a main-process event; returns the unsubscribe function. */
  on<E extends IpcEventChannel>(channel: E, listener: (payload: IpcEvents[E]) => void): () => void;
}
