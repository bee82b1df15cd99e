import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { contentSecurityPolicy, CSP_NONCE_PLACEHOLDER } from '../../shared/security/csp';
import { SYNC_CONNECT_SOURCES } from '../../shared/sync/server-url';
// @ts-expect-error -- plain-JS tooling module without type declarations
import { isBlocking, REVIEWED, scan } from './electron-security-check.mjs';

/**
 * The Electron security checker (electronegativity) as `npm run lint` runs it: no high or medium
 * finding of certain or firm confidence over electron/ and renderer/index.html. A probe app
 * without the hardening proves the checker sees what it guards against.
 */
const root = resolve(import.meta.dirname, '../..');
const script = join(root, 'test/tooling/electron-security-check.mjs');

interface Finding {
  id: string;
  severity: string;
  confidence: string;
  file: string;
  reviewed?: string | null;
}

const probe = mkdtempSync(join(tmpdir(), 'wasl-electronegativity-probe-'));
afterAll(() => rmSync(probe, { recursive: true, force: true }));

describe('electronegativity', () => {
  test('the app has no high or medium finding of certain or firm confidence, and every file parses', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [script, '--json'], { cwd: root });
    const report = JSON.parse(stdout) as { findings: Finding[]; parseErrors: unknown[]; blocking: number };
    expect(report.findings.filter((finding) => isBlocking(finding))).toEqual([]);
    expect(report.blocking).toBe(0);
    expect(report.parseErrors).toEqual([]);
  });

  test('it flags a window whose options are not where it looks, and a page without a CSP', async () => {
    mkdirSync(join(probe, 'electron'), { recursive: true });
    writeFileSync(join(probe, 'electron/window.ts'), "import { BrowserWindow } from 'electron';\nconst options = () => ({ webPreferences: { sandbox: true } });\nexport const w = new BrowserWindow(options());\n");
    writeFileSync(join(probe, 'index.html'), '<!doctype html><html><head><title>x</title></head><body></body></html>\n');
    const { findings } = (await scan({ from: probe, inputs: ['electron', 'index.html'] })) as { findings: Finding[] };
    const blockingIds = findings.filter((finding) => isBlocking(finding)).map((finding) => finding.id);
    expect(blockingIds).toEqual(expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'AUXCLICK_JS_CHECK', 'CSP_GLOBAL_CHECK']));
  });

  test('a reviewed finding is still reported with its reason, and the same rule elsewhere still blocks', async () => {
    expect(REVIEWED.map((entry: { id: string; file: string }) => `${entry.id} ${entry.file}`)).toEqual(['PRELOAD_JS_CHECK electron/main/window.ts']);
    const { findings } = (await scan()) as { findings: Finding[] };
    const preload = findings.find((finding) => finding.id === 'PRELOAD_JS_CHECK');
    expect(preload?.file).toBe('electron/main/window.ts');
    expect(preload?.reviewed).toMatch(/contextBridge/);
    expect(isBlocking(preload)).toBe(false);
    expect(isBlocking({ ...preload, file: 'electron/other-window.ts', reviewed: null })).toBe(true);
    const source = readFileSync(join(root, 'electron/main/window.ts'), 'utf8');
    expect(source).not.toContain('eng-disable');
  });
});

describe('the CSP <meta> of renderer/index.html', () => {
  test('is the protocol header policy, less frame-ancestors (a <meta> cannot carry it)', () => {
    const html = readFileSync(join(root, 'renderer/index.html'), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    const header = contentSecurityPolicy(CSP_NONCE_PLACEHOLDER, { connectSources: SYNC_CONNECT_SOURCES });
    const headerWithoutFrameAncestors = header
      .split('; ')
      .filter((directive) => !directive.startsWith('frame-ancestors'))
      .join('; ');
    expect(meta).toBe(headerWithoutFrameAncestors);
    expect(header).toContain("frame-ancestors 'none'");
  });

  test('comes before anything it governs (a <meta> policy applies only to what follows it)', () => {
    const html = readFileSync(join(root, 'renderer/index.html'), 'utf8');
    const metaAt = html.indexOf('http-equiv="Content-Security-Policy"');
    expect(metaAt).toBeGreaterThan(0);
    for (const later of ['<link', '<script', '<style']) {
      const at = html.indexOf(later);
      if (at >= 0) expect(metaAt).toBeLessThan(at);
    }
  });
});
