/**
 * Printing and saving a PDF the renderer made (declarations, receipts). Main only writes files:
 * where the user picked in the save dialog, or into its own print folder for the system viewer.
 *
 * Why the viewer and not webContents.print(): Electron prints a page, and a PDF shown in a
 * window is drawn by Chromium's PDF plugin, which Electron's print() renders as blank pages. The
 * system viewer prints the real file, with the printer's own dialog, on Windows, macOS and Linux.
 * The print folder holds beneficiary data: it is emptied when the app starts and when it quits.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PdfOutput, PdfPrintResult, PdfSaveResult } from '../../shared/ipc/contract';

export interface PdfOutputDeps {
  /** The save dialog; resolves to the chosen path, or null when cancelled. */
  chooseSavePath: (defaultName: string) => Promise<string | null>;
  /** Opens a file with the system's default application; resolves to '' or an error message (shell.openPath). */
  openPath: (path: string) => Promise<string>;
  /** Main's own folder for files handed to the viewer. */
  printDir: string;
}

export class PdfOutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdfOutputError';
  }
}

export function createPdfOutput(deps: PdfOutputDeps) {
  return {
    async save({ fileName, bytes }: PdfOutput): Promise<PdfSaveResult> {
      const path = await deps.chooseSavePath(fileName);
      if (path === null) return { outcome: 'cancelled' };
      await writeFile(path, bytes);
      return { outcome: 'saved', path };
    },

    async print({ fileName, bytes }: PdfOutput): Promise<PdfPrintResult> {
      await mkdir(deps.printDir, { recursive: true, mode: 0o700 });
      // A folder per print: the viewer may still hold an earlier file of the same name open.
      const dir = join(deps.printDir, randomUUID());
      await mkdir(dir, { mode: 0o700 });
      const path = join(dir, fileName);
      await writeFile(path, bytes, { mode: 0o600 });
      const problem = await deps.openPath(path);
      if (problem) throw new PdfOutputError(`the system PDF viewer could not open the file: ${problem}`);
      return { outcome: 'viewer' };
    },

    /** Removes every file handed to the viewer (at start and at quit). */
    clearPrintDir(): Promise<void> {
      return rm(deps.printDir, { recursive: true, force: true });
    },
  };
}
