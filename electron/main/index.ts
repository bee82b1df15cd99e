/**
 * Electron main entry: wires the shell together and holds no business rules.
 * Order matters: the app:// scheme is privileged before `ready`, the protocol and the security
 * handlers are in place before the window exists.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserWindow} from 'electron';
import { app, dialog, safeStorage, session, shell } from 'electron';
import { DEFAULT_LOCALE, type Locale } from '../../shared/i18n/locale';
import type { MenuCommand } from '../../shared/ipc/contract';
import { APP_ENTRY_URL, registerAppProtocol, registerAppScheme } from './app-protocol';
import { registerIpcHandlers } from './ipc';
import { createIpcHandlers } from './ipc-handlers';
import { applyMenu } from './menu';
import { createPdfOutput } from './pdf-output';
import { createBackupOutput } from './backup-output';
import { clearPersistedState, switchOffPersistence } from './no-persistence';
import { installSecurityHandlers } from './security';
import { createKeyStores } from './key-stores';
import { createMainWindow } from './window';

const outDir = fileURLToPath(new URL('..', import.meta.url));
// electron-vite dev sets this; a built or packaged app always serves app://.
const devUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];

let mainWindow: BrowserWindow | null = null;
let locale: Locale = DEFAULT_LOCALE;

function sendMenuCommand(command: MenuCommand): void {
  mainWindow?.webContents.send('menu:command', command);
}

function rebuildMenu(): void {
  applyMenu({ locale, isDev: devUrl !== undefined, isMac: process.platform === 'darwin', send: sendMenuCommand });
}

function openMainWindow(): void {
  mainWindow = createMainWindow(join(outDir, 'preload', 'index.cjs'), devUrl ?? APP_ENTRY_URL);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function focusMainWindow(): void {
  if (mainWindow === null) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

function onReady(): void {
  registerAppProtocol({ rootDir: join(outDir, 'renderer') });
  installSecurityHandlers(session.defaultSession, devUrl);
  clearPersistedState(session.defaultSession).catch((error: unknown) => console.warn('[wasl] could not clear the HTTP cache', error));
  const keys = createKeyStores(app.getPath('userData'), { safeStorage, platform: process.platform, warn: (message) => console.warn(`[wasl] ${message}`) });
  const pdf = createPdfOutput({
    printDir: join(app.getPath('temp'), `wasl-print-${process.getuid?.() ?? 'user'}`),
    openPath: (path) => shell.openPath(path),
    chooseSavePath: async (defaultName) => {
      const options = { defaultPath: join(app.getPath('documents'), defaultName), filters: [{ name: 'PDF', extensions: ['pdf'] }] };
      const chosen = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
      return chosen.canceled || !chosen.filePath ? null : chosen.filePath;
    },
  });
  const backup = createBackupOutput({
    settingsFile: join(app.getPath('userData'), 'backup-folder.json'),
    chooseSavePath: async (defaultName) => {
      const options = { defaultPath: join(app.getPath('documents'), defaultName), filters: [{ name: 'Wasl backup', extensions: ['waslbackup'] }] };
      const chosen = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
      return chosen.canceled || !chosen.filePath ? null : chosen.filePath;
    },
    chooseFolder: async () => {
      const options = { properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[] };
      const chosen = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
      return chosen.canceled ? null : (chosen.filePaths[0] ?? null);
    },
  });
  void pdf.clearPrintDir();
  app.on('will-quit', () => void pdf.clearPrintDir());
  registerIpcHandlers(
    createIpcHandlers({
      version: app.getVersion(),
      platform: process.platform,
      setLocale: (next) => {
        locale = next;
        rebuildMenu();
      },
      ...keys,
      pdf,
      backup,
    }),
    { trustedContents: () => mainWindow?.webContents ?? null, devUrl },
  );
  rebuildMenu();
  openMainWindow();
}

// One desk, one database: a second launch focuses the running window instead.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  switchOffPersistence(app);
  app.on('second-instance', focusMainWindow);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (mainWindow === null && app.isReady()) openMainWindow();
  });
  void app.whenReady().then(onReady);
}
