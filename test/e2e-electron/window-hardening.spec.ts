/**
 * Proves the hardening of the real Electron window. Runs wherever an Electron binary exists (a normal
 * install, or ELECTRON_OVERRIDE_DIST_PATH); elsewhere — as on machines that cannot download it — the whole
 * file is reported as skipped with the reason.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import type { WaslBridge } from '../../shared/ipc/contract';
import { displayProblem, locateElectronBinary } from '../../electron/locate-binary.mjs';

const projectDir = fileURLToPath(new URL('../..', import.meta.url));
// Electron >= 45 downloads lazily; try once, bounded, so a normal online install still runs this file.
const located = locateElectronBinary({
  download: true,
  quiet: true,
  timeoutMs: Number(process.env['WASL_ELECTRON_DOWNLOAD_TIMEOUT_MS'] ?? 120_000),
});
const skipReason = !located.found
  ? `Electron binary not available (set ELECTRON_OVERRIDE_DIST_PATH or install Electron normally): ${located.reason}`
  : displayProblem() === null
    ? null
    : `Electron binary found at ${located.path} but it cannot open a window: ${displayProblem()}`;

type WaslWindow = Window & { wasl?: WaslBridge };

test.describe('Electron window hardening', () => {
  test.skip(skipReason !== null, skipReason ?? '');

  let app: ElectronApplication;
  let page: Page;
  let userData: string;

  test.beforeAll(async () => {
    if (!located.found) return;
    userData = mkdtempSync(join(tmpdir(), 'wasl-e2e-electron-'));
    app = await electron.launch({
      executablePath: located.path,
      args: [projectDir, `--user-data-dir=${userData}`],
      cwd: projectDir,
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
    if (userData) rmSync(userData, { recursive: true, force: true });
  });

  test('every window is isolated, sandboxed and without Node', async () => {
    const windows = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows().map((window) => {
        // Electron's own (undocumented) accessor of the effective preferences, used by its test suite.
        const contents = window.webContents as typeof window.webContents & {
          getLastWebPreferences?: () => Electron.WebPreferences | null;
        };
        const preferences = contents.getLastWebPreferences?.();
        return {
          url: window.webContents.getURL(),
          contextIsolation: preferences?.contextIsolation,
          sandbox: preferences?.sandbox,
          nodeIntegration: preferences?.nodeIntegration,
          webviewTag: preferences?.webviewTag,
        };
      }),
    );
    expect(windows).toHaveLength(1);
    for (const window of windows) {
      expect(window).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
      expect(window.webviewTag).not.toBe(true);
      expect(window.url).toMatch(/^app:\/\/wasl\//);
    }
  });

  test('the page sees window.wasl and nothing of Node', async () => {
    const globals = await page.evaluate(() => ({
      wasl: typeof (window as WaslWindow).wasl,
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      module: typeof (globalThis as { module?: unknown }).module,
    }));
    expect(globals).toEqual({ wasl: 'object', require: 'undefined', process: 'undefined', module: 'undefined' });
    const info = await page.evaluate(() => (window as WaslWindow).wasl?.invoke('app:get-info', undefined));
    expect(info).toMatchObject({ shell: 'electron' });
    const refused = await page.evaluate(() =>
      (window as WaslWindow).wasl
        ?.invoke('app:set-locale', { locale: 'fr' } as never)
        .then(() => 'accepted', () => 'rejected'),
    );
    expect(refused).toBe('rejected');
  });

  test('the CSP header is sent, with the nonce the page received', async () => {
    const fromMain = await app.evaluate(async ({ net }) => {
      const response = await net.fetch('app://wasl/index.html');
      return response.headers.get('content-security-policy');
    });
    expect(fromMain).toContain("script-src 'self'");
    expect(fromMain).not.toContain('unsafe-eval');
    const page_ = await page.evaluate(async () => {
      const response = await fetch(location.href);
      return {
        csp: response.headers.get('content-security-policy'),
        nonce: document.querySelector('meta[name="wasl-csp-nonce"]')?.getAttribute('content') ?? null,
      };
    });
    expect(page_.csp).toMatch(/style-src 'self' 'nonce-[^']+'/);
    expect(page_.nonce).not.toBe('__WASL_CSP_NONCE__');
    // An injected inline script must not run.
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'document.documentElement.dataset.inline = "ran"';
      document.head.append(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return document.documentElement.dataset['inline'] ?? 'blocked';
    });
    expect(ran).toBe('blocked');
  });

  test('navigation away from app:// is denied', async () => {
    await page.evaluate(() => {
      location.href = 'https://example.com/';
    });
    await page.waitForTimeout(1_000);
    expect(page.url()).toMatch(/^app:\/\/wasl\//);
    const mainUrl = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.webContents.getURL());
    expect(mainUrl).toMatch(/^app:\/\/wasl\//);
  });

  test('window.open returns null and opens nothing', async () => {
    // Not an http(s) URL: those would be handed to the system browser.
    const opened = await page.evaluate(() => [window.open('app://wasl/index.html'), window.open('about:blank')].map((w) => w === null));
    expect(opened).toEqual([true, true]);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });
});
