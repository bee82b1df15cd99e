#!/usr/bin/env node
/**
 * `npm test`: every suite in one run, ending with exactly one line
 * `N passed, N failed, N skipped` totalling them, and a non-zero exit on any failure.
 *
 * Stages: build (e2e needs out/), vitest (all process projects), Playwright (chromium +
 * electron), then the checks eslint, stylelint and tsc (the whole tree, and shared/ alone). Test runners report through their
 * JSON reporters; each check counts as one test. A runner that fails without results
 * (crash, config error, no JSON) counts as a failure, never as zero.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const resultsDir = join(root, 'test-results');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const totals = { passed: 0, failed: 0, skipped: 0 };
const stages = [];

function run(command, args, env = {}) {
  return new Promise((resolveRun) => {
    // node_modules/.bin on PATH as under `npm run`, so `node test/run-all.mjs` behaves the same
    // (Playwright's webServer command calls tsx by name).
    const PATH = `${join(root, 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}`;
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, PATH, ...env } });
    child.on('error', (error) => {
      console.error(`run-all: could not start ${command}: ${error.message}`);
      resolveRun(127);
    });
    child.on('close', (code, signal) => resolveRun(code ?? (signal ? 128 : 1)));
  });
}

function banner(title) {
  console.log(`\n=== ${title} ${'='.repeat(Math.max(0, 70 - title.length))}`);
}

function record(name, counts, startedAt, note = '') {
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  stages.push(`${name.padEnd(12)} ${String(counts.passed).padStart(4)} passed ${String(counts.failed).padStart(3)} failed ${String(counts.skipped).padStart(3)} skipped  ${seconds.padStart(6)} s${note ? `  (${note})` : ''}`);
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** A check is one test: its exit code decides. */
async function check(name, command, args) {
  banner(name);
  const startedAt = Date.now();
  const code = await run(command, args);
  if (code !== 0) console.error(`run-all: ${name} FAILED (exit ${code})`);
  record(name, { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0 }, startedAt);
  return code === 0;
}

async function vitest() {
  banner('vitest');
  const startedAt = Date.now();
  const out = join(resultsDir, 'vitest-results.json');
  rmSync(out, { force: true });
  const code = await run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  const report = readJson(out);
  if (!report) {
    console.error(`run-all: vitest exited ${code} without results; counted as 1 failure`);
    record('vitest', { passed: 0, failed: 1, skipped: 0 }, startedAt, 'no results');
    return;
  }
  // A file that fails to load has no failing test but a failed suite: count it.
  const brokenFiles = (report.testResults ?? []).filter(
    (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed'),
  ).length;
  const counts = {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + brokenFiles,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
  let note = brokenFiles ? `${brokenFiles} file(s) failed to run` : '';
  if (code !== 0 && counts.failed === 0) {
    counts.failed = 1; // e.g. unhandled errors outside any test
    note = `exit ${code} with no failing test`;
  }
  record('vitest', counts, startedAt, note);
}

async function playwright() {
  banner('playwright');
  const startedAt = Date.now();
  const out = join(resultsDir, 'playwright-results.json');
  rmSync(out, { force: true });
  const code = await run(bin('playwright'), ['test'], { WASL_PLAYWRIGHT_JSON: out });
  const report = readJson(out);
  if (!report?.stats) {
    console.error(`run-all: playwright exited ${code} without results; counted as 1 failure`);
    record('playwright', { passed: 0, failed: 1, skipped: 0 }, startedAt, 'no results');
    return;
  }
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  // Global errors (web server did not start, a spec file failed to load) are failures too.
  const globalErrors = (report.errors ?? []).length;
  const counts = { passed: expected, failed: unexpected + flaky + globalErrors, skipped };
  let note = globalErrors ? `${globalErrors} error(s) outside tests` : '';
  if (code !== 0 && counts.failed === 0) {
    counts.failed = 1;
    note = `exit ${code} with no failing test`;
  }
  record('playwright', counts, startedAt, note);
  for (const line of playwrightSkipReasons(report)) stages.push(`  ${line}`);
}

/** Skip reasons from the Playwright report, so "skipped" always says why (e.g. no Electron binary). */
function playwrightSkipReasons(report) {
  const reasons = new Map();
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (t.status !== 'skipped') continue;
        const skip = (t.annotations ?? []).find((a) => a.type === 'skip' || a.type === 'fixme');
        const key = `[${t.projectName}] ${skip?.description || 'no reason given'}`;
        reasons.set(key, (reasons.get(key) ?? 0) + 1);
      }
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report.suites ?? []) walk(suite);
  return [...reasons].map(([reason, count]) => `${count} skipped ${reason}`);
}

function finish() {
  banner('summary');
  for (const line of stages) console.log(line);
  console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exitCode = totals.failed > 0 ? 1 : 0;
}

mkdirSync(resultsDir, { recursive: true });
if (!existsSync(bin('vitest'))) {
  console.error('run-all: node_modules is missing; run `npm ci` first');
  totals.failed += 1;
  finish();
} else if (!(await check('build', bin('electron-vite'), ['build']))) {
  // e2e tests need out/; stop here rather than report a cascade of unrelated failures.
  console.error('run-all: build failed (electron-vite build); stopping. Fix the build and run npm test again.');
  finish();
} else {
  await vitest();
  await playwright();
  await check('eslint', bin('eslint'), ['.']);
  await check('stylelint', bin('stylelint'), ['--allow-empty-input', 'renderer/**/*.css']);
  await check('tsc', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
  // shared/ on its own, with no DOM and no Node types: the compiler keeps it pure.
  await check('tsc shared', bin('tsc'), ['-p', 'shared/tsconfig.json', '--noEmit']);
  finish();
}
