/** What each contract channel does in the desktop shell. Thin: reads the platform, hands back results. */
import type { AppInfo, BlindIndexKey, PdfOutput, PdfPrintResult, PdfSaveResult, StorageSecret } from '../../shared/ipc/contract';
import type { Locale } from '../../shared/i18n/locale';
import type { BackupOutputHandlers } from './backup-output';
import type { IpcHandlers } from './ipc';

export interface HandlerDeps {
  version: string;
  platform: string;
  setLocale: (locale: Locale) => void;
  getStorageSecret: () => Promise<StorageSecret>;
  getBlindIndexKey: () => Promise<BlindIndexKey>;
  /** deletes both key files and forgets the keys held in memory */
  wipeKeys: () => Promise<void>;
  pdf: { save: (output: PdfOutput) => Promise<PdfSaveResult>; print: (output: PdfOutput) => Promise<PdfPrintResult> };
  backup: BackupOutputHandlers;
}

export function createIpcHandlers(deps: HandlerDeps): IpcHandlers {
  return {
    'app:get-info': (): AppInfo => ({ version: deps.version, shell: 'electron', platform: deps.platform }),
    'app:set-locale': ({ locale }) => {
      deps.setLocale(locale);
      return undefined;
    },
    'keys:get-storage-secret': () => deps.getStorageSecret(),
    'keys:get-blind-index-key': () => deps.getBlindIndexKey(),
    'keys:wipe': async () => {
      await deps.wipeKeys();
      return { wiped: true } as const;
    },
    'pdf:save': (output) => deps.pdf.save(output),
    'pdf:print': (output) => deps.pdf.print(output),
    'backup:save': (output) => deps.backup.save(output),
    'backup:get-folder': () => deps.backup.getFolder(),
    'backup:choose-folder': () => deps.backup.chooseFolder(),
    'backup:write-to-folder': (output) => deps.backup.writeToFolder(output),
  };
}
