/**
 * The Electron download, made observable: where it comes from (ELECTRON_MIRROR and the npm config spellings
 * @electron/get reads, else github.com), a short probe of that host before committing to a download that may
 * wait minutes, and the download itself with progress. Used by electron/start.mjs.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const DEFAULT_MIRROR = 'https://github.com/electron/electron/releases/download/';

/** The mirror base, read in @electron/get's order (npm config, package config, then ELECTRON_MIRROR). */
export function electronMirror(env = process.env) {
  return (
    env.npm_config_electron_mirror ||
    env.NPM_CONFIG_ELECTRON_MIRROR ||
    env.npm_package_config_electron_mirror ||
    env.ELECTRON_MIRROR ||
    DEFAULT_MIRROR
  );
}

/** The URL of the Electron zip for this version and machine (what @electron/get will fetch). */
export function electronArtifactUrl(version, env = process.env, platform = process.platform, arch = process.arch) {
  const base = electronMirror(env);
  const dir = env.ELECTRON_CUSTOM_DIR?.replace('{{ version }}', version) ?? `v${version}`;
  return `${base}${dir}/electron-v${version}-${platform}-${arch}.zip`;
}

function networkReason(error, timeoutMs) {
  if (error?.name === 'TimeoutError' || error?.name === 'AbortError') return `no answer within ${timeoutMs / 1000} s`;
  const code = error?.cause?.code ?? error?.code;
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host name not found';
  if (code === 'ECONNRESET') return 'connection reset';
  return code ?? error?.cause?.message ?? error?.message ?? 'network error';
}

/**
 * One HEAD request with a short time limit. Any answer that a download could follow (2xx, a redirect, or a
 * server that merely refuses HEAD) counts as reachable; no answer, a refused connection, 404 or 5xx do not.
 * @param {string} url
 * @param {{ timeoutMs?: number }} [options]
 * @returns {Promise<{ reachable: true, status: number } | { reachable: false, reason: string }>}
 */
export async function probeDownloadHost(url, options = {}) {
  const timeoutMs = options.timeoutMs ?? 4000;
  try {
    const response = await fetch(url, { method: 'HEAD', redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    await response.body?.cancel();
    const { status } = response;
    if (status < 400 || status === 405 || status === 501) return { reachable: true, status };
    return { reachable: false, reason: `HTTP ${status}` };
  } catch (error) {
    return { reachable: false, reason: networkReason(error, timeoutMs) };
  }
}

/** electron's own @electron/get (ESM), resolved from the electron package as install.js resolves it. */
export async function loadElectronGet() {
  const packageDir = dirname(require.resolve('electron/package.json'));
  const getPath = createRequire(join(packageDir, 'install.js')).resolve('@electron/get');
  return import(pathToFileURL(getPath).href);
}

function megabytes(bytes) {
  return (bytes / 1_000_000).toFixed(1);
}

/** "42% (45.1 of 107.3 MB)", or "45.1 MB" when the server sent no length. */
export function formatProgress({ transferred, total }) {
  if (!total) return `${megabytes(transferred)} MB`;
  return `${Math.floor((transferred / total) * 100)}% (${megabytes(transferred)} of ${megabytes(total)} MB)`;
}

/**
 * Downloads the Electron zip into @electron/get's cache with progress lines (every 5 % or 3 s), then lets
 * electron's install.js extract it from that cache, exactly as a normal first run would.
 * @param {{ timeoutMs: number, log?: (line: string) => void }} options
 * @returns {Promise<{ ok: boolean, detail: string }>}
 */
export async function downloadElectronWithProgress({ timeoutMs, log = console.log }) {
  const packageDir = dirname(require.resolve('electron/package.json'));
  const { version } = require(join(packageDir, 'package.json'));
  const { downloadArtifact } = await loadElectronGet();
  let lastPercent = -5;
  let lastAt = 0;
  const onProgress = (progress) => {
    const percent = progress.total ? (progress.transferred / progress.total) * 100 : 0;
    const now = Date.now();
    if (percent === lastPercent) return;
    if (percent - lastPercent < 5 && now - lastAt < 3000 && percent < 100) return;
    lastPercent = percent;
    lastAt = now;
    log(`Downloading Electron ${version}: ${formatProgress(progress)}  /  تنزيل Electron`);
  };
  try {
    await downloadArtifact({
      version,
      artifactName: 'electron',
      cacheRoot: process.env.electron_config_cache,
      checksums: require(join(packageDir, 'checksums.json')),
      platform: process.platform,
      arch: process.arch,
      downloadOptions: { quiet: true, getProgressCallback: onProgress, signal: AbortSignal.timeout(timeoutMs) },
    });
  } catch (error) {
    return { ok: false, detail: `download failed: ${networkReason(error, timeoutMs)}` };
  }
  const result = spawnSync(process.execPath, [join(packageDir, 'install.js')], { cwd: packageDir, encoding: 'utf8' });
  if (result.status !== 0) return { ok: false, detail: `unpacking failed: ${(result.stderr ?? '').trim().split('\n')[0]}` };
  return { ok: true, detail: 'downloaded' };
}

/** The installed electron package's version, or null without the package. */
export function electronVersion() {
  try {
    return require('electron/package.json').version;
  } catch {
    return null;
  }
}
