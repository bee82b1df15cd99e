/**
 * bench/lib/browser-page.mjs for the sync bench: the page is built with Vite and served with the
 * app's CSP, here with the sync connect sources the browser build's server adds
 * (SYNC_CONNECT_SOURCES: a desk must reach its server), and several pages, each in its own
 * browser context (its own IndexedDB), as separate desks. SYNC_BENCH_NO_MINIFY=1 keeps function
 * names readable in a CPU profile.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { contentSecurityPolicy } from '../../shared/security/csp.ts';
import { SYNC_CONNECT_SOURCES } from '../../shared/sync/server-url.ts';

const repo = resolve(import.meta.dirname, '..', '..');
const MIME = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };

async function buildPage(root) {
  const outDir = mkdtempSync(join(tmpdir(), 'wasl-bench-sync-'));
  await build({
    configFile: false,
    root,
    mode: 'production',
    logLevel: 'warn',
    resolve: { alias: { '@shared': join(repo, 'shared'), '@renderer': join(repo, 'renderer/src') } },
    build: { outDir, emptyOutDir: true, target: 'es2022', minify: !process.env.SYNC_BENCH_NO_MINIFY, chunkSizeWarningLimit: 4096, rollupOptions: { input: join(root, 'page.html') } },
  });
  return outDir;
}

function serve(dir) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path === '/' ? 'page.html' : path);
    try {
      const body = readFileSync(file);
      res.writeHead(200, {
        'content-type': MIME[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': contentSecurityPolicy(randomBytes(16).toString('base64'), { connectSources: SYNC_CONNECT_SOURCES }),
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

/** Runs `fn({ openDesk })`; openDesk() gives a loaded page in a fresh context. Always cleans up. */
export async function withBrowser(root, fn) {
  const outDir = await buildPage(root);
  const server = await serve(outDir);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const problems = [];
  const openDesk = async (label) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`${label} ${msg.type()}: ${msg.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${label} pageerror: ${error.message}`));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => 'syncBench' in globalThis);
    return page;
  };
  try {
    const result = await fn({ openDesk });
    return { result, problems, userAgent: browser.version() };
  } finally {
    await browser.close();
    server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}
