/**
 * The `electron` module replaced at its boundary: the Electron binary cannot run here, so each test file
 * does `vi.mock('electron', () => import('./electron-fake'))` and inspects what main registered.
 * Only the members main touches exist; everything else is absent on purpose.
 */
import { vi } from 'vitest';

export const protocol = {
  registerSchemesAsPrivileged: vi.fn(),
  handle: vi.fn(),
};

export const ipcMain = {
  handle: vi.fn(),
};

/** `ready` is resolved by the test, so it can check what happened before it. */
let resolveReady: () => void = () => undefined;
const ready = new Promise<void>((resolve) => {
  resolveReady = resolve;
});

export const app = {
  on: vi.fn(),
  commandLine: { appendSwitch: vi.fn() },
  isPackaged: false,
  requestSingleInstanceLock: vi.fn(() => true),
  whenReady: vi.fn(() => ready),
  isReady: vi.fn(() => false),
  quit: vi.fn(),
  getVersion: vi.fn(() => '0.1.0-test'),
  getPath: vi.fn((_name: string) => '/nonexistent/user-data'),
  /** Test-only: fires `ready`. */
  fireReady: () => resolveReady(),
};

export const shell = {
  openExternal: vi.fn(async (_url: string) => undefined),
  /** Resolves '' (opened) like Electron's; a test may make it answer an error message. */
  openPath: vi.fn(async (_path: string) => ''),
};

export const dialog = {
  showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: undefined as string | undefined })),
};

export const Menu = {
  buildFromTemplate: vi.fn((template: unknown) => ({ template })),
  setApplicationMenu: vi.fn(),
};

export class BrowserWindow {
  static created: BrowserWindow[] = [];
  readonly listeners = new Map<string, (...args: unknown[]) => void>();
  readonly loaded: string[] = [];
  readonly webContents = { send: vi.fn() };
  constructor(readonly options: unknown) {
    BrowserWindow.created.push(this);
  }
  on(event: string, listener: (...args: unknown[]) => void): this {
    this.listeners.set(event, listener);
    return this;
  }
  once(event: string, listener: (...args: unknown[]) => void): this {
    return this.on(event, listener);
  }
  async loadURL(url: string): Promise<void> {
    this.loaded.push(url);
  }
}

export const safeStorage = {
  isEncryptionAvailable: () => false,
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    setSpellCheckerEnabled: vi.fn(),
    clearCache: vi.fn(async () => undefined),
  },
};
