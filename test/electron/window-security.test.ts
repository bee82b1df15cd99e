import { describe, expect, it, vi } from 'vitest';
import { app, shell, type Session, type WebContents } from 'electron';
import {
  denyAllPermissions,
  hardenWebContents,
  installSecurityHandlers,
  isAppUrl,
  navigationGuard,
  windowOpenHandler,
} from '../../electron/main/security';
import { BrowserWindow } from './electron-fake';
import type { BrowserWindowConstructorOptions } from 'electron';
import { createMainWindow, WINDOW_TITLE } from '../../electron/main/window';

vi.mock('electron', () => import('./electron-fake'));

function navigate(url: string, devUrl?: string): boolean {
  const event = { preventDefault: vi.fn() };
  navigationGuard(devUrl)(event, url);
  return event.preventDefault.mock.calls.length === 0;
}

/** The options the window was really created with (the fake BrowserWindow keeps them). */
function createdWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  createMainWindow(preloadPath, 'app://wasl/index.html');
  return BrowserWindow.created.at(-1)?.options as BrowserWindowConstructorOptions;
}

describe('window options', () => {
  it('isolates, sandboxes and keeps Node out of the renderer', () => {
    const { webPreferences, title } = createdWindowOptions('/app/out/preload/index.cjs');
    expect(webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
    });
    // Middle-click (auxclick) cannot open a link in a new window.
    expect(webPreferences?.disableBlinkFeatures).toBe('Auxclick');
    expect(title).toBe(WINDOW_TITLE);
    expect(title).toContain('Wasl');
    expect(title).toContain('وصل');
  });

  it('creates one window on the given URL and keeps its bilingual title', () => {
    createMainWindow('/p.cjs', 'app://wasl/index.html');
    const window = BrowserWindow.created.at(-1);
    expect(window?.loaded).toEqual(['app://wasl/index.html']);
    const event = { preventDefault: vi.fn() };
    window?.listeners.get('page-title-updated')?.(event);
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('navigation', () => {
  it.each(['https://example.com/', 'http://127.0.0.1:4173/', 'file:///etc/passwd', 'app://other/', 'javascript:alert(1)', 'about:blank'])(
    'denies %s',
    (url) => {
      expect(navigate(url)).toBe(false);
    },
  );

  it('allows our own pages', () => {
    expect(navigate('app://wasl/index.html#/staff')).toBe(true);
    expect(isAppUrl('app://wasl/', undefined)).toBe(true);
  });

  it('allows the dev server only when one is configured', () => {
    expect(navigate('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(navigate('http://localhost:5173/')).toBe(false);
    expect(navigate('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
  });
});

describe('window.open', () => {
  it('denies every new window and sends only web links to the system browser', () => {
    const openExternal = vi.fn(async () => undefined);
    const handler = windowOpenHandler(openExternal);
    expect(handler({ url: 'https://example.com/help' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'app://wasl/index.html' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://example.com/help']]);
  });
});

describe('hardening hooks', () => {
  it('guards navigation, redirects, webviews and window.open on every web contents', () => {
    const listeners = new Map<string, (...args: unknown[]) => void>();
    let openHandler: ((details: { url: string }) => unknown) | undefined;
    const contents = {
      on: (event: string, listener: (...args: unknown[]) => void) => listeners.set(event, listener),
      setWindowOpenHandler: (handler: (details: { url: string }) => unknown) => {
        openHandler = handler;
      },
    } as unknown as WebContents;
    hardenWebContents(contents, undefined);
    const webview = { preventDefault: vi.fn() };
    listeners.get('will-attach-webview')?.(webview);
    expect(webview.preventDefault).toHaveBeenCalled();
    const away = { preventDefault: vi.fn() };
    listeners.get('will-navigate')?.(away, 'https://example.com/');
    listeners.get('will-redirect')?.(away, 'https://example.com/');
    expect(away.preventDefault).toHaveBeenCalledTimes(2);
    expect(openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.com/');
  });

  it('denies every permission request and check', () => {
    const recorded: Record<string, (...args: never[]) => unknown> = {};
    const session = {
      setPermissionRequestHandler: (h: (...args: never[]) => unknown) => (recorded['request'] = h),
      setPermissionCheckHandler: (h: (...args: never[]) => unknown) => (recorded['check'] = h),
      setDevicePermissionHandler: (h: (...args: never[]) => unknown) => (recorded['device'] = h),
    } as unknown as Session;
    denyAllPermissions(session);
    const callback = vi.fn();
    (recorded['request'] as (c: unknown, p: string, cb: (granted: boolean) => void) => void)({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect((recorded['check'] as () => boolean)()).toBe(false);
    expect((recorded['device'] as () => boolean)()).toBe(false);
  });

  it('hooks every future web contents through app web-contents-created', () => {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), setDevicePermissionHandler: vi.fn() };
    installSecurityHandlers(session as unknown as Session, undefined);
    expect(app.on).toHaveBeenCalledWith('web-contents-created', expect.any(Function));
  });
});
