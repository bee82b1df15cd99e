/**
 * `npm start`: build, then run the desktop app; where the Electron binary cannot be obtained (e.g. no
 * network to its download host), say so in English and Arabic and start the browser build instead.
 * `npm start -- --web` goes straight to the browser build.
 *
 * Electron >= 45 downloads its binary on first run. Requiring `electron` would do that synchronously with no
 * time limit, so locate-binary.mjs looks for the file itself. Before downloading, a short probe of the
 * download host (WASL_ELECTRON_PROBE_TIMEOUT_MS, default 4 s) tells an offline machine in seconds; a real
 * download prints its progress and is bounded by WASL_ELECTRON_DOWNLOAD_TIMEOUT_MS (default 180 s).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloadElectronWithProgress, electronArtifactUrl, electronVersion, loadElectronGet, probeDownloadHost } from './download-host.mjs';
import { displayProblem, findElectronBinary } from './locate-binary.mjs';
import { chooseBuild, startMessage } from './start-plan.mjs';

const projectDir = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

function binOf(pkg, name) {
  const manifestPath = require.resolve(`${pkg}/package.json`);
  const { bin } = require(manifestPath);
  return join(dirname(manifestPath), typeof bin === 'string' ? bin : bin[name ?? pkg]);
}

function build() {
  const result = spawnSync(process.execPath, [binOf('electron-vite'), 'build'], { cwd: projectDir, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('\nThe build failed; see above. / فشل البناء؛ راجع ما سبق.');
    process.exit(result.status ?? 1);
  }
}

/** Hands our exit to the child's and passes Ctrl+C / kill on to it. */
function follow(child) {
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  child.on('error', (error) => {
    console.error(error.message);
    process.exit(1);
  });
}

/** A binary that exists but cannot run (missing libraries, wrong arch) counts as missing. */
function runProblem(binary) {
  const result = spawnSync(binary, ['--version'], { encoding: 'utf8', timeout: 30_000, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
  if (result.status === 0) return null;
  return `the Electron binary at ${binary} does not run: ${(result.error?.message ?? result.stderr ?? '').trim() || `exit ${result.status}`}`;
}

async function choose() {
  const version = electronVersion();
  const downloadUrl = electronArtifactUrl(version ?? '0.0.0');
  // With ELECTRON_GET_USE_PROXY, loading @electron/get installs its proxy agent: the probe then takes the download's path.
  if (process.env.ELECTRON_GET_USE_PROXY && version !== null) await loadElectronGet();
  return chooseBuild({
    web: process.argv.includes('--web'),
    find: findElectronBinary,
    canDownload: version !== null && !process.env.ELECTRON_OVERRIDE_DIST_PATH,
    downloadUrl,
    probe: (url) => {
      console.log(`Checking the Electron download host ${new URL(url).host} ... / التحقق من خادم تنزيل Electron`);
      return probeDownloadHost(url, { timeoutMs: Number(process.env.WASL_ELECTRON_PROBE_TIMEOUT_MS ?? 4000) });
    },
    download: () => downloadElectronWithProgress({ timeoutMs: Number(process.env.WASL_ELECTRON_DOWNLOAD_TIMEOUT_MS ?? 180_000) }),
    runProblem: (binary) => runProblem(binary) ?? displayProblem(),
  });
}

function startElectron(binary) {
  // Chromium refuses to run as root with its OS sandbox; the window's own sandbox: true still applies.
  const args = process.getuid?.() === 0 ? ['--no-sandbox', projectDir] : [projectDir];
  follow(spawn(binary, args, { cwd: projectDir, stdio: 'inherit' }));
}

function startBrowserBuild(port) {
  follow(
    spawn(process.execPath, [binOf('tsx'), 'server/web/serve-renderer.ts'], {
      cwd: projectDir,
      stdio: 'inherit',
      env: { ...process.env, PORT: port },
    }),
  );
}

build();
const choice = await choose();
const port = process.env.PORT ?? '4173';
console.log(`\n${startMessage(choice, `http://127.0.0.1:${port}/`)}\n`);
if (choice.build === 'electron') startElectron(choice.binary);
else startBrowserBuild(port);
