/**
 * Finds the Electron executable without hanging. Electron >= 45 downloads its binary lazily: merely
 * requiring `electron` (index.js) runs install.js synchronously when dist/ is missing, and throws if the
 * download fails — with no time limit. So we read node_modules/electron/path.txt and dist/ ourselves,
 * honour ELECTRON_OVERRIDE_DIST_PATH the way index.js does, and run install.js only when asked, with a timeout.
 * Shared by electron/start.mjs and test/e2e-electron.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

function electronPackageDir() {
  try {
    return dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

function readPathTxt(packageDir) {
  try {
    return readFileSync(join(packageDir, 'path.txt'), 'utf8').trim();
  } catch {
    return null;
  }
}

/** What install.js would write into path.txt on this platform. */
function platformExecutable() {
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  if (process.platform === 'win32') return 'electron.exe';
  return 'electron';
}

/** @returns {{ found: true, path: string } | { found: false, reason: string }} */
export function findElectronBinary() {
  const packageDir = electronPackageDir();
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (packageDir === null && !override) return { found: false, reason: 'the electron package is not installed (run npm ci)' };
  const executable = (packageDir && readPathTxt(packageDir)) || platformExecutable();
  const candidate = override ? join(override, executable) : join(packageDir, 'dist', executable);
  if (existsSync(candidate)) return { found: true, path: candidate };
  return {
    found: false,
    reason: override
      ? `ELECTRON_OVERRIDE_DIST_PATH is set but ${candidate} does not exist`
      : `no Electron binary at ${candidate} (Electron downloads it on first run)`,
  };
}

/**
 * Runs electron's own install.js (the lazy download) with a time limit.
 * @param {{ timeoutMs?: number, quiet?: boolean }} [options]
 * @returns {{ ok: boolean, detail: string }}
 */
export function downloadElectronBinary(options = {}) {
  const packageDir = electronPackageDir();
  if (packageDir === null) return { ok: false, detail: 'the electron package is not installed' };
  const timeoutMs = options.timeoutMs ?? 180_000;
  const result = spawnSync(process.execPath, [join(packageDir, 'install.js')], {
    cwd: packageDir,
    timeout: timeoutMs,
    encoding: 'utf8',
    stdio: options.quiet ? 'pipe' : ['ignore', 'inherit', 'pipe'],
  });
  if (result.error?.code === 'ETIMEDOUT') return { ok: false, detail: `download timed out after ${timeoutMs / 1000} s` };
  if (result.error) return { ok: false, detail: result.error.message };
  if (result.status !== 0) {
    const lines = (result.stderr ?? '').trim().split('\n').filter(Boolean);
    const line = lines.find((text) => /error|failed/i.test(text)) ?? lines[0] ?? `exit code ${result.status}`;
    return { ok: false, detail: `download failed: ${line.trim()}` };
  }
  return { ok: true, detail: 'downloaded' };
}

/**
 * The binary when it is there; otherwise, if `download` is set, one bounded download attempt.
 * @param {{ download?: boolean, timeoutMs?: number, quiet?: boolean }} [options]
 * @returns {{ found: true, path: string } | { found: false, reason: string }}
 */
export function locateElectronBinary(options = {}) {
  const first = findElectronBinary();
  if (first.found || !options.download || process.env.ELECTRON_OVERRIDE_DIST_PATH) return first;
  const download = downloadElectronBinary(options);
  const second = findElectronBinary();
  if (second.found) return second;
  return { found: false, reason: `${first.reason}; ${download.detail}` };
}

/** Electron on Linux needs an X or Wayland display; without one it exits at once. */
export function displayProblem() {
  if (process.platform !== 'linux') return null;
  if (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) return null;
  return 'no display server (DISPLAY/WAYLAND_DISPLAY unset; run under xvfb-run)';
}
