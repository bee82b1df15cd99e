import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import { createIpcDispatcher, type IpcSenderEvent } from '../../electron/main/ipc';
import { createIpcHandlers } from '../../electron/main/ipc-handlers';
import { createPdfOutput, PdfOutputError } from '../../electron/main/pdf-output';
import { IpcValidationError, MAX_PDF_OUTPUT_BYTES } from '../../shared/ipc/validate';

vi.mock('electron', () => import('./electron-fake'));

/**
 * Print and save of a PDF in the desktop shell: real files in a temp folder; only the OS's
 * save dialog and "open with the default application" are replaced (Electron's boundary).
 */
const pdfBytes = (text = 'declaration') => new TextEncoder().encode(`%PDF-1.7\n% ${text}\n%%EOF\n`);
const folders: string[] = [];
const tempFolder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'wasl-pdf-output-'));
  folders.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function shell(choice: string | null = null, openProblem = '') {
  const root = tempFolder();
  const opened: string[] = [];
  const pdf = createPdfOutput({
    printDir: join(root, 'print'),
    chooseSavePath: vi.fn(async () => choice),
    openPath: async (path) => {
      opened.push(path);
      return openProblem;
    },
  });
  const contents = {} as WebContents;
  const handlers = createIpcHandlers({ version: '1', platform: 'linux', setLocale: vi.fn(), getStorageSecret: vi.fn(), getBlindIndexKey: vi.fn(), wipeKeys: vi.fn(), pdf, backup: { save: vi.fn(), getFolder: vi.fn(), chooseFolder: vi.fn(), writeToFolder: vi.fn() } });
  const dispatch = createIpcDispatcher(handlers, { trustedContents: () => contents, devUrl: undefined });
  const event: IpcSenderEvent = { sender: contents, senderFrame: { parent: null, url: 'app://wasl/index.html' } as unknown as IpcSenderEvent['senderFrame'] };
  return { root, opened, pdf, call: (channel: 'pdf:save' | 'pdf:print', payload: unknown) => dispatch(event, channel, payload) };
}

describe('pdf:save', () => {
  it('writes the bytes where the user chose', async () => {
    const target = join(tempFolder(), 'اقرار.pdf');
    const { call } = shell(target);
    await expect(call('pdf:save', { fileName: 'declaration-RYD1-D2026-000001.pdf', bytes: pdfBytes() })).resolves.toEqual({ outcome: 'saved', path: target });
    expect(readFileSync(target)).toEqual(Buffer.from(pdfBytes()));
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const { call, root } = shell(null);
    await expect(call('pdf:save', { fileName: 'receipt.pdf', bytes: pdfBytes() })).resolves.toEqual({ outcome: 'cancelled' });
    expect(readdirSync(root)).toEqual([]);
  });
});

describe('pdf:print', () => {
  it('hands a private copy to the system viewer, and clears the print folder', async () => {
    const { call, opened, pdf, root } = shell();
    await expect(call('pdf:print', { fileName: 'declaration-RYD1-D2026-000001.pdf', bytes: pdfBytes('one') })).resolves.toEqual({ outcome: 'viewer' });
    await call('pdf:print', { fileName: 'declaration-RYD1-D2026-000001.pdf', bytes: pdfBytes('two') });
    // The same name twice: two files, the first one (maybe open in the viewer) untouched.
    expect(opened).toHaveLength(2);
    expect(opened[0]).not.toBe(opened[1]);
    expect(readFileSync(opened[0] as string, 'utf8')).toContain('one');
    expect(readFileSync(opened[1] as string, 'utf8')).toContain('two');
    if (process.platform !== 'win32') expect(statSync(opened[0] as string).mode & 0o077).toBe(0);
    await pdf.clearPrintDir();
    expect(readdirSync(root)).toEqual([]);
  });

  it('says so when the viewer cannot open the file', async () => {
    const { call } = shell(null, 'No application is registered as handling this file');
    await expect(call('pdf:print', { fileName: 'a.pdf', bytes: pdfBytes() })).rejects.toThrow(PdfOutputError);
  });
});

describe('PDF payloads from the renderer are checked before anything is written', () => {
  const bad: [string, unknown][] = [
    ['no payload', undefined],
    ['a path instead of a name', { fileName: '../../.bashrc.pdf', bytes: pdfBytes() }],
    ['an absolute path', { fileName: '/etc/cron.d/x.pdf', bytes: pdfBytes() }],
    ['a Windows path', { fileName: 'C:\\\\Users\\\\x.pdf', bytes: pdfBytes() }],
    ['not a .pdf name', { fileName: 'run.exe', bytes: pdfBytes() }],
    ['bytes that are not a PDF', { fileName: 'a.pdf', bytes: new TextEncoder().encode('MZ\x90\x00') }],
    ['bytes as a plain array', { fileName: 'a.pdf', bytes: [...pdfBytes()] }],
    ['an extra key', { fileName: 'a.pdf', bytes: pdfBytes(), folder: '/tmp' }],
    ['a PDF over the limit', { fileName: 'a.pdf', bytes: (() => { const big = new Uint8Array(MAX_PDF_OUTPUT_BYTES + 1); big.set(pdfBytes()); return big; })() }],
  ];
  it.each(bad)('%s is refused', async (_name, payload) => {
    const target = join(tempFolder(), 'never.pdf');
    const { call, opened, root } = shell(target);
    await expect(call('pdf:save', payload)).rejects.toThrow(IpcValidationError);
    await expect(call('pdf:print', payload)).rejects.toThrow(IpcValidationError);
    expect(opened).toEqual([]);
    expect(readdirSync(root)).toEqual([]);
    expect(() => statSync(target)).toThrow();
  });
});
