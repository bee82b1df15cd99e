/** Wires the real entry file against the boundary fake: what happens before `ready`, and after it. */
import { describe, expect, it, vi } from 'vitest';
import { ipcMain, Menu, protocol, session } from 'electron';
import { IPC_CHANNELS } from '../../shared/ipc/contract';
import { app, BrowserWindow } from './electron-fake';

vi.mock('electron', () => import('./electron-fake'));

type Handler = (event: unknown, payload: unknown) => Promise<unknown>;

describe('electron/main/index.ts', () => {
  it('privileges app:// before ready, then serves, guards and opens one window', async () => {
    await import('../../electron/main/index');
    expect(app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    expect(protocol.handle).not.toHaveBeenCalled();
    expect(BrowserWindow.created).toHaveLength(0);

    app.fireReady();
    await vi.waitFor(() => expect(BrowserWindow.created).toHaveLength(1));
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(vi.mocked(ipcMain.handle).mock.calls.map(([channel]) => channel)).toEqual([...IPC_CHANNELS]);

    const window = BrowserWindow.created[0];
    expect(window?.loaded).toEqual(['app://wasl/index.html']);
    const options = window?.options as { webPreferences: { preload: string } };
    expect(options.webPreferences.preload).toMatch(/[/\\]preload[/\\]index\.cjs$/);

    // The menu starts in Arabic and follows app:set-locale from our window.
    const lastMenuLabels = () =>
      (vi.mocked(Menu.buildFromTemplate).mock.calls.at(-1)?.[0] as { label?: string }[]).map((item) => item.label);
    expect(lastMenuLabels()).toEqual(['ملف', 'عرض', 'مساعدة']);
    const setLocale = vi.mocked(ipcMain.handle).mock.calls.find(([channel]) => channel === 'app:set-locale')?.[1] as Handler;
    const trusted = { sender: window?.webContents, senderFrame: { parent: null, url: 'app://wasl/index.html' } };
    await setLocale(trusted, { locale: 'en' });
    expect(lastMenuLabels()).toEqual(['File', 'View', 'Help']);

    // The storage secret is refused in plain words when the OS cannot encrypt.
    const getSecret = vi.mocked(ipcMain.handle).mock.calls.find(([channel]) => channel === 'keys:get-storage-secret')?.[1] as Handler;
    await expect(getSecret(trusted, undefined)).rejects.toThrow(/not available on this machine/);

    // Menu commands reach the renderer as 'menu:command' events.
    const template = vi.mocked(Menu.buildFromTemplate).mock.calls.at(-1)?.[0] as { submenu: { label?: string; click?: () => void }[] }[];
    template[0]?.submenu.find((item) => item.label === 'Lock')?.click?.();
    expect(window?.webContents.send).toHaveBeenCalledWith('menu:command', 'lock');
  });

  it('quits at once when another Wasl already runs on this desk', async () => {
    vi.resetModules();
    // After the reset, 'electron' resolves to a new fake: take the one the entry file will see.
    const fresh = (await import('electron')) as unknown as typeof import('./electron-fake');
    fresh.app.requestSingleInstanceLock.mockReturnValueOnce(false);
    await import('../../electron/main/index');
    expect(fresh.app.quit).toHaveBeenCalled();
    expect(fresh.protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
    expect(fresh.app.whenReady).not.toHaveBeenCalled();
  });
});
