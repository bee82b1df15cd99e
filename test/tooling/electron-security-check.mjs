#!/usr/bin/env node
/**
 * Doyensec's electronegativity (the Electron security checker) over the main and preload
 * processes (electron/) and the renderer's HTML (renderer/index.html), run by `npm run lint`
 * and by test/tooling/electron-security-check.test.ts.
 *
 * Fails (exit 1) on any high or medium finding of certain or firm confidence, and on any file
 * the checker could not parse (an unparsed file is an unchecked one). Lower findings are
 * counted, not listed, so the lint output stays readable; `--json` prints every finding.
 *
 * The checker reads one folder, and its CSP check is global (the policy may live in any file),
 * so the two inputs are copied into one temporary folder with the package.json it reads
 * Electron's version from.
 *
 * Reviewed findings: a rule that only asks for a human review, and that the app cannot satisfy
 * without giving up what it needs, is listed in REVIEWED with where it stands and why it is
 * acceptable: the one place a reviewer reads the exceptions (no inline `eng-disable` in the code).
 * A listed finding is still reported (`--json`, with its reason) but does not fail the run; the
 * same rule anywhere else still does.
 *
 * Offline on purpose: the checker asks the network for translations and for Electron's release
 * list through `got`. Desks and CI have no internet, so `got` is replaced by one that fails at
 * once: the bundled English strings are used and the release look-up reports no connectivity.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const INPUTS = ['electron', 'renderer/index.html', 'package.json'];
const BLOCKING_SEVERITIES = new Set(['HIGH', 'MEDIUM']);
const BLOCKING_CONFIDENCES = new Set(['CERTAIN', 'FIRM']);

/** Findings a person has reviewed: the rule, the file it stands in, and why it is acceptable. */
export const REVIEWED = [
  {
    id: 'PRELOAD_JS_CHECK',
    file: 'electron/main/window.ts',
    reason:
      'The checker flags every `preload` option for manual review. The app needs its preload (the only bridge to the main process): ' +
      'electron/preload/index.ts runs sandboxed with context isolation and exposes one object through contextBridge that passes only ' +
      "the IPC contract's channels (never ipcRenderer, never Node); test/electron/window-security.test.ts proves the isolation on the window created.",
  },
];

function reviewOf(finding) {
  return REVIEWED.find((entry) => entry.id === finding.id && entry.file === finding.file)?.reason ?? null;
}

function offlineGot() {
  return Promise.reject(new Error('offline: no network look-ups during lint'));
}
offlineGot.head = offlineGot;
offlineGot.get = offlineGot;

/** Until the returned function is called, every `require('got')` gets offlineGot. */
function installOfflineGot() {
  const original = Module._load;
  Module._load = function loadOffline(request, ...rest) {
    return request === 'got' ? offlineGot : original.call(this, request, ...rest);
  };
  return () => {
    Module._load = original;
  };
}

/** Runs the checker over a copy of the inputs (paths under `from`); returns plain findings and parse errors. */
export async function scan({ from = root, inputs = INPUTS } = {}) {
  const stage = mkdtempSync(join(tmpdir(), 'wasl-electronegativity-'));
  const quietLog = console.log;
  // Held for the whole run: the checker loads some checks (and their `got`) lazily.
  const restoreGot = installOfflineGot();
  try {
    for (const input of inputs) {
      mkdirSync(join(stage, input, '..'), { recursive: true });
      cpSync(join(from, input), join(stage, input), { recursive: true });
    }
    const run = createRequire(import.meta.url)('@doyensec/electronegativity');
    // The checker's own progress notes ("could not retrieve translations", "no connectivity?").
    console.log = () => undefined;
    const result = await run({ input: stage, isRelative: true });
    console.log = quietLog;
    const findings = result.issues.map((issue) => ({
      id: issue.id,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      file: issue.file,
      line: issue.location.line,
      column: issue.location.column,
      manualReview: Boolean(issue.manualReview),
      description: issue.description,
    }));
    for (const finding of findings) finding.reviewed = reviewOf(finding);
    const parseErrors = result.errors.filter((error) => !error.tolerable).map((error) => ({ file: error.file.replace(`${stage}/`, ''), message: error.message }));
    return { findings, parseErrors };
  } finally {
    console.log = quietLog;
    restoreGot();
    rmSync(stage, { recursive: true, force: true });
  }
}

export function isBlocking(finding) {
  if (finding.reviewed) return false;
  return BLOCKING_SEVERITIES.has(finding.severity) && BLOCKING_CONFIDENCES.has(finding.confidence);
}

async function main() {
  const { findings, parseErrors } = await scan();
  const blocking = findings.filter(isBlocking);
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ findings, parseErrors, blocking: blocking.length }, null, 2));
  } else {
    for (const f of blocking) console.error(`${f.file}:${f.line}:${f.column}  ${f.severity}/${f.confidence}  ${f.id}  ${f.description}`);
    for (const e of parseErrors) console.error(`${e.file}  not parsed: ${e.message}`);
    const reviewed = findings.filter((finding) => finding.reviewed).length;
    const rest = findings.length - blocking.length - reviewed;
    console.log(
      `electronegativity: ${blocking.length} high/medium certain/firm finding(s), ${parseErrors.length} unparsed file(s); ` +
        `${reviewed} reviewed (REVIEWED in this script says why), ${rest} lower for review (--json lists them)`,
    );
  }
  process.exitCode = blocking.length > 0 || parseErrors.length > 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await main();
