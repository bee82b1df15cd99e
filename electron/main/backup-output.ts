/**
 * Desk backups on disk (the renderer encrypts them: shared/backup/backup-file.ts; main writes only
 * what validate.ts let through, which is a backup file). On demand where the user picks; scheduled
 * into the folder the admin chose, which main remembers in its own file under userData, so a page
 * can never name a folder itself. Written under a temporary name and renamed: a crash never leaves
 * half a backup under a backup's name.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { BackupFolderResult, BackupOutput, BackupSaveResult, BackupWriteResult } from '../../shared/ipc/contract';

export interface BackupOutputDeps {
  /** The save dialog; the chosen path, or null when cancelled. */
  chooseSavePath: (defaultName: string) => Promise<string | null>;
  /** The folder dialog; the chosen folder, or null when cancelled. */
  chooseFolder: () => Promise<string | null>;
  /** main's record of the chosen folder (userData/backup-folder.json) */
  settingsFile: string;
}

async function writeWhole(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = `${path}.partial`;
  await writeFile(temporary, bytes, { mode: 0o600 });
  await rename(temporary, path);
}

export function createBackupOutput(deps: BackupOutputDeps) {
  async function folder(): Promise<string | null> {
    try {
      const stored = JSON.parse(await readFile(deps.settingsFile, 'utf8')) as { folder?: unknown };
      return typeof stored.folder === 'string' ? stored.folder : null;
    } catch {
      return null;
    }
  }
  return {
    async save({ fileName, bytes }: BackupOutput): Promise<BackupSaveResult> {
      const path = await deps.chooseSavePath(fileName);
      if (path === null) return { outcome: 'cancelled' };
      await writeWhole(path, bytes);
      return { outcome: 'saved', path };
    },
    getFolder: async () => ({ folder: await folder() }),
    async chooseFolder(): Promise<BackupFolderResult> {
      const chosen = await deps.chooseFolder();
      if (chosen === null) return { outcome: 'cancelled' };
      await mkdir(dirname(deps.settingsFile), { recursive: true });
      await writeFile(deps.settingsFile, JSON.stringify({ folder: chosen }), { mode: 0o600 });
      return { outcome: 'chosen', folder: chosen };
    },
    async writeToFolder({ fileName, bytes }: BackupOutput): Promise<BackupWriteResult> {
      const target = await folder();
      if (target === null) return { outcome: 'no-folder' };
      const path = join(target, fileName);
      await writeWhole(path, bytes);
      return { outcome: 'written', path };
    },
  };
}

export type BackupOutputHandlers = ReturnType<typeof createBackupOutput>;
