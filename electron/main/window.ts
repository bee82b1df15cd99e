/**
 * The one application window. Its webPreferences are written at the `new BrowserWindow` call, where a
 * reviewer and the Electron security checker (electronegativity, run by `npm run lint`) read them;
 * test/electron/window-security.test.ts proves them on the window actually created.
 */
import { BrowserWindow } from 'electron';

export const WINDOW_TITLE = 'Wasl · وصل';

export function createMainWindow(preloadPath: string, url: string): BrowserWindow {
  const window = new BrowserWindow({
    title: WINDOW_TITLE,
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      // The checker asks for a review of every preload: reviewed, the reason is in REVIEWED of
      // test/tooling/electron-security-check.mjs (the one list of reviewed findings).
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Policy 6b: no spellchecker dictionary learns what is typed.
      spellcheck: false,
      // No middle-click: it would open a link in a new window past the will-navigate guard
      // (security.ts denies window.open too; this keeps the event from firing at all).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  // Keep the bilingual title rather than the page's <title>.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  void window.loadURL(url);
  return window;
}
