/** Policy 6b: the desktop app keeps no plaintext copy of what it shows (HTTP cache, spellchecker, form state). */
import { describe, expect, it, vi } from 'vitest';
import { session } from 'electron';
import { app, BrowserWindow } from './electron-fake';
import type { BrowserWindowConstructorOptions } from 'electron';
import { createMainWindow } from '../../electron/main/window';

vi.mock('electron', () => import('./electron-fake'));

describe('nothing Chromium would persist on its own', () => {
  it('switches the HTTP disk cache off before ready, and clears what an older run left after it', async () => {
    await import('../../electron/main/index');
    // Chromium reads its switches once at startup: appended before ready, or they do nothing.
    expect(app.commandLine.appendSwitch).toHaveBeenCalledWith('disable-http-cache');
    expect(session.defaultSession.clearCache).not.toHaveBeenCalled();

    app.fireReady();
    await vi.waitFor(() => expect(BrowserWindow.created).toHaveLength(1));
    expect(session.defaultSession.clearCache).toHaveBeenCalled();
    expect(session.defaultSession.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
  });

  it('the window keeps no spellchecker dictionary and stays hardened', () => {
    createMainWindow('/p.cjs', 'app://wasl/index.html');
    const options = BrowserWindow.created.at(-1)?.options as BrowserWindowConstructorOptions;
    expect(options.webPreferences).toMatchObject({ spellcheck: false, contextIsolation: true, sandbox: true, nodeIntegration: false });
  });
});
