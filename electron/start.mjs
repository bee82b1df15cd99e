/**
 * `npm start`: build, then run the desktop app; where the Electron binary cannot be obtained (e.g. no
 * network to its download host), say so in English and Arabic and start the browser build instead.
 * `npm start -- --web` goes straight to the browser build.
 *
 * Electron >= 45 downloads its binary on first run. Requiring `electron` would do that synchronously with no
 * time limit, so locate-binary.mjs looks for the file itself and runs the download once, bounded by
 * WASL_ELECTRON_DOWNLOAD_TIMEOUT_MS (default 180 s).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { displayProblem, locateElectronBinary } from './locate-binary.mjs';

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
function probe(binary) {
  const result = spawnSync(binary, ['--version'], { encoding: 'utf8', timeout: 30_000, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
  if (result.status === 0) return null;
  return `the Electron binary at ${binary} does not run: ${(result.error?.message ?? result.stderr ?? '').trim() || `exit ${result.status}`}`;
}

function electronProblem() {
  const located = locateElectronBinary({
    download: true,
    timeoutMs: Number(process.env.WASL_ELECTRON_DOWNLOAD_TIMEOUT_MS ?? 180_000),
  });
  if (!located.found) return { problem: located.reason };
  const problem = probe(located.path) ?? displayProblem();
  return problem ? { problem } : { binary: located.path };
}

function startElectron(binary) {
  // Chromium refuses to run as root with its OS sandbox; the window's own sandbox: true still applies.
  const args = process.getuid?.() === 0 ? ['--no-sandbox', projectDir] : [projectDir];
  console.log(`Starting Wasl (Electron ${binary}) / تشغيل وصل`);
  follow(spawn(binary, args, { cwd: projectDir, stdio: 'inherit' }));
}

function startBrowserBuild(reason) {
  const port = process.env.PORT ?? '4173';
  const url = `http://127.0.0.1:${port}/`;
  if (reason) {
    console.log(
      [
        '',
        'The Electron binary could not be obtained on this machine, so Wasl starts its browser build instead.',
        `Reason: ${reason}`,
        'To run the desktop app, install Electron normally or set ELECTRON_OVERRIDE_DIST_PATH to a folder holding it.',
        '',
        'تعذّر الحصول على برنامج Electron على هذا الجهاز، لذلك يعمل وصل بنسخة المتصفح بدلاً منه.',
        'لتشغيل تطبيق سطح المكتب ثبّت Electron بالطريقة المعتادة أو اضبط ELECTRON_OVERRIDE_DIST_PATH على مجلده.',
        '',
      ].join('\n'),
    );
  }
  console.log(`Browser build: open ${url}  /  نسخة المتصفح: افتح ${url}\n`);
  follow(
    spawn(process.execPath, [binOf('tsx'), 'server/web/serve-renderer.ts'], {
      cwd: projectDir,
      stdio: 'inherit',
      env: { ...process.env, PORT: port },
    }),
  );
}

build();
if (process.argv.includes('--web')) {
  startBrowserBuild(null);
} else {
  const { binary, problem } = electronProblem();
  if (binary) startElectron(binary);
  else startBrowserBuild(problem);
}
