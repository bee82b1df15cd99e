/**
 * Denials that hold for every web contents of the app: no navigation away from our pages, no new windows,
 * no permissions, no <webview>. Links to http(s) open in the system browser instead.
 */
import { app, shell, type Session, type WebContents } from 'electron';
import { APP_URL_PREFIX } from './app-protocol';

/** True for our own pages: app://wasl/… or, in `electron-vite dev`, the dev server's origin. */
export function isAppUrl(url: string, devUrl: string | undefined): boolean {
  if (url.startsWith(APP_URL_PREFIX)) return true;
  if (devUrl === undefined) return false;
  try {
    return new URL(url).origin === new URL(devUrl).origin;
  } catch {
    return false;
  }
}

export function isExternalWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** The will-navigate listener: everything that is not one of our pages is stopped. */
export function navigationGuard(devUrl: string | undefined) {
  return (event: { preventDefault(): void }, url: string): void => {
    if (!isAppUrl(url, devUrl)) event.preventDefault();
  };
}

/** The window-open handler: always deny; a web link goes to the system browser. */
export function windowOpenHandler(openExternal: (url: string) => Promise<void>) {
  return ({ url }: { url: string }): { action: 'deny' } => {
    if (isExternalWebUrl(url)) void openExternal(url).catch(() => undefined);
    return { action: 'deny' };
  };
}

export function hardenWebContents(contents: WebContents, devUrl: string | undefined): void {
  contents.on('will-navigate', navigationGuard(devUrl));
  contents.on('will-redirect', navigationGuard(devUrl));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(windowOpenHandler((url) => shell.openExternal(url)));
}

export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/** Installs the denials for every web contents created from now on (call before the first window). */
export function installSecurityHandlers(session: Session, devUrl: string | undefined): void {
  denyAllPermissions(session);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, devUrl));
}
