/**
 * Runtime validation of IPC payloads: the main process trusts nothing the renderer sends.
 * Each validator returns the typed request or throws {@link IpcValidationError}.
 */
import { isLocale } from '../i18n/locale';
import { IPC_CHANNELS, type BackupOutput, type IpcChannel, type IpcContract, type PdfOutput } from './contract';

export class IpcValidationError extends Error {
  constructor(channel: string, reason: string) {
    super(`Invalid IPC request on ${channel}: ${reason}`);
    this.name = 'IpcValidationError';
  }
}

type Validators = { [C in IpcChannel]: (payload: unknown) => IpcContract[C]['request'] };

function expectNothing(channel: IpcChannel) {
  return (payload: unknown): undefined => {
    if (payload !== undefined && payload !== null) throw new IpcValidationError(channel, 'expected no payload');
    return undefined;
  };
}

const validators: Validators = {
  'app:get-info': expectNothing('app:get-info'),
  'keys:get-storage-secret': expectNothing('keys:get-storage-secret'),
  'keys:get-blind-index-key': expectNothing('keys:get-blind-index-key'),
  'keys:wipe': expectNothing('keys:wipe'),
  'pdf:save': pdfOutput('pdf:save'),
  'pdf:print': pdfOutput('pdf:print'),
  'backup:save': backupOutput('backup:save'),
  'backup:get-folder': expectNothing('backup:get-folder'),
  'backup:choose-folder': expectNothing('backup:choose-folder'),
  'backup:write-to-folder': backupOutput('backup:write-to-folder'),
  'app:set-locale': (payload) => {
    if (typeof payload !== 'object' || payload === null) throw new IpcValidationError('app:set-locale', 'expected an object');
    const keys = Object.keys(payload);
    const locale = (payload as { locale?: unknown }).locale;
    if (keys.length !== 1 || !isLocale(locale)) throw new IpcValidationError('app:set-locale', 'expected { locale: "ar" | "en" }');
    return { locale };
  },
};

/** The largest PDF a desk hands to the shell: a many-page declaration with a signature image is < 1 MB. */
export const MAX_PDF_OUTPUT_BYTES = 20 * 1024 * 1024;
/** A plain file name: letters (Arabic included), digits, dot, dash, underscore; ends in .pdf; no folders. */
const PDF_FILE_NAME = /^[\p{L}\p{N}_-][\p{L}\p{N}._-]{0,119}\.pdf$/u;
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

function pdfOutput(channel: 'pdf:save' | 'pdf:print') {
  return (payload: unknown): PdfOutput => {
    if (typeof payload !== 'object' || payload === null) throw new IpcValidationError(channel, 'expected an object');
    const { fileName, bytes } = payload as { fileName?: unknown; bytes?: unknown };
    if (Object.keys(payload).length !== 2) throw new IpcValidationError(channel, 'expected { fileName, bytes }');
    if (typeof fileName !== 'string' || !PDF_FILE_NAME.test(fileName) || fileName.includes('..')) throw new IpcValidationError(channel, 'fileName must be a plain name ending in .pdf');
    if (!(bytes instanceof Uint8Array)) throw new IpcValidationError(channel, 'bytes must be a Uint8Array');
    if (bytes.length > MAX_PDF_OUTPUT_BYTES) throw new IpcValidationError(channel, 'the PDF is too large');
    if (!PDF_MAGIC.every((byte, i) => bytes[i] === byte)) throw new IpcValidationError(channel, 'bytes are not a PDF');
    return { fileName, bytes };
  };
}

/** A whole desk with its scans can be large; beyond this a desk should back up to its server instead. */
export const MAX_BACKUP_OUTPUT_BYTES = 1024 * 1024 * 1024;
/** wasl-<DESK CODE>-<YYYY-MM-DD>[-HHMMSS].waslbackup: made by backupFileName, nothing else (no folders). */
const BACKUP_FILE_NAME = /^wasl-[A-Z0-9]{2,6}-\d{4}-\d{2}-\d{2}(-\d{6})?\.waslbackup$/;
const BACKUP_MAGIC = [...'WASLBAK1'].map((c) => c.charCodeAt(0));

/** Main writes only encrypted backup files (their magic), never anything else the renderer might send. */
function backupOutput(channel: 'backup:save' | 'backup:write-to-folder') {
  return (payload: unknown): BackupOutput => {
    if (typeof payload !== 'object' || payload === null || Object.keys(payload).length !== 2) throw new IpcValidationError(channel, 'expected { fileName, bytes }');
    const { fileName, bytes } = payload as { fileName?: unknown; bytes?: unknown };
    if (typeof fileName !== 'string' || !BACKUP_FILE_NAME.test(fileName)) throw new IpcValidationError(channel, 'fileName is not a backup file name');
    if (!(bytes instanceof Uint8Array)) throw new IpcValidationError(channel, 'bytes must be a Uint8Array');
    if (bytes.length > MAX_BACKUP_OUTPUT_BYTES) throw new IpcValidationError(channel, 'the backup is too large');
    if (!BACKUP_MAGIC.every((byte, i) => bytes[i] === byte)) throw new IpcValidationError(channel, 'bytes are not a backup file');
    return { fileName, bytes };
  };
}

export function isIpcChannel(value: unknown): value is IpcChannel {
  return typeof value === 'string' && (IPC_CHANNELS as readonly string[]).includes(value);
}

export function validateIpcRequest<C extends IpcChannel>(channel: C, payload: unknown): IpcContract[C]['request'] {
  return validators[channel](payload) as IpcContract[C]['request'];
}
